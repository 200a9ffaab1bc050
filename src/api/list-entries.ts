/**
 * A `list` answer reduced to what the page reads of it, in plain code free of zod and React:
 * run on the main thread by connections.ts and, for a large answer, in a worker
 * (list-parser.worker.ts) so that parsing 10,000 connections (12 MB, ~150 ms of JSON.parse
 * alone) does not hold up the form opening beside it (issue 16).
 */
import type { ListEntry } from './connections';

const isOptionalText = (value: unknown): boolean => value === undefined || value === null || typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `listEntrySchema.safeParse(value).success`, fast (connection-list.test.ts holds them together). */
export function isListEntry(value: unknown): value is ListEntry {
  if (!isRecord(value) || typeof value.name !== 'string') return false;
  if (!isOptionalText(value.id) || !isOptionalText(value.hostname) || !isOptionalText(value.databaseName)) return false;
  const type = value.databaseType;
  if (type !== undefined && type !== null && !(isRecord(type) && isOptionalText(type.name) && isOptionalText(type.shortName))) return false;
  const accessMap = value.accessMap;
  if (accessMap === undefined) return true;
  return Array.isArray(accessMap) && accessMap.every((a) => isRecord(a) && typeof a.name === 'string' && typeof a.value === 'string');
}

const ENTRY_KEYS = ['name', 'id', 'hostname', 'databaseName', 'accessMap'] as const;

/** The keys `listEntrySchema` reads, as present (an absent key stays absent, a null stays null). */
function slimEntry(entry: ListEntry): ListEntry {
  const slim: Record<string, unknown> = {};
  for (const key of ENTRY_KEYS) if (key in entry) slim[key] = entry[key];
  const type = entry.databaseType;
  if (type === null) slim.databaseType = null;
  else if (type !== undefined) {
    const slimType: Record<string, unknown> = {};
    if ('name' in type) slimType.name = type.name;
    if ('shortName' in type) slimType.shortName = type.shortName;
    slim.databaseType = slimType;
  }
  return slim as ListEntry;
}

/**
 * The answer with each entry cut down to the keys the page reads, so that handing it from the
 * worker copies a few fields per connection rather than whole connections. Anything that is not
 * a list of valid entries is returned untouched, for the page's own checks to report.
 */
export function slimListAnswer(json: unknown): unknown {
  if (!isRecord(json) || !Array.isArray(json.databaseConnections) || !json.databaseConnections.every(isListEntry)) return json;
  return { ...json, databaseConnections: json.databaseConnections.map(slimEntry) };
}
