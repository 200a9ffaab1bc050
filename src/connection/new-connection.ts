/**
 * Where a connection that does not exist yet starts (issue 11). New and duplicate take the one
 * path every connection takes — `toFormValues(start)` → form → `toPayload(form, start)` — with
 * another `start`, and are saved through `add`: no second converter.
 */
import type { DatabaseTypeEntry } from './catalogue';
import { MAX_CONNECTION_NAME_LENGTH, sameConnectionName } from './rules';
import type { WireConnection } from './wire';

/**
 * Pentaho's dialog starts a new connection with pooling on, an initial pool of 0 and a maximum
 * of 20, and no pool parameter switched on (../shared/reference/pentaho-connection-facts.md, "Pooling").
 */
export const NEW_CONNECTION_POOL = { usingConnectionPool: true, initialPoolSize: 0, maximumPoolSize: 20 } as const;

/** What a new connection is compared with in the review: nothing set, so every set field is listed. */
export const NOTHING_STORED: WireConnection = Object.freeze({ name: '' });

/**
 * A new connection of `type`: the type's default port (in the three places a port lives), its
 * first access type, its default driver and default options, Pentaho's pool defaults, and every
 * other field empty. The password is null: left empty, the connection is created without one.
 */
export function newConnection(type: DatabaseTypeEntry): WireConnection {
  const port = type.defaultPort == null ? '' : String(type.defaultPort);
  const accessType = type.accessTypes[0] ?? 'NATIVE';
  const options = Object.entries(type.defaultOptions ?? {});
  const attributes: Record<string, string> = {};
  if (port !== '') attributes.PORT_NUMBER = port;
  if (type.defaultDriverId !== '') attributes.driverId = type.defaultDriverId;
  return {
    id: null,
    name: '',
    accessType,
    accessTypeValue: accessType,
    databaseType: structuredClone(type.wire),
    hostname: '',
    databasePort: port,
    ...(port !== '' ? { PORT_NUMBER: port } : {}),
    databaseName: '',
    username: '',
    password: null,
    attributes,
    extraOptions: Object.fromEntries(options),
    extraOptionsOrder: Object.fromEntries(options.map(([key], index) => [String(index), key])),
    ...NEW_CONNECTION_POOL,
    connectionPoolingProperties: {},
  };
}

/** Fields only the server decides; a copy must not pretend to carry them. */
const SERVER_DECIDED = ['accessMap', 'isSystem', 'isUploadDataset'] as const;

/**
 * A copy of `source` to save as a new connection: everything but its id, its name (the first
 * free "<name> copy", "<name> copy 2", …) and its password, which the server never returns.
 */
export function duplicateConnection(source: WireConnection, takenNames: readonly string[]): WireConnection {
  const copy = structuredClone(source) as WireConnection & Record<string, unknown>;
  for (const key of SERVER_DECIDED) delete copy[key];
  copy.id = null;
  copy.name = copyName(source.name, takenNames);
  copy.password = null;
  return copy;
}

/**
 * "<name> copy", else "<name> copy 2", "<name> copy 3", … — the first that no taken name
 * equals ignoring case, shortened at the end of `name` when it would pass the length limit.
 */
export function copyName(name: string, takenNames: readonly string[]): string {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' copy' : ` copy ${n}`;
    const room = MAX_CONNECTION_NAME_LENGTH - [...suffix].length;
    const base = [...name].slice(0, room).join('').trimEnd();
    const candidate = `${base}${suffix}`;
    if (!takenNames.some((taken) => sameConnectionName(taken, candidate))) return candidate;
  }
}

/**
 * The listed connection whose name `name` clashes with (equal ignoring case), other than the
 * connection being edited (`ownName`, as stored): renaming `foodmart2` to `FOODMART2` is no clash.
 */
export function clashingName(name: string, listedNames: readonly string[], ownName: string | null): string | undefined {
  if (name.trim() === '') return undefined;
  return listedNames.find((listed) => listed !== ownName && sameConnectionName(listed, name));
}
