/**
 * What is kept of a connection a client sends, and how `get` and `list` give it back.
 *
 * Kept: the body exactly as sent (unknown keys included, key order too), with the server's `id`
 * and `name`, `password: null`, and without what a client may not decide or must never read
 * back: the server-decided fields below, and the secret attributes and the partitions'
 * passwords, which are sealed apart (see store.ts and secrets.ts).
 */
import { isSecretAttribute, keepsStoredPassword } from '../src/connection/rules';

/** A connection's JSON as stored: any object, `id` and `name` kept in step with the columns. */
export type ConnectionJson = Record<string, unknown>;

/**
 * Fields only the server decides: the caller's permissions (`accessMap`), whether Datafor
 * created the connection for itself or for an uploaded data set, and the `list` spelling of the
 * SQL Server instance (derived from `SQLServerInstance`). A client sending them is ignored.
 */
export const SERVER_DECIDED_FIELDS: readonly string[] = ['accessMap', 'isSystem', 'isUploadDataset', 'sqlserverInstance'];

/**
 * Splits the secret attributes off a connection's JSON: the JSON without them, and those sent
 * with a value. An empty, `null`, only-`*` or absent secret keeps the stored one, as the
 * password does.
 */
export function splitSecretAttributes(json: ConnectionJson): { json: ConnectionJson; typed: Record<string, string> } {
  const attributes = json.attributes;
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) return { json, typed: {} };
  const kept: Record<string, unknown> = {};
  const typed: Record<string, string> = {};
  let found = false;
  for (const [key, value] of Object.entries(attributes)) {
    if (!isSecretAttribute(key)) {
      kept[key] = value;
      continue;
    }
    found = true;
    if (typeof value === 'string' && !keepsStoredPassword(value)) typed[key] = value;
  }
  return { json: found ? { ...json, attributes: kept } : json, typed };
}

/**
 * Splits the partitions' passwords off (Kettle clustering: each `partitioningInformation` entry
 * may carry one, like the connection's own): the JSON with each present one set to null, and
 * those sent with a value, by entry index. Empty, `null` and only-`*` keep the stored one.
 */
export function splitPartitionPasswords(json: ConnectionJson): { json: ConnectionJson; typed: Record<string, string> } {
  const list = json.partitioningInformation;
  if (!Array.isArray(list)) return { json, typed: {} };
  const typed: Record<string, string> = {};
  let found = false;
  const kept = list.map((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || !('password' in entry)) return entry;
    found = true;
    const { password } = entry as { password: unknown };
    if (typeof password === 'string' && !keepsStoredPassword(password)) typed[String(index)] = password;
    return { ...entry, password: null };
  });
  return { json: found ? { ...json, partitioningInformation: kept } : json, typed };
}

export interface StoredJson {
  json: ConnectionJson;
  typedSecrets: Record<string, string>;
  /** Partition passwords sent with a value, by entry index. */
  typedPartitionPasswords: Record<string, string>;
}

/** The JSON to store for a body: server-decided fields and secrets out, the server's id and name in. */
export function toStoredJson(body: ConnectionJson, id: string, name: string): StoredJson {
  const { json: withoutAttributes, typed } = splitSecretAttributes(body);
  const { json, typed: typedPartitionPasswords } = splitPartitionPasswords(withoutAttributes);
  const kept: ConnectionJson = {};
  for (const [key, value] of Object.entries(json)) {
    if (!SERVER_DECIDED_FIELDS.includes(key)) kept[key] = value;
  }
  // Spread order keeps `id`, `name` and `password` where the client had them.
  return { json: { ...kept, id, name, password: null }, typedSecrets: typed, typedPartitionPasswords };
}

/** The partition entries a connection's JSON lists (0 when none): stored passwords beyond them are dropped. */
export function partitionCount(json: ConnectionJson): number {
  return Array.isArray(json.partitioningInformation) ? json.partitioningInformation.length : 0;
}

/**
 * A `list` entry without its access map, as JSON text: computed once when the connection is
 * written, so listing thousands of connections parses and serialises nothing.
 */
export function toListEntryJson(stored: ConnectionJson): string {
  // `list` spells the SQL Server instance key differently from `get` (../shared/api/CONTRACT.md).
  const { SQLServerInstance, ...rest } = stored;
  return JSON.stringify({ ...rest, sqlserverInstance: SQLServerInstance ?? null, isUploadDataset: false, isSystem: false });
}

