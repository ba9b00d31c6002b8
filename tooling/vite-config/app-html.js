/**
 * What every app's index.html holds besides its own title, icons and viewport, written once: the
 * charset first; who is signed in, asked while the scripts load, not after (the router guard reads
 * this answer); and the element the app mounts on. Injected before Vite reads the page (`order: 'pre'`),
 * so the build treats the tags as if the file had them.
 * @returns {import('vite').Plugin}
 */
export function appHtml() {
  return {
    name: 'asq-app-html',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'meta', attrs: { charset: 'UTF-8' }, injectTo: 'head-prepend' },
        {
          tag: 'link',
          attrs: { rel: 'preload', href: '/trpc/auth.me', as: 'fetch', crossorigin: true },
          injectTo: 'head-prepend',
        },
        { tag: 'div', attrs: { id: 'app' }, injectTo: 'body-prepend' },
      ],
    },
  }
}
