import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { elementPlusStyles } from './element-styles.js'
import { precompress } from './precompress.js'

/**
 * Shared Vite preset for the four apps (plain JS so config loaders need no TS step).
 * Element Plus CSS comes per component (element-styles.js). Built files are precompressed (brotli + gzip) for the server to send as they are.
 * Each app is served by the server under `base`; in development Vite proxies /trpc to the API.
 * The proxy keeps the browser's Host header (changeOrigin false) so the server's same-origin check passes.
 * @param {{ base: string; port: number }} opts
 */
export function appConfig({ base, port }) {
  const api = process.env.ASQ_API_URL ?? 'http://127.0.0.1:3000'
  return defineConfig({
    base,
    plugins: [vue(), elementPlusStyles(), precompress()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      // Element Plus is one large vendor chunk by nature; the apps themselves stay small.
      chunkSizeWarningLimit: 1500,
    },
    server: {
      port,
      strictPort: false,
      proxy: {
        '/trpc': { target: api, changeOrigin: false },
        '/export': { target: api, changeOrigin: false },
      },
    },
    preview: { port },
  })
}
