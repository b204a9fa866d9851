// The page's entry point. Importing client.ts starts the runtime worker
// (see `early` there); the rest of the page (editor, terminal, panels: most
// of the JavaScript) is a separate chunk loaded after that. The browser
// starts a worker only when the page's main thread is free for a moment,
// so with everything in one bundle the worker (and its wasm download and
// compile) waited until the whole page was built; split like this, they
// overlap (bench/page.mjs measures it; docs/page.md, "Start-up").
import './client.ts';

void import('./main.ts');
