import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { appHtml } from './app-html.js'
import { elementPlusStyles } from './element-styles.js'
import { precompress } from './precompress.js'
import { splitIcons } from './split-icons.js'

/**
 * Shared Vite preset for the four apps (plain JS so config loaders need no TS step).
 * What every index.html shares (charset, the auth.me preload, the mount point) is injected (app-html.js).
 * Element Plus CSS comes per component (element-styles.js). Built files are precompressed (brotli + gzip) for the server to send as they are.
 * Each app is served by the server under `base`; in development Vite proxies /trpc to the API.
 * The proxy keeps the browser's Host header (changeOrigin false) so the server's same-origin check passes.
 * @param {{ base: string; port: number }} opts
 */
export function appConfig({ base, port }) {
  const api = process.env.ASQ_API_URL ?? 'http://127.0.0.1:3000'
  return defineConfig({
    base,
    plugins: [vue(), appHtml(), splitIcons(), elementPlusStyles(), precompress()],
    resolve: {
      alias: {
        // vue-i18n without its message compiler: packages/ui compiles our `{name}` messages itself.
        'vue-i18n': 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js',
        // Element Plus's button pulls in a whole colour library for a prop we never set (tinycolor-lite.js).
        '@ctrl/tinycolor': fileURLToPath(new URL('./tinycolor-lite.js', import.meta.url)),
      },
    },
    // Features the apps never use, left out of the bundles: Vue's Options API (every component is
    // <script setup>), vue-i18n's legacy API, global <i18n-t>/v-t and devtools hooks.
    define: {
      __VUE_OPTIONS_API__: 'false',
      __VUE_I18N_LEGACY_API__: 'false',
      __VUE_I18N_FULL_INSTALL__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
      __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      // Every browser the apps support preloads modules itself; the polyfill would be dead weight.
      modulePreload: { polyfill: false },
      // Element Plus is one large vendor chunk by nature; the apps themselves stay small.
      chunkSizeWarningLimit: 1500,
    },
    server: {
      port,
      strictPort: false,
      proxy: {
        '/trpc': { target: api, changeOrigin: false },
        '/export': { target: api, changeOrigin: false },
        '/files': { target: api, changeOrigin: false },
        '/uploads': { target: api, changeOrigin: false },
        '/events': { target: api, changeOrigin: false },
      },
    },
    preview: { port },
  })
}
