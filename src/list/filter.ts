import type { ListedConnectionView } from '../api/connections';

/**
 * Case-insensitive match on name, type name and short name. Every word of the query must
 * match somewhere, so "sales mysql" narrows to the MySQL connections named like sales.
 */
export function filterConnections(connections: readonly ListedConnectionView[], query: string): ListedConnectionView[] {
  const words = query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...connections];
  return connections.filter((connection) => {
    const haystack = `${connection.name} ${connection.typeName} ${connection.shortName}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** Link target for a connection, keeping the rest of the page's query string. */
export function connectionHref(name: string, search: string = window.location.search): string {
  const params = new URLSearchParams(search);
  params.set('name', name);
  return `?${params.toString()}`;
}
