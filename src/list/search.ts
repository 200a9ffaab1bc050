/**
 * Search over the connection list, in the page: Datafor's `list` has no filter parameter and
 * answers every connection at once, so with thousands of them the per-keystroke work must be
 * one pass of `includes` over strings prepared once per list.
 */
import type { ListedConnectionView } from '../api/connections';

/**
 * Case- and width-insensitive form of a text: NFKC folds full-width letters and digits (typed
 * with a Chinese input method) into their ASCII forms before lower-casing.
 */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Fields are joined with a character nobody types, so a word never matches across two of them. */
const FIELD_SEPARATOR = '\u0000';

export interface SearchIndex {
  readonly connections: readonly ListedConnectionView[];
  /** `haystacks[i]` is the normalised name, type name, short name, host and database of `connections[i]`. */
  readonly haystacks: readonly string[];
}

export function buildSearchIndex(connections: readonly ListedConnectionView[]): SearchIndex {
  const haystacks = connections.map((c) =>
    normaliseForSearch([c.name, c.typeName, c.shortName, c.hostname, c.databaseName].join(FIELD_SEPARATOR)),
  );
  return { connections, haystacks };
}

// One index per list: the wide list and the narrow picker share it, and a refetched list (a new
// array) gets a new one while the old one goes with its array.
const indexes = new WeakMap<readonly ListedConnectionView[], SearchIndex>();

/** The list's index, built on first use; call it ahead (when idle) to spare the first keystroke. */
export function searchIndexFor(connections: readonly ListedConnectionView[]): SearchIndex {
  let index = indexes.get(connections);
  if (!index) {
    index = buildSearchIndex(connections);
    indexes.set(connections, index);
  }
  return index;
}

export function queryWords(query: string): string[] {
  return normaliseForSearch(query).split(/\s+/).filter(Boolean);
}

/**
 * The connections matching every word of the query somewhere in name, type, host or database
 * ("sales mysql" narrows to the MySQL connections named like sales), in list order. An empty
 * query returns the list itself, not a copy, and needs no index.
 */
export function searchConnections(
  connections: readonly ListedConnectionView[],
  query: string,
): readonly ListedConnectionView[] {
  const words = queryWords(query);
  if (words.length === 0) return connections;
  const { haystacks } = searchIndexFor(connections);
  const found: ListedConnectionView[] = [];
  for (let i = 0; i < haystacks.length; i += 1) {
    const haystack = haystacks[i] as string;
    let matches = true;
    for (const word of words) {
      if (!haystack.includes(word)) {
        matches = false;
        break;
      }
    }
    if (matches) found.push(connections[i] as ListedConnectionView);
  }
  return found;
}

/**
 * Link targets for connections, keeping the rest of the page's query string: the page's
 * parameters are read once for a whole list of rows, not once per row.
 */
export function connectionHrefs(search: string = window.location.search): (name: string) => string {
  const params = new URLSearchParams(search);
  params.delete('name');
  const rest = params.toString();
  const prefix = rest ? `?${rest}&` : '?';
  // Encoded as URLSearchParams would (a space as "+"), without building one per row.
  return (name) => `${prefix}name=${encodeURIComponent(name).replace(/%20/g, '+')}`;
}

/** Link target for one connection, keeping the rest of the page's query string. */
export function connectionHref(name: string, search: string = window.location.search): string {
  return connectionHrefs(search)(name);
}
