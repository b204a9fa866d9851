// Vite builds the page from web/ into dist/. base './' makes every URL in the
// output relative, so dist/ works from any static host and under any sub-path.
// The worker is an ES module (it imports the emscripten ES6 output).
import { defineConfig, type Plugin } from 'vite';

// The page's entry (src/boot.ts) starts the runtime worker and then imports
// the page itself (src/main.ts) dynamically, so that the worker can start
// before the page's big chunk is evaluated (docs/page.md, "Start-up"). This
// makes the browser fetch that chunk and its CSS right away, in parallel
// with the entry, instead of when the entry asks for it.
function preloadPageChunk(): Plugin {
  return {
    name: 'goroscope-preload-page-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/main.ts'));
        if (!chunk || chunk.type !== 'chunk') return [];
        const css = [...(chunk.viteMetadata?.importedCss ?? [])];
        return [
          { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' },
          ...css.map((f) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  root: 'web',
  publicDir: '../public',
  base: './',
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  plugins: [preloadPageChunk()],
  // The gallery imports its programs from tests/programs (the golden suite),
  // which is outside web/: let the dev server read the repository.
  server: { fs: { allow: ['..'] } },
});
