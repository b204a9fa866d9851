// Vite builds the page from web/ into dist/. base './' makes every URL in the
// output relative, so dist/ works from any static host and under any sub-path.
// The worker is an ES module (it imports the emscripten ES6 output).
import { defineConfig, type Plugin, type Rollup } from 'vite';

// The page's entry (src/boot.ts) starts the runtime worker and then imports
// the page itself (src/main.ts) dynamically, so that the worker can start
// before the page's chunks are evaluated; the page loads the editor
// (src/editor.ts, CodeMirror) dynamically too (docs/page.md, "Start-up").
// This makes the browser fetch those chunks and their CSS right away, in
// parallel with the entry, instead of when something asks for them.
function preloadPageChunk(): Plugin {
  return {
    name: 'goroscope-preload-page-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c): c is Rollup.OutputChunk =>
          c.type === 'chunk' && /\/src\/(main|editor)\.ts$/.test(c.facadeModuleId ?? ''));
        return chunks.flatMap((chunk) => [
          { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' as const },
          ...[...(chunk.viteMetadata?.importedCss ?? [])].map((f) =>
            ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
        ]);
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
