/**
 * The example body of modify-a-connection.md, verbatim (key order included). The local API seeds
 * `foodmart2` with it, and the converter, diff, URL and end-to-end tests compare against it:
 * one copy, so they cannot drift apart.
 */
export const FOODMART2_DOCUMENTED_BODY = {
  SQLServerInstance: null,
  accessType: 'NATIVE',
  accessTypeValue: 'NATIVE',
  attributes: {
    driverId: 'postgresql',
    PORT_NUMBER: '25432'
  },
  changed: false,
  connectSql: '',
  connectionPoolingProperties: {
    initialSize: '5',
    maxActive: '200',
    maxIdle: '20',
    minIdle: '5'
  },
  dataTablespace: '',
  databaseName: 'foodmart',
  databasePort: '25432',
  databaseType: {
    defaultDatabaseName: null,
    defaultDatabasePort: 5432,
    defaultOptions: null,
    extraOptionsHelpUrl: 'http://jdbc.postgresql.org/documentation/83/connect.html#connection-parameters',
    name: 'PostgreSQL',
    shortName: 'POSTGRESQL'
  },
  extraOptions: {
    'POSTGRESQL.TimeZone': 'Asia/Shanghai'
  },
  extraOptionsOrder: {
    '0': 'POSTGRESQL.TimeZone'
  },
  forcingIdentifiersToLowerCase: false,
  forcingIdentifiersToUpperCase: false,
  hostname: '127.0.0.1',
  id: 'd55f86ef-0c20-4442-b806-074d4211b0fb',
  indexTablespace: '',
  informixServername: '',
  initialPoolSize: 0,
  maximumPoolSize: 0,
  name: 'foodmart2',
  partitioned: false,
  password: null,
  quoteAllFields: false,
  streamingResults: false,
  username: 'postgres',
  usingConnectionPool: true,
  usingDoubleDecimalAsSchemaTableSeparator: false,
  driverId: 'postgresql',
  PORT_NUMBER: '25432',
  CUSTOM_URL: null
} as const;
