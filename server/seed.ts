/**
 * Demo users and the connections a fresh database starts with. `foodmart2` is the example
 * body of Datafor's "Modify a connection" page, verbatim; the others cover the shapes the
 * editor must keep intact (ordered MySQL options, Oracle SID and tablespaces, a Generic
 * custom URL, and fields this project does not know).
 */
import type { UserType } from '../src/connection/wire';
import { hashPassword } from './auth';
import type { ConnectionJson, DataforStore } from './store';
import { FOODMART2_DOCUMENTED_BODY } from '../src/connection/documented-example';

export type DemoUser = 'admin' | 'creator' | 'reader';

export const DEMO_PASSWORDS: Record<DemoUser, string> = {
  admin: 'admin123',
  creator: 'creator123',
  reader: 'reader123',
};

export const DEMO_USER_TYPES: Record<DemoUser, UserType> = {
  admin: 'Administrator',
  creator: 'SYS_Creator',
  reader: 'SYS_Reader',
};

export const DEMO_USERS = Object.keys(DEMO_PASSWORDS) as DemoUser[];

interface SeedConnection {
  json: ConnectionJson & { id: string; name: string };
  password: string | null;
  /** Permission codes per user (Administrators have every permission anyway). */
  acl: Partial<Record<DemoUser, readonly string[]>>;
}

const READ = ['0'] as const;
const READ_EDIT = ['0', '1'] as const;

function basePentahoFlags(): ConnectionJson {
  return {
    changed: false,
    partitioned: false,
    quoteAllFields: false,
    forcingIdentifiersToLowerCase: false,
    forcingIdentifiersToUpperCase: false,
    usingDoubleDecimalAsSchemaTableSeparator: false,
    informixServername: '',
    SQLServerInstance: null,
    initialPoolSize: 0,
    maximumPoolSize: 0,
  };
}

export const SEED_CONNECTIONS: readonly SeedConnection[] = [
  {
    // Verbatim from modify-a-connection.md.
    json: structuredClone(FOODMART2_DOCUMENTED_BODY),
    password: null,
    acl: { creator: READ_EDIT, reader: READ },
  },
  {
    json: {
      ...basePentahoFlags(),
      id: '3f1c2a7e-5b8d-4c61-9e0a-7d2b4f6a8c11',
      name: 'sales_mysql',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: {
        defaultDatabaseName: null,
        defaultDatabasePort: 3306,
        defaultOptions: null,
        extraOptionsHelpUrl: 'http://dev.mysql.com/doc/refman/5.0/en/connector-j-reference-configuration-properties.html',
        name: 'MySQL',
        shortName: 'MYSQL',
      },
      hostname: 'mysql-sales.internal',
      databasePort: '3306',
      databaseName: 'sales',
      username: 'bi_reader',
      password: null,
      attributes: {
        driverId: 'mysql8',
        PORT_NUMBER: '3306',
        // Not a key this project edits: it must come back untouched after a save.
        SUPPORTS_BOOLEAN_DATA_TYPE: 'Y',
      },
      extraOptions: {
        'MYSQL.useSSL': 'false',
        'MYSQL.serverTimezone': 'Asia/Shanghai',
        'MYSQL.characterEncoding': 'utf8',
        'MYSQL.zeroDateTimeBehavior': 'convertToNull',
      },
      extraOptionsOrder: {
        '0': 'MYSQL.serverTimezone',
        '1': 'MYSQL.useSSL',
        '2': 'MYSQL.characterEncoding',
        '3': 'MYSQL.zeroDateTimeBehavior',
      },
      connectSql: "SET SESSION sql_mode = 'ANSI_QUOTES'",
      usingConnectionPool: false,
      connectionPoolingProperties: {},
      streamingResults: true,
      dataTablespace: '',
      indexTablespace: '',
      driverId: 'mysql8',
      PORT_NUMBER: '3306',
      CUSTOM_URL: null,
      // A field newer Datafor servers send that this project does not model.
      datasourceOwner: 'sales-analytics',
    },
    password: 'Sales#2024',
    acl: { creator: READ_EDIT, reader: READ },
  },
  {
    json: {
      ...basePentahoFlags(),
      id: '9a4e7c20-1d3b-4f8e-b6a5-2c9d0e1f3a47',
      name: 'finance_oracle',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: {
        defaultDatabaseName: null,
        defaultDatabasePort: 1521,
        defaultOptions: null,
        extraOptionsHelpUrl: null,
        name: 'Oracle',
        shortName: 'ORACLE',
      },
      hostname: 'oracle-fin.internal',
      databasePort: '1521',
      databaseName: 'FINPROD',
      username: 'fin_report',
      password: null,
      attributes: { driverId: 'oracle', PORT_NUMBER: '1521' },
      extraOptions: {},
      extraOptionsOrder: {},
      connectSql: '',
      usingConnectionPool: true,
      connectionPoolingProperties: {
        initialSize: '2',
        maxActive: '50',
        validationQuery: 'select 1 from dual',
        testOnBorrow: 'true',
      },
      streamingResults: false,
      dataTablespace: 'FIN_DATA',
      indexTablespace: 'FIN_INDEX',
      driverId: 'oracle',
      PORT_NUMBER: '1521',
      CUSTOM_URL: null,
    },
    password: 'Ledger!2024',
    acl: { creator: READ, reader: READ },
  },
  {
    json: {
      ...basePentahoFlags(),
      id: 'c7b2e915-6a0f-4d38-8e21-5f4a9b3d7e60',
      name: 'warehouse_generic',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: {
        defaultDatabaseName: null,
        defaultDatabasePort: null,
        defaultOptions: null,
        extraOptionsHelpUrl: null,
        name: 'Generic database',
        shortName: 'GENERIC',
      },
      hostname: '',
      databasePort: '',
      databaseName: '',
      username: 'etl',
      password: null,
      attributes: {
        CUSTOM_URL: 'jdbc:postgresql://warehouse.internal:5432/dw?ApplicationName=datafor',
        CUSTOM_DRIVER_CLASS: 'org.postgresql.Driver',
        PORT_NUMBER: '',
        PREFERRED_SCHEMA_NAME: 'mart',
      },
      extraOptions: {},
      extraOptionsOrder: {},
      connectSql: '',
      usingConnectionPool: false,
      connectionPoolingProperties: {},
      streamingResults: false,
      dataTablespace: '',
      indexTablespace: '',
      driverId: null,
      PORT_NUMBER: '',
      CUSTOM_URL: 'jdbc:postgresql://warehouse.internal:5432/dw?ApplicationName=datafor',
      CUSTOM_DRIVER_CLASS: 'org.postgresql.Driver',
    },
    password: null,
    acl: { reader: READ },
  },
  {
    // Points at the PostgreSQL that `.ci/postgres.sh` starts, so "Test connection" can succeed locally.
    json: {
      ...basePentahoFlags(),
      id: '5e8d1b36-2f7a-4c90-a1d4-6b3e8f0c2d95',
      name: 'local_postgres',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: { ...FOODMART2_DOCUMENTED_BODY.databaseType },
      hostname: '127.0.0.1',
      databasePort: '5432',
      databaseName: 'postgres',
      username: 'postgres',
      password: null,
      attributes: { driverId: 'postgresql', PORT_NUMBER: '5432' },
      extraOptions: {},
      extraOptionsOrder: {},
      connectSql: '',
      usingConnectionPool: false,
      connectionPoolingProperties: {},
      streamingResults: false,
      dataTablespace: '',
      indexTablespace: '',
      driverId: 'postgresql',
      PORT_NUMBER: '5432',
      CUSTOM_URL: null,
    },
    password: 'postgres',
    acl: { creator: READ_EDIT, reader: READ },
  },
];

/**
 * Sets the demo users' password hashes from the passwords configured for this start, and
 * seeds the connections the first time the database is opened (never again, even if every
 * connection is deleted later).
 */
export async function seedDatabase(store: DataforStore, passwords: Record<DemoUser, string>): Promise<void> {
  const hashes = await Promise.all(DEMO_USERS.map((user) => hashPassword(passwords[user])));
  store.transaction(() => {
    DEMO_USERS.forEach((username, index) => {
      store.upsertUser({ username, userType: DEMO_USER_TYPES[username], passwordHash: hashes[index] ?? '' });
    });
    if (store.getMeta('seeded') !== undefined) return;
    for (const seed of SEED_CONNECTIONS) {
      const { id, name } = seed.json;
      // The stored JSON never holds a password; `password: null` is what get/list send.
      const json = { ...seed.json, password: null };
      store.insertConnection({ id, name, json }, seed.password, seed.acl);
    }
    store.setMeta('seeded', new Date().toISOString());
  });
}
