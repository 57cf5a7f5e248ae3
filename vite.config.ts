import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { cspMeta } from './scripts/vite/csp.ts'

// Relative base: the build works from any sub-path (GitHub Pages, an intranet share), workers too.
// The Content-Security-Policy meta is added at build time only (the dev server needs inline code).
export default defineConfig({
  base: './',
  plugins: [vue(), cspMeta()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
})
