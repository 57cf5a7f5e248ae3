import { fileURLToPath, URL } from 'node:url'
import { defineConfig, mergeConfig, type Plugin } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { mirsadConfig } from './vite.config.ts'
import { singleFileCspMeta } from './scripts/vite/csp.ts'

// `npm run build:single`: one self-contained dist-single/index.html that works from file://.
// Scripts, styles, fonts, the worker (src/worker/spawn.inline.ts replaces spawn.ts) and the
// sample (src/lib/sample.ts, `single` mode) are inlined; the CSP hashes the inline code last.
/**
 * Every browser that runs the app reads WOFF2, so the single file leaves out the WOFF fallbacks
 * of the bundled fonts instead of inlining each font twice (about 330 KB of base64).
 */
function woff2Only(): Plugin {
  return {
    name: 'mirsad:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource\/.*\.css$/.test(id)) return null
      return code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '')
    },
  }
}

export default mergeConfig(
  mirsadConfig({ single: true }),
  defineConfig({
    mode: 'single',
    publicDir: false,
    resolve: {
      alias: [
        {
          find: /^\.\/spawn$/,
          replacement: fileURLToPath(new URL('./src/worker/spawn.inline.ts', import.meta.url)),
        },
      ],
    },
    plugins: [woff2Only(), viteSingleFile(), singleFileCspMeta()],
    build: { outDir: 'dist-single', emptyOutDir: true },
    // The inlined worker runs from a blob: URL, which a file:// page may start only as a classic
    // script (a module worker from there never runs), and it cannot load chunks: one IIFE.
    worker: { format: 'iife', rolldownOptions: { output: { codeSplitting: false } } },
  }),
)
