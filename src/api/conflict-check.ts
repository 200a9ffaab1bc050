/**
 * "Did someone else change it?" — asked right before a save is sent, so a save never silently
 * replaces a change someone else made since the form was loaded.
 */
import type { WireConnection } from '../connection/wire';
import { isDataforError, type ApiClient } from './client';
import { fetchConnection } from './connections';

export type ConflictCheck =
  /** The server holds what the form was built from: the save may go. */
  | { kind: 'unchanged' }
  /** Someone saved it meanwhile: `theirs` is the server's copy now. */
  | { kind: 'changed'; theirs: WireConnection }
  /** No connection of that name any more: renamed or deleted meanwhile. */
  | { kind: 'gone' };

/**
 * Reads `original.name` fresh and compares it with `original` by the rule of
 * `theirChanges` (settings by meaning; the password, which `get` never returns, left out).
 * Any other failure (network, refusal, a session that could not be renewed) is thrown.
 */
export async function checkForConflict(client: ApiClient, original: WireConnection, signal?: AbortSignal): Promise<ConflictCheck> {
  let theirs: WireConnection;
  try {
    theirs = await fetchConnection(client, original.name, signal);
  } catch (error) {
    if (isDataforError(error) && error.kind === 'not-found') return { kind: 'gone' };
    throw error;
  }
  // The comparison rules ship with the review dialog's code, not the first screen's; a save is
  // checked only after that dialog has loaded, so this import is already in the browser's cache.
  const { theirChanges } = await import('../connection/their-changes');
  return theirChanges(original, theirs).length === 0 ? { kind: 'unchanged' } : { kind: 'changed', theirs };
}
