import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// Two projects: the pipeline in plain Node (no DOM: proves it is pure) and the UI under jsdom.
// No TZ is pinned here on purpose: CI runs the suite under two non-UTC zones.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['tests/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'ui',
            environment: 'jsdom',
            include: ['src/**/__tests__/*.spec.ts'],
            setupFiles: ['vitest-canvas-mock', 'tests/helpers/setup-dom.ts'],
            // Mounting the whole app parses the sample: seconds on a busy CI machine.
            testTimeout: 30_000,
          },
        },
      ],
    },
  }),
)
