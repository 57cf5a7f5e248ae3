import { createApp } from 'vue'
import { createPinia } from 'pinia'
import '@fontsource/noto-naskh-arabic/400.css'
import '@fontsource/noto-naskh-arabic/700.css'
import './styles.css'
import App from './App.vue'
import { applyDocumentLocale, createAppI18n, initialLocale } from './i18n'

const locale = initialLocale()
applyDocumentLocale(locale)
createApp(App).use(createPinia()).use(createAppI18n(locale)).mount('#app')
