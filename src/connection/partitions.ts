/**
 * Kettle's partitioned (clustered) connections: `partitioned: true` and a
 * `partitioningInformation` list of entries with partitionId, hostname, port, databaseName,
 * username and password (../shared/reference/pentaho-connection-facts.md §2). The editor keeps
 * them exactly as stored and only shows them; a partition's password is never read.
 */
import type { WireConnection } from './wire';

export interface PartitionView {
  partitionId: string;
  hostname: string;
  port: string;
  databaseName: string;
  username: string;
  /** An entry with none of these (null, `{}`, all empty): shown as such, kept as it is. */
  empty: boolean;
}

export interface PartitioningView {
  partitioned: boolean;
  /** false: the server sent no list (a shallow answer leaves lists out). */
  listed: boolean;
  partitions: PartitionView[];
}

const SHOWN = ['partitionId', 'hostname', 'port', 'databaseName', 'username'] as const;

function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** What to show about partitioning; undefined when the connection is not partitioned and lists none. */
export function partitioningOf(wire: WireConnection): PartitioningView | undefined {
  const list = wire.partitioningInformation;
  const partitioned = wire.partitioned === true;
  if (!partitioned && (!list || list.length === 0)) return undefined;
  const partitions = (list ?? []).map((entry): PartitionView => {
    const fields = typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? (entry as Record<string, unknown>) : {};
    const view = Object.fromEntries(SHOWN.map((key) => [key, shown(fields[key])])) as Omit<PartitionView, 'empty'>;
    return { ...view, empty: SHOWN.every((key) => view[key] === '') };
  });
  return { partitioned, listed: Array.isArray(list), partitions };
}
