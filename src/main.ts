import { createApp } from 'vue'
import { createPinia } from 'pinia'
import '@fontsource/noto-naskh-arabic/400.css'
import '@fontsource/noto-naskh-arabic/700.css'
import './styles.css'
import { INIT_OPTIONS_KEY } from 'vue-echarts'
import App from './App.vue'
import { applyDocumentLocale, createAppI18n, initialLocale } from './i18n'

const locale = initialLocale()
applyDocumentLocale(locale)
createApp(App)
  .use(createPinia())
  .use(createAppI18n(locale))
  // SVG charts: the browser lays out their text (Arabic shaping, bidi, the bundled font), they stay
  // sharp at any zoom, and their marks are DOM nodes that tests and assistive tools can reach.
  .provide(INIT_OPTIONS_KEY, { renderer: 'svg' })
  .mount('#app')
