import { defineConfig } from 'vitest/config'

// Browser tests: a production build served by `vite preview`, driven in Debian's Chromium by
// playwright-core. `npm run test:e2e` builds first; screenshots land in test-results/.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
