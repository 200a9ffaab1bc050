import type { WireConnection } from '../connection/wire';

/** A connection being created in the editor (issue 11): not on the server until it is saved through `add`. */
export interface ConnectionDraft {
  kind: 'new' | 'duplicate';
  /** Where the form starts (new-connection.ts): `newConnection(type)` or `duplicateConnection(source, …)`. */
  start: WireConnection;
  /** Distinguishes two drafts of the same start, so choosing again gives a fresh form. */
  key: number;
  /** The connection a duplicate copies. */
  sourceName?: string;
}

let nextKey = 1;

export function createDraft(kind: ConnectionDraft['kind'], start: WireConnection, sourceName?: string): ConnectionDraft {
  return { kind, start, key: nextKey++, sourceName };
}
