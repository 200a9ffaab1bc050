/**
 * Fills a database with many generated connections, fast, for the scale bench and end-to-end
 * tests of issue 16 (10 000 connections in the list). Works on a fresh path (the server seeds
 * its demo data on its first start afterwards) or beside a running server (SQLite waits for it).
 *
 *   insertManyConnections(dbPath, 10_000)            // bulk_00000 … bulk_09999
 *   manyConnectionName(9_998)                        // "bulk_09998"
 *
 * Connections carry no password. By default every demo user can read them, and `creator` may
 * also edit every other one, so list, read-only mode and the access map all have work to do.
 */
import { randomUUID } from 'node:crypto';
import { PERMISSION } from '../../src/connection/wire';
import { DataforStore, type ConnectionJson } from '../store';

export interface ManyConnectionsOptions {
  /** Name prefix (`bulk_`); names are the prefix and the index with five digits. */
  prefix?: string;
  /** First index (0): lets several calls add to one database without clashing names. */
  start?: number;
  /** Who gets which permission codes on connection `index`. */
  acl?: (index: number) => Record<string, readonly string[]>;
  /** DATAFOR_SECRET_KEY of the server that will open the database, when it uses one. */
  secretKey?: string;
}

export function manyConnectionName(index: number, prefix = 'bulk_'): string {
  return `${prefix}${String(index).padStart(5, '0')}`;
}

interface GeneratedType {
  name: string;
  shortName: string;
  port: string;
  driverId: string;
}

const TYPES: readonly GeneratedType[] = [
  { name: 'PostgreSQL', shortName: 'POSTGRESQL', port: '5432', driverId: 'postgresql' },
  { name: 'MySQL', shortName: 'MYSQL', port: '3306', driverId: 'mysql8' },
  { name: 'Oracle', shortName: 'ORACLE', port: '1521', driverId: 'oracle' },
  { name: 'MS SQL Server (Native)', shortName: 'MSSQLNative', port: '1433', driverId: 'mssql' },
  { name: 'Amazon Redshift', shortName: 'REDSHIFT', port: '5439', driverId: 'redshift' },
];

/** Connection number `index`, shaped like the seeded ones (all the fields `get` returns). */
export function generatedConnection(index: number, name: string, id: string): ConnectionJson {
  const type = TYPES[index % TYPES.length] ?? TYPES[0]!;
  return {
    id,
    name,
    accessType: 'NATIVE',
    accessTypeValue: 'NATIVE',
    databaseType: {
      defaultDatabaseName: null,
      defaultDatabasePort: Number(type.port),
      defaultOptions: null,
      extraOptionsHelpUrl: null,
      name: type.name,
      shortName: type.shortName,
    },
    hostname: `db-${String(index).padStart(5, '0')}.example`,
    databasePort: type.port,
    databaseName: `warehouse_${index % 97}`,
    username: `report_${index % 13}`,
    password: null,
    attributes: { driverId: type.driverId, PORT_NUMBER: type.port },
    extraOptions: { [`${type.shortName}.ApplicationName`]: 'datafor' },
    extraOptionsOrder: { '0': `${type.shortName}.ApplicationName` },
    connectSql: '',
    usingConnectionPool: index % 2 === 0,
    connectionPoolingProperties: index % 2 === 0 ? { maxActive: '20', validationQuery: 'select 1' } : {},
    changed: false,
    partitioned: false,
    quoteAllFields: false,
    streamingResults: false,
    forcingIdentifiersToLowerCase: false,
    forcingIdentifiersToUpperCase: false,
    usingDoubleDecimalAsSchemaTableSeparator: false,
    dataTablespace: '',
    indexTablespace: '',
    informixServername: '',
    SQLServerInstance: null,
    initialPoolSize: 0,
    maximumPoolSize: 0,
    driverId: type.driverId,
    PORT_NUMBER: type.port,
    CUSTOM_URL: null,
  };
}

const READ = [PERMISSION.read] as const;
const READ_EDIT = [PERMISSION.read, PERMISSION.edit] as const;

function defaultAcl(index: number): Record<string, readonly string[]> {
  return { creator: index % 2 === 0 ? READ_EDIT : READ, reader: READ };
}

/** Inserts `count` generated connections in one transaction; returns their names in order. */
export function insertManyConnections(dbPath: string, count: number, options: ManyConnectionsOptions = {}): string[] {
  const { prefix = 'bulk_', start = 0, acl = defaultAcl } = options;
  const store = new DataforStore(dbPath, { secretKey: options.secretKey });
  try {
    const names: string[] = [];
    store.transaction(() => {
      for (let index = start; index < start + count; index += 1) {
        const name = manyConnectionName(index, prefix);
        const id = randomUUID();
        store.insertConnection({ id, name, json: generatedConnection(index, name, id) }, null, acl(index));
        names.push(name);
      }
    });
    return names;
  } finally {
    store.close();
  }
}
