import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import regexp from 'eslint-plugin-regexp'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/**', 'dist-single/**', 'test-results/**', 'coverage/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  regexp.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Formatting is Prettier's job.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      // Article text must never be rendered as HTML.
      'vue/no-v-html': 'error',
    },
  },
  {
    // The pipeline is pure TypeScript: it runs in a worker, in Node and in tests.
    files: ['src/pipeline/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vue', 'pinia', 'vue-i18n', 'vue-echarts', 'echarts'].map((name) => ({
            name,
            message: 'src/pipeline is pure TypeScript: no UI libraries.',
          })),
          patterns: [
            {
              group: ['echarts/*', '@vue/*', '*.vue'],
              message: 'src/pipeline is pure TypeScript.',
            },
            {
              group: ['../../stores/*', '../stores/*', '../components/*', '../../components/*'],
              message: 'src/pipeline must not import UI code.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'navigator', 'HTMLElement'].map((name) => ({
          name,
          message: 'src/pipeline must not touch the DOM.',
        })),
      ],
    },
  },
)
