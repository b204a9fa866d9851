// The page's entry: a small chunk that starts the runtime (start.ts) and then
// loads the page itself (main.ts), whose bundle takes the main thread a few
// hundred milliseconds to evaluate while the worker gets ready.
import './start.ts';

void import('./main.ts');
