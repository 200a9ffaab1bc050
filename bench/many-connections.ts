/**
 * Thousands of generated connections for the scale bench and the scale e2e test (issue 16),
 * inserted straight into the local API's SQLite store in one transaction (10,000 take well
 * under a second; `connection/add` one by one takes minutes). Works beside a running server.
 *
 * A stand-in, kept in this one file, for the server's own `server/testing/many-connections.ts`:
 * the same exports, names and generated values (`bulk_00000` …, host `db-00000.example`,
 * database `warehouse_<index % 97>`), so swapping it in is changing two import paths.
 */
import { randomUUID } from 'node:crypto';
import { PERMISSION } from '../src/connection/wire';
import { DataforStore, type ConnectionJson } from '../server/store';

export interface ManyConnectionsOptions {
  /** Name prefix (`bulk_`); names are the prefix and the index with five digits. */
  prefix?: string;
  /** First index (0): lets several calls add to one database without clashing names. */
  start?: number;
  /** Who gets which permission codes on connection `index`. */
  acl?: (index: number) => Record<string, readonly string[]>;
}

export function manyConnectionName(index: number, prefix = 'bulk_'): string {
  return `${prefix}${String(index).padStart(5, '0')}`;
}

const TYPES = [
  { name: 'PostgreSQL', shortName: 'POSTGRESQL', port: '5432', driverId: 'postgresql' },
  { name: 'MySQL', shortName: 'MYSQL', port: '3306', driverId: 'mysql8' },
  { name: 'Oracle', shortName: 'ORACLE', port: '1521', driverId: 'oracle' },
  { name: 'MS SQL Server (Native)', shortName: 'MSSQLNative', port: '1433', driverId: 'mssql' },
  { name: 'Amazon Redshift', shortName: 'REDSHIFT', port: '5439', driverId: 'redshift' },
] as const;

/** Connection number `index`, with the fields `get` returns, no password. */
export function generatedConnection(index: number, name: string, id: string): ConnectionJson {
  const type = TYPES[index % TYPES.length] ?? TYPES[0];
  const option = `${type.shortName}.ApplicationName`;
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
    extraOptions: { [option]: 'datafor' },
    extraOptionsOrder: { '0': option },
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

/** Every demo user may read them all; `creator` may also edit every other one. */
function defaultAcl(index: number): Record<string, readonly string[]> {
  return { creator: index % 2 === 0 ? [PERMISSION.read, PERMISSION.edit] : [PERMISSION.read], reader: [PERMISSION.read] };
}

/** Inserts `count` generated connections in one transaction; returns their names in order. */
export function insertManyConnections(dbPath: string, count: number, options: ManyConnectionsOptions = {}): string[] {
  const { prefix = 'bulk_', start = 0, acl = defaultAcl } = options;
  const store = new DataforStore(dbPath);
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
