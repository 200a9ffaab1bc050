/**
 * Thousands of generated connections for the scale bench and the scale e2e test (issue 16),
 * inserted straight into the local API's store in one transaction (10,000 take well under a
 * second; going through `connection/add` one by one takes minutes).
 *
 * A stand-in, kept in this one file, until the server's own `server/testing/many-connections.ts`
 * lands: callers use only `insertManyConnections` and `manyConnection`.
 */
import { DataforStore, type ConnectionJson } from '../server/store';

const DEPARTMENTS = ['crm', 'erp', 'finance', 'hr', 'logistics', 'marketing', 'sales', 'warehouse'] as const;

/** Types spread over the list, as the wire carries them (name, short name, port, driver). */
const TYPES = [
  { name: 'PostgreSQL', shortName: 'POSTGRESQL', port: 5432, driverId: 'postgresql' },
  { name: 'MySQL', shortName: 'MYSQL', port: 3306, driverId: 'mysql8' },
  { name: 'Oracle', shortName: 'ORACLE', port: 1521, driverId: 'oracle' },
  { name: 'MS SQL Server (Native)', shortName: 'MSSQLNATIVE', port: 1433, driverId: 'mssql' },
  { name: 'ClickHouse', shortName: 'CLICKHOUSE', port: 8123, driverId: 'clickhouse' },
] as const;

export interface GeneratedConnection {
  name: string;
  typeName: string;
  hostname: string;
  databaseName: string;
}

/** What connection number `index` (0-based) is called and where it points. */
export function manyConnection(index: number): GeneratedConnection {
  const n = String(index + 1).padStart(5, '0');
  const department = DEPARTMENTS[index % DEPARTMENTS.length] ?? 'sales';
  const type = TYPES[index % TYPES.length] ?? TYPES[0];
  return {
    name: `${department}_${type.shortName.toLowerCase()}_${n}`,
    typeName: type.name,
    hostname: `${type.shortName.toLowerCase()}-${n}.db.example`,
    databaseName: `${department}_dw_${n}`,
  };
}

function connectionJson(index: number): ConnectionJson & { id: string; name: string } {
  const generated = manyConnection(index);
  const type = TYPES[index % TYPES.length] ?? TYPES[0];
  const port = String(type.port);
  const shortName = type.shortName;
  return {
    id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    name: generated.name,
    accessType: 'NATIVE',
    accessTypeValue: 'NATIVE',
    databaseType: {
      defaultDatabaseName: null,
      defaultDatabasePort: type.port,
      defaultOptions: null,
      extraOptionsHelpUrl: null,
      name: type.name,
      shortName,
    },
    hostname: generated.hostname,
    databasePort: port,
    databaseName: generated.databaseName,
    username: 'bi_reader',
    password: null,
    attributes: { driverId: type.driverId, PORT_NUMBER: port },
    extraOptions: { [`${shortName}.connectTimeout`]: '10', [`${shortName}.applicationName`]: 'datafor' },
    extraOptionsOrder: { '0': `${shortName}.connectTimeout`, '1': `${shortName}.applicationName` },
    connectSql: '',
    usingConnectionPool: index % 3 === 0,
    connectionPoolingProperties: index % 3 === 0 ? { initialSize: '2', maxActive: '50' } : {},
    changed: false,
    partitioned: false,
    quoteAllFields: false,
    forcingIdentifiersToLowerCase: false,
    forcingIdentifiersToUpperCase: false,
    usingDoubleDecimalAsSchemaTableSeparator: false,
    streamingResults: false,
    dataTablespace: '',
    indexTablespace: '',
    informixServername: '',
    SQLServerInstance: null,
    initialPoolSize: 0,
    maximumPoolSize: 0,
    driverId: type.driverId,
    PORT_NUMBER: port,
    CUSTOM_URL: null,
  };
}

/**
 * Inserts `count` generated connections (no passwords) into the SQLite file of a running or
 * stopped local API. Admins see them all; the demo reader may read them all; the demo
 * creator may edit every third and read the rest.
 */
export function insertManyConnections(dbPath: string, count: number): void {
  const store = new DataforStore(dbPath);
  try {
    store.transaction(() => {
      for (let i = 0; i < count; i += 1) {
        const json = connectionJson(i);
        const acl = { reader: ['0'], creator: i % 3 === 0 ? ['0', '1'] : ['0'] };
        store.insertConnection({ id: json.id, name: json.name, json }, null, acl);
      }
    });
  } finally {
    store.close();
  }
}
