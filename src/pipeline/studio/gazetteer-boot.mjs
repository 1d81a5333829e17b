// The gazetteer thread's entry (gazetteer-thread.ts starts it). Node 20 applies no `--import`
// loader to a worker's own modules, so tsx is registered here, inside the worker, before its
// TypeScript is imported; resolved from this file, it works from any working directory.
import { register } from 'tsx/esm/api';

register();
await import('./gazetteer-worker.ts');
