/**
 * Parses a large `list` answer off the main thread (list-parser.ts): the JSON text in, the
 * answer cut down to what the page reads out, or `{ ok: false }` when the text is not JSON.
 */
import { slimListAnswer } from './list-entries';

self.onmessage = (event: MessageEvent<string>) => {
  let json: unknown;
  try {
    json = JSON.parse(event.data);
  } catch {
    self.postMessage({ ok: false });
    return;
  }
  self.postMessage({ ok: true, json: slimListAnswer(json) });
};
