import { toPayload } from '../connection/convert';
import { diffConnections } from '../connection/diff';
import type { ConnectionFormValues } from '../connection/form';
import type { WireConnection } from '../connection/wire';

/**
 * How many settings the review would list for these values; a draft the converter cannot
 * express counts as many. Loaded on demand, with the review's diff, not with the first screen.
 */
export function countChanges(values: ConnectionFormValues, original: WireConnection): number {
  try {
    // The JDBC URL row follows from the others: it is not a change of its own.
    return diffConnections(original, toPayload(values, original)).filter((change) => change.key !== 'jdbcUrl').length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
