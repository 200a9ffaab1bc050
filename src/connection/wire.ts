/**
 * The connection as Datafor sends and receives it ("wire" model).
 *
 * One definition, used by the browser (to parse what `get`/`list` return) and by the local
 * server (to validate what `add`/`update` receive). It is deliberately permissive about
 * what it does not know: `z.looseObject` keeps every unknown key, because the server adds
 * fields over time and an update *replaces* the stored settings — dropping a key we do not
 * understand would silently erase it on the server.
 */
// zod/mini: the same validation as classic zod at a third of the bundle (the app budgets its
// first load; classic zod alone was ~25 KB gzip), and it tree-shakes.
import * as z from 'zod/mini';

// The app is served with a Content-Security-Policy without 'unsafe-eval'. zod 4 probes
// `new Function('')` to decide whether to compile parsers, and that probe alone is reported as a
// CSP violation. Parsing connection-sized objects needs no JIT; turn it off everywhere.
z.config({ jitless: true });

export const ACCESS_TYPES = ['NATIVE', 'JNDI', 'ODBC', 'OCI', 'PLUGIN', 'CUSTOM'] as const;
export type AccessType = (typeof ACCESS_TYPES)[number];

const stringMap = z.record(z.string(), z.string());
/** Maps whose values Datafor documents as strings but old servers sometimes send as null. */
const looseStringMap = z.record(z.string(), z.nullable(z.string()));

/**
 * A number that some servers, pages and scripts send as a string (Datafor's own "Add a
 * connection" page shows `"defaultDatabasePort": "5432"`): accepted either way and kept as it came.
 */
const intOrText = z.union([z.int(), z.string()]);

/**
 * The type object. Real bodies also come thin (`{ "shortName": "MYSQL" }` from deployment
 * scripts), with keys of their own (`driver`, `protocol`), or with an empty shortName: every
 * key is optional, and a type without a shortName is "not available on this server" (catalogue.ts).
 */
export const wireDatabaseTypeSchema = z.looseObject({
  name: z.optional(z.nullable(z.string())),
  shortName: z.optional(z.nullable(z.string())),
  defaultDatabasePort: z.optional(z.nullable(intOrText)),
  defaultDatabaseName: z.optional(z.nullable(z.string())),
  defaultOptions: z.optional(z.unknown()),
  extraOptionsHelpUrl: z.optional(z.nullable(z.string())),
});
export type WireDatabaseType = z.infer<typeof wireDatabaseTypeSchema>;

/**
 * `databaseType` as servers send it: a Pentaho server lists a dialect only if its JDBC driver
 * class loads, so a connection whose driver is not installed there comes with `null`
 * (../shared/reference/pentaho-connection-facts.md §0); thin bodies leave it out.
 */
export type ServerDatabaseType = WireDatabaseType | null | undefined;

const optionalString = z.optional(z.nullable(z.string()));
const optionalBoolean = z.optional(z.nullable(z.boolean()));

export const wireConnectionSchema = z.looseObject({
  id: z.optional(z.nullable(z.string())),
  name: z.string(),
  // Absent in thin bodies; the form then shows Pentaho's default (NATIVE) and sends it back absent.
  accessType: z.optional(z.nullable(z.enum(ACCESS_TYPES))),
  accessTypeValue: optionalString,
  databaseType: z.optional(z.nullable(wireDatabaseTypeSchema)),
  hostname: optionalString,
  databasePort: optionalString,
  databaseName: optionalString,
  username: optionalString,
  password: optionalString,
  attributes: z.optional(z.nullable(looseStringMap)),
  extraOptions: z.optional(z.nullable(looseStringMap)),
  extraOptionsOrder: z.optional(z.nullable(stringMap)),
  connectSql: optionalString,
  usingConnectionPool: optionalBoolean,
  connectionPoolingProperties: z.optional(z.nullable(looseStringMap)),
  initialPoolSize: z.optional(z.nullable(intOrText)),
  maximumPoolSize: z.optional(z.nullable(intOrText)),
  changed: optionalBoolean,
  partitioned: optionalBoolean,
  // Kettle's clustering: a list of partition entries (partitionId, hostname, port, databaseName,
  // username, password), some of them empty. Only shown, never edited: any entry is accepted.
  partitioningInformation: z.optional(z.nullable(z.array(z.unknown()))),
  quoteAllFields: optionalBoolean,
  streamingResults: optionalBoolean,
  forcingIdentifiersToLowerCase: optionalBoolean,
  forcingIdentifiersToUpperCase: optionalBoolean,
  usingDoubleDecimalAsSchemaTableSeparator: optionalBoolean,
  dataTablespace: optionalString,
  indexTablespace: optionalString,
  informixServername: optionalString,
  SQLServerInstance: optionalString,
  driverId: optionalString,
  PORT_NUMBER: optionalString,
  CUSTOM_URL: optionalString,
  CUSTOM_DRIVER_CLASS: optionalString,
});
/** A connection exactly as the server sent it, unknown keys included. */
export type WireConnection = z.infer<typeof wireConnectionSchema>;

/** Datafor's envelope for its own endpoints: HTTP 200 even on failure, so `success` decides. */
export const envelopeSchema = z.looseObject({
  success: z.boolean(),
  code: z.optional(z.union([z.string(), z.number()])),
  msg: z.optional(z.nullable(z.string())),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export const accessMapEntrySchema = z.object({ name: z.string(), value: z.string() });

/** One entry of `connection/list`; with `includeInfo=false` only the name is guaranteed. */
export const listedConnectionSchema = z.looseObject({
  name: z.string(),
  id: z.optional(z.nullable(z.string())),
  databaseType: z.optional(z.nullable(wireDatabaseTypeSchema)),
  accessType: z.optional(z.nullable(z.string())),
  isUploadDataset: z.optional(z.boolean()),
  isSystem: z.optional(z.boolean()),
  accessMap: z.optional(z.array(accessMapEntrySchema)),
});
export type ListedConnection = z.infer<typeof listedConnectionSchema>;

export const connectionListSchema = z.looseObject({
  success: z.literal(true),
  databaseConnections: z.array(listedConnectionSchema),
});

export const poolParameterSchema = z.looseObject({
  parameter: z.string(),
  defaultValue: z.optional(z.nullable(z.string())),
  description: z.optional(z.nullable(z.string())),
});
export type PoolParameterInfo = z.infer<typeof poolParameterSchema>;

export const poolParametersResponseSchema = z.looseObject({
  databaseConnectionPoolParameters: z.array(poolParameterSchema),
});

export const testResultSchema = z.looseObject({
  success: z.boolean(),
  name: z.optional(z.string()),
  msg: z.optional(z.nullable(z.string())),
});

/** Permission codes on a connection (../shared/api/CONTRACT.md). */
export const PERMISSION = { read: '0', edit: '1', delete: '2', manage: '3', full: '4' } as const;

/** Error `msg` prefixes that carry meaning. Matched with startsWith. */
export const ERROR_PREFIXES = [
  'CONNECTION_READ_FORBIDDEN',
  'CONNECTION_WRITE_FORBIDDEN',
  'CONNECTION_CREATE_FORBIDDEN',
  'CONNECTION_DELETE_FORBIDDEN',
  'LOCAL_CONNECTION_ADMIN_ONLY',
  'INTERNAL_CONNECTION_FORBIDDEN',
] as const;
export type ErrorPrefix = (typeof ERROR_PREFIXES)[number];

export function errorPrefixOf(msg: string | null | undefined): ErrorPrefix | undefined {
  if (!msg) return undefined;
  return ERROR_PREFIXES.find((p) => msg.startsWith(p));
}

export const USER_TYPES = ['SYS_Reader', 'SYS_Creator', 'Administrator'] as const;
export type UserType = (typeof USER_TYPES)[number];
