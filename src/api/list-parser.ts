/**
 * JSON.parse for `list` answers: a large one is parsed in a worker, and only what the page reads
 * of it (list-entries.ts) comes back. With 10,000 connections the answer is 12 MB and parsing it
 * took the main thread ~150 ms or more, right when the form beside it was rendering (issue 16).
 * A small answer is parsed here: starting a worker would cost more than it saves. Where no
 * worker can start (tests, a host page whose policy forbids it), the main thread parses it.
 */
import { slimListAnswer } from './list-entries';

/** About 1,000 connections: below this, parsing takes less than starting a worker. */
export const WORKER_FROM_CHARS = 1_000_000;

type WorkerAnswer = { ok: true; json: unknown } | { ok: false };

export function parseListAnswer(text: string): Promise<unknown> {
  const here = () => slimListAnswer(JSON.parse(text));
  if (text.length < WORKER_FROM_CHARS || typeof Worker !== 'function') return Promise.resolve().then(here);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./list-parser.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(Promise.resolve().then(here));
      return;
    }
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.json);
      else reject(new SyntaxError('the list answer is not JSON'));
    };
    worker.onerror = (event) => {
      // The worker could not start or run: parse here instead.
      event.preventDefault();
      worker.terminate();
      resolve(Promise.resolve().then(here));
    };
    worker.postMessage(text);
  });
}
