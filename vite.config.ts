import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type UserConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { cspMeta } from './scripts/vite/csp.ts'

/**
 * Relative base: the build works from any sub-path (GitHub Pages, an intranet share), workers too.
 * The Content-Security-Policy meta is added at build time only (the dev server needs inline code).
 * The hosted build is an offline-capable PWA; the single file (vite.single.config.ts) is not,
 * since a page opened from file:// cannot register a service worker.
 */
export function mirsadConfig({ single }: { single: boolean }): UserConfig {
  return {
    base: './',
    plugins: [
      vue(),
      cspMeta(),
      VitePWA({
        disable: single,
        registerType: 'prompt',
        // Registered from the app (src/components/pwa): no inline script for the CSP to allow.
        injectRegister: false,
        manifest: false,
        workbox: {
          // WOFF fallbacks are never used by browsers that run service workers.
          globPatterns: ['**/*.{js,css,html,woff2,txt}'],
          // Room for the NER model weights to come.
          maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
          cleanupOutdatedCaches: true,
        },
      }),
    ],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    worker: { format: 'es' },
    build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  }
}

export default defineConfig(mirsadConfig({ single: false }))
