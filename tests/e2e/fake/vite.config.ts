// Dev-only build of the page with the FAKE worker (see worker.ts here), for
// layout work when the real runtime is not built. Never used by `npm run build`.
import { defineConfig, mergeConfig } from 'vite';
import base from '../../../vite.config.ts';
import { fileURLToPath } from 'node:url';

const fake = fileURLToPath(new URL('./worker.ts', import.meta.url));
// Any resolution of web/src/worker.ts becomes the fake worker.
function swap() {
  return { name: 'fake-worker', enforce: 'pre' as const,
    resolveId(id: string) { return /(^|\/)(web\/src\/)?worker\.ts(\?.*)?$/.test(id) && !id.includes('/tests/') ? fake + (id.includes('?') ? id.slice(id.indexOf('?')) : '') : null; } };
}

export default mergeConfig(base, defineConfig({
  root: fileURLToPath(new URL('../../../web', import.meta.url)),
  publicDir: fileURLToPath(new URL('../../../public', import.meta.url)),
  build: { outDir: fileURLToPath(new URL('../../artifacts/dist-fake', import.meta.url)) },
  plugins: [swap()],
  worker: { plugins: () => [swap()] },
}));
