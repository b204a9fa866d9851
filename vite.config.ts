// Vite builds the page from web/ into dist/. base './' makes every URL in the
// output relative, so dist/ works from any static host and under any sub-path.
// The worker is an ES module (it imports the emscripten ES6 output).
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  publicDir: '../public',
  base: './',
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  // The gallery imports its programs from tests/programs (the golden suite),
  // which is outside web/: let the dev server read the repository.
  server: { fs: { allow: ['..'] } },
});
