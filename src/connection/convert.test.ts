import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDatabaseType } from './catalogue';
import {
  attributesWithEdits,
  enablePoolParameter,
  filledOptionRows,
  onDatabaseTypeChange,
  rowsForPoolSwitchedOn,
  toFormValues,
  toPayload,
  withoutTypedSecrets,
} from './convert';
import { SIMPLE_FIELDS, type FieldSpec } from './fields';
import { SECRET_ATTRIBUTE_KEYS } from './rules';
import type { ConnectionFormValues, PoolParameterRow } from './form';
import { DATAFOR_NEW_POOL_DEFAULTS, POOL_PARAMETERS } from './pool';
import { wireConnectionSchema, type PoolParameterInfo, type WireConnection } from './wire';
import { FOODMART2_DOCUMENTED_BODY as foodmart2Body } from './documented-example';
import { portText, wireArb, word } from './__fixtures__/wire-arbitrary';

const poolParameters: PoolParameterInfo[] = POOL_PARAMETERS.map(({ parameter, defaultValue, description }) => ({
  parameter,
  defaultValue,
  description,
}));
const foodmart2: WireConnection = wireConnectionSchema.parse(foodmart2Body);
const clone = <T>(v: T): T => structuredClone(v);

function mustFind(shortName: string) {
  const entry = findDatabaseType(shortName);
  if (!entry) throw new Error(`catalogue lacks ${shortName}`);
  return entry;
}

function edit(wire: WireConnection, change: (form: ConnectionFormValues) => void): WireConnection {
  const form = toFormValues(wire, poolParameters);
  change(form);
  return toPayload(form, wire);
}

function row(form: ConnectionFormValues, name: string): PoolParameterRow {
  const found = form.poolParameters.find((r) => r.name === name);
  if (!found) throw new Error(`no pool row ${name}`);
  return found;
}

/** A MySQL connection as `list` might send it: other spellings, other types' options, extras. */
const mysqlSales: WireConnection = wireConnectionSchema.parse({
  id: '6f1c0d2a-0000-4000-8000-000000000001',
  name: 'sales',
  accessType: 'NATIVE',
  databaseType: { name: 'MySQL', shortName: 'MYSQL', defaultDatabasePort: 3306, serverOnlyTypeField: 7 },
  hostname: 'db.internal',
  databasePort: '3307',
  databaseName: 'sales',
  username: 'report',
  password: null,
  attributes: { PORT_NUMBER: '3307', driverId: 'mysql8', SUPPORTS_BOOLEAN_DATA_TYPE: 'Y', warehouse: null },
  extraOptions: {
    'MYSQL.useSSL': 'false',
    'POSTGRESQL.TimeZone': 'UTC',
    'MYSQL.serverTimezone': 'Asia/Shanghai',
    'MYSQL.characterEncoding': 'utf8',
  },
  extraOptionsOrder: { '0': 'MYSQL.serverTimezone', '1': 'POSTGRESQL.TimeZone', '2': 'MYSQL.useSSL', '3': 'MYSQL.gone' },
  usingConnectionPool: false,
  connectionPoolingProperties: { maxActive: '50', customThing: 'x' },
  sqlserverInstance: null,
  streamingResults: null,
  initialPoolSize: 3,
  maximumPoolSize: 9,
  partitioned: true,
  changed: false,
  futureField: { nested: [1, 2, { deep: null }] },
});

// The shared notes live beside the repository while the project is built; a clone has only the fixture.
const SEED_PAGE = new URL('../../../shared/api/modify-a-connection.md', import.meta.url);

describe('the example body fixture', () => {
  it.skipIf(!existsSync(SEED_PAGE))('is exactly the body on the seed page modify-a-connection.md', () => {
    const body = /```json\n(\{[\s\S]*?\n\})\n```/.exec(readFileSync(SEED_PAGE, 'utf8'))?.[1];
    expect(JSON.parse(body ?? 'null')).toStrictEqual(foodmart2Body);
  });
});

describe('toFormValues', () => {
  it('shows the example connection with every value in place and no password', () => {
    const form = toFormValues(foodmart2, poolParameters);
    expect(form).toMatchObject({
      name: 'foodmart2',
      hostname: '127.0.0.1',
      databaseName: 'foodmart',
      port: '25432',
      username: 'postgres',
      password: '',
      databaseTypeShortName: 'POSTGRESQL',
      accessType: 'NATIVE',
      driverId: 'postgresql',
      customUrl: '',
      customDriverClass: '',
      options: [{ name: 'TimeZone', value: 'Asia/Shanghai' }],
      usingConnectionPool: true,
      sqlServerInstance: '',
    });
    expect(form.poolParameters.map((r) => r.name)).toEqual(POOL_PARAMETERS.map((p) => p.parameter));
    expect(form.poolParameters.filter((r) => r.enabled).map((r) => [r.name, r.value])).toEqual([
      ['initialSize', '5'],
      ['maxActive', '200'],
      ['maxIdle', '20'],
      ['minIdle', '5'],
    ]);
    expect(row(form, 'maxWait')).toEqual({
      name: 'maxWait',
      enabled: false,
      value: '',
      defaultValue: '-1',
      description: POOL_PARAMETERS.find((p) => p.parameter === 'maxWait')?.description,
    });
  });

  it('never pre-fills the password, even when a server sends one', () => {
    expect(toFormValues({ ...foodmart2, password: 'secret' }, poolParameters).password).toBe('');
  });

  it('lists only the current type’s options, in extraOptionsOrder order, then the ones the order forgets', () => {
    const form = toFormValues(mysqlSales, poolParameters);
    expect(form.options).toEqual([
      { name: 'serverTimezone', value: 'Asia/Shanghai' },
      { name: 'useSSL', value: 'false' },
      { name: 'characterEncoding', value: 'utf8' },
    ]);
  });

  it('orders options by numeric index, whatever order the order map’s keys come in', () => {
    const wire = wireConnectionSchema.parse({
      name: 'n',
      accessType: 'NATIVE',
      databaseType: { name: 'P', shortName: 'P' },
      extraOptions: { 'P.a': '1', 'P.b': '2', 'P.c': '3', 'P.d': '4' },
      extraOptionsOrder: { x: 'P.d', '10': 'P.a', '2': 'P.c', '1': 'P.c', '3': 'P.b' },
    });
    expect(toFormValues(wire, []).options.map((o) => o.name)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('shows pool parameters the connection stores but the server does not list', () => {
    const form = toFormValues(mysqlSales, poolParameters);
    expect(form.poolParameters.at(-1)).toEqual({ name: 'customThing', enabled: true, value: 'x', defaultValue: '', description: '' });
    expect(row(form, 'maxActive')).toMatchObject({ enabled: true, value: '50', defaultValue: '8' });
  });

  it('turns nulls into empty strings and false', () => {
    const form = toFormValues(
      wireConnectionSchema.parse({ name: 'n', accessType: 'JNDI', databaseType: { name: 'X', shortName: 'X' }, hostname: null, attributes: null, quoteAllFields: null }),
      [],
    );
    expect(form).toMatchObject({ hostname: '', port: '', driverId: '', options: [], poolParameters: [], quoteAllFields: false, usingConnectionPool: false });
  });

  it('reads the port from wherever it is stored, databasePort first', () => {
    const base = { name: 'n', accessType: 'NATIVE', databaseType: { name: 'X', shortName: 'X' } } as const;
    expect(toFormValues(wireConnectionSchema.parse({ ...base, databasePort: '', attributes: { PORT_NUMBER: '1' }, PORT_NUMBER: '2' }), []).port).toBe('1');
    expect(toFormValues(wireConnectionSchema.parse({ ...base, databasePort: null, PORT_NUMBER: '2' }), []).port).toBe('2');
    expect(toFormValues(wireConnectionSchema.parse({ ...base, databasePort: '3', PORT_NUMBER: '2' }), []).port).toBe('3');
  });

  it('reads the SQL Server instance under either spelling', () => {
    const base = { name: 'n', accessType: 'NATIVE', databaseType: { name: 'X', shortName: 'MSSQLNative' } } as const;
    expect(toFormValues(wireConnectionSchema.parse({ ...base, SQLServerInstance: 'A' }), []).sqlServerInstance).toBe('A');
    expect(toFormValues(wireConnectionSchema.parse({ ...base, sqlserverInstance: 'B' }), []).sqlServerInstance).toBe('B');
  });

  it('reads the SQL Server instance from the option MSSQL.instance first, as Pentaho\'s getter does, and not as an option row', () => {
    const jtds = wireConnectionSchema.parse({
      name: 'n',
      accessType: 'NATIVE',
      databaseType: { name: 'MS SQL Server', shortName: 'MSSQL' },
      SQLServerInstance: 'OLD',
      extraOptions: { 'MSSQL.instance': 'SQLEXPRESS', 'MSSQL.loginTimeout': '5' },
    });
    const form = toFormValues(jtds, []);
    expect(form.sqlServerInstance).toBe('SQLEXPRESS');
    expect(form.options).toEqual([{ name: 'loginTimeout', value: '5' }]);
  });
});

describe('toPayload', () => {
  it('sends the example body of modify-a-connection.md back exactly as it came (password null)', () => {
    expect(foodmart2Body.password).toBeNull();
    expect(toPayload(toFormValues(foodmart2, poolParameters), foodmart2)).toStrictEqual(foodmart2Body);
  });

  it('does not modify the original it starts from', () => {
    const before = clone(mysqlSales);
    edit(mysqlSales, (f) => {
      f.hostname = 'x';
      f.options.reverse();
      f.port = '1';
    });
    expect(mysqlSales).toStrictEqual(before);
  });

  it('writes a changed port to all three places', () => {
    const payload = edit(foodmart2, (f) => {
      f.port = '6543';
    });
    expect(payload.databasePort).toBe('6543');
    expect(payload.attributes?.PORT_NUMBER).toBe('6543');
    expect(payload.PORT_NUMBER).toBe('6543');
    expect(payload.attributes?.driverId).toBe('postgresql');
  });

  it('clears the port everywhere for an Oracle TNS descriptor', () => {
    const oracle = wireConnectionSchema.parse({
      ...clone(foodmart2Body),
      databaseType: { name: 'Oracle', shortName: 'ORACLE', defaultDatabasePort: 1521 },
      extraOptions: {},
      extraOptionsOrder: {},
    });
    const payload = edit(oracle, (f) => {
      f.port = '';
      f.databaseName = '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=h)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=s)))';
    });
    expect([payload.databasePort, payload.attributes?.PORT_NUMBER, payload.PORT_NUMBER]).toEqual(['', '', '']);
  });

  it('sends exactly what the user changed, and everything else as it came', () => {
    const payload = edit(foodmart2, (f) => {
      f.hostname = 'pg.internal';
      f.username = 'analyst';
      f.connectSql = 'set search_path to sales';
      f.quoteAllFields = true;
    });
    expect(payload).toStrictEqual({
      ...foodmart2Body,
      hostname: 'pg.internal',
      username: 'analyst',
      connectSql: 'set search_path to sales',
      quoteAllFields: true,
    });
  });

  it('keeps null for a field the user did not touch, and writes the value for one they did', () => {
    const payload = edit(mysqlSales, (f) => {
      f.streamingResults = true;
    });
    expect(payload.quoteAllFields).toBeUndefined();
    expect(payload.streamingResults).toBe(true);
    expect(edit(mysqlSales, () => {}).streamingResults).toBeNull();
  });

  it('sends a typed password, and null when none was typed', () => {
    expect(edit(foodmart2, (f) => (f.password = 'n3w p@ss')).password).toBe('n3w p@ss');
    expect(edit({ ...foodmart2, password: '' }, () => {}).password).toBeNull();
  });

  it('keeps unknown fields, unknown attributes, the id and the pool sizes verbatim', () => {
    const payload = edit(mysqlSales, (f) => {
      f.name = 'sales-renamed';
    });
    expect(payload.name).toBe('sales-renamed');
    expect(payload.id).toBe(mysqlSales.id);
    expect((payload as Record<string, unknown>).futureField).toEqual({ nested: [1, 2, { deep: null }] });
    expect(payload.attributes).toMatchObject({ SUPPORTS_BOOLEAN_DATA_TYPE: 'Y', warehouse: null });
    expect(payload.databaseType).toStrictEqual(mysqlSales.databaseType);
    expect([payload.initialPoolSize, payload.maximumPoolSize, payload.partitioned, payload.changed]).toEqual([3, 9, true, false]);
  });

  it('adds the top-level mirrors, null when the attribute is absent', () => {
    const payload = edit(mysqlSales, () => {});
    expect(payload.driverId).toBe('mysql8');
    expect(payload.PORT_NUMBER).toBe('3307');
    expect(payload.CUSTOM_URL).toBeNull();
    expect('CUSTOM_DRIVER_CLASS' in payload).toBe(false);
    expect(payload.accessTypeValue).toBe('NATIVE');
  });

  it('rebuilds options from the rows, keeping other types’ options after them in their order', () => {
    const payload = edit(mysqlSales, (f) => {
      f.options = [
        { name: 'useSSL', value: 'true' },
        { name: '', value: '' },
        { name: 'serverTimezone', value: 'UTC' },
        { name: 'connectTimeout', value: '5000' },
      ];
    });
    expect(payload.extraOptions).toStrictEqual({
      'MYSQL.useSSL': 'true',
      'MYSQL.serverTimezone': 'UTC',
      'MYSQL.connectTimeout': '5000',
      'POSTGRESQL.TimeZone': 'UTC',
    });
    expect(payload.extraOptionsOrder).toStrictEqual({
      '0': 'MYSQL.useSSL',
      '1': 'MYSQL.serverTimezone',
      '2': 'MYSQL.connectTimeout',
      '3': 'POSTGRESQL.TimeZone',
    });
  });

  it('removing every row keeps only the other types’ options', () => {
    const payload = edit(mysqlSales, (f) => {
      f.options = [];
    });
    expect(payload.extraOptions).toStrictEqual({ 'POSTGRESQL.TimeZone': 'UTC' });
    expect(payload.extraOptionsOrder).toStrictEqual({ '0': 'POSTGRESQL.TimeZone' });
  });

  it('re-prefixes the rows and sends the full type object when the type changes', () => {
    const payload = edit(foodmart2, (f) => {
      Object.assign(f, onDatabaseTypeChange(f, mustFind('GREENPLUM'), mustFind('POSTGRESQL')));
    });
    expect(payload.databaseType).toStrictEqual(mustFind('GREENPLUM').wire);
    expect(payload.extraOptions).toStrictEqual({ 'GREENPLUM.TimeZone': 'Asia/Shanghai' });
    expect(payload.extraOptionsOrder).toStrictEqual({ '0': 'GREENPLUM.TimeZone' });
  });

  it('on a type change, rows win over options already stored under the new prefix; the rest stay', () => {
    const payload = edit(mysqlSales, (f) => {
      Object.assign(f, onDatabaseTypeChange(f, mustFind('POSTGRESQL'), mustFind('MYSQL')));
      f.options = [{ name: 'TimeZone', value: 'Europe/Paris' }, { name: 'ssl', value: 'true' }];
    });
    expect(payload.extraOptions).toStrictEqual({ 'POSTGRESQL.TimeZone': 'Europe/Paris', 'POSTGRESQL.ssl': 'true' });
    expect(payload.extraOptionsOrder).toStrictEqual({ '0': 'POSTGRESQL.TimeZone', '1': 'POSTGRESQL.ssl' });
    expect(payload.databaseType).toStrictEqual(mustFind('POSTGRESQL').wire);
    expect([payload.databasePort, payload.driverId]).toEqual(['3307', 'postgresql']);
  });

  it('sends exactly the switched-on pool parameters, as strings', () => {
    const payload = edit(foodmart2, (f) => {
      row(f, 'maxActive').value = '100';
      row(f, 'minIdle').enabled = false;
      Object.assign(row(f, 'validationQuery'), enablePoolParameter({ ...row(f, 'validationQuery'), value: 'select 1' }));
    });
    expect(payload.connectionPoolingProperties).toStrictEqual({ initialSize: '5', maxActive: '100', maxIdle: '20', validationQuery: 'select 1' });
  });

  it('keeps the switched-on pool parameters when the pool is turned off, so turning it on again loses nothing', () => {
    const payload = edit(foodmart2, (f) => {
      f.usingConnectionPool = false;
    });
    expect(payload.usingConnectionPool).toBe(false);
    expect(payload.connectionPoolingProperties).toStrictEqual(foodmart2Body.connectionPoolingProperties);
    const back = toFormValues(payload, poolParameters);
    expect(back.poolParameters.filter((r) => r.enabled).map((r) => r.name)).toEqual(['initialSize', 'maxActive', 'maxIdle', 'minIdle']);
  });

  it('keeps pool parameters the server does not list unless switched off', () => {
    expect(edit(mysqlSales, (f) => (row(f, 'maxActive').value = '60')).connectionPoolingProperties).toStrictEqual({ maxActive: '60', customThing: 'x' });
    expect(edit(mysqlSales, (f) => (row(f, 'customThing').enabled = false)).connectionPoolingProperties).toStrictEqual({ maxActive: '50' });
  });

  it('writes the SQL Server instance under the spelling the original used', () => {
    const base = { name: 'n', accessType: 'NATIVE', databaseType: { name: 'MS SQL Server (Native)', shortName: 'MSSQLNative' } } as const;
    const fromGet = wireConnectionSchema.parse({ ...base, SQLServerInstance: null });
    const fromList = wireConnectionSchema.parse({ ...base, sqlserverInstance: null });
    const both = wireConnectionSchema.parse({ ...base, sqlserverInstance: 'A', SQLServerInstance: 'A' });
    const neither = wireConnectionSchema.parse(base);
    const setInstance = (f: ConnectionFormValues) => {
      f.sqlServerInstance = 'SQLEXPRESS';
    };
    const pick = (w: WireConnection) => {
      const r = w as Record<string, unknown>;
      return [r.SQLServerInstance, r.sqlserverInstance];
    };
    expect(pick(edit(fromGet, setInstance))).toEqual(['SQLEXPRESS', undefined]);
    expect(pick(edit(fromList, setInstance))).toEqual([undefined, 'SQLEXPRESS']);
    expect(pick(edit(both, setInstance))).toEqual(['SQLEXPRESS', 'SQLEXPRESS']);
    expect(pick(edit(neither, setInstance))).toEqual(['SQLEXPRESS', undefined]);
  });

  it('Generic: writes the custom URL and driver class to attributes and mirrors, host/port/db as they came', () => {
    const generic = wireConnectionSchema.parse({
      name: 'legacy',
      accessType: 'NATIVE',
      databaseType: { name: 'Generic database', shortName: 'GENERIC', defaultDatabasePort: -1 },
      hostname: null,
      databasePort: null,
      databaseName: null,
      attributes: { CUSTOM_URL: 'jdbc:sqlite:/tmp/a.db', CUSTOM_DRIVER_CLASS: 'org.sqlite.JDBC' },
      CUSTOM_URL: 'jdbc:sqlite:/tmp/a.db',
      CUSTOM_DRIVER_CLASS: 'org.sqlite.JDBC',
    });
    const payload = edit(generic, (f) => {
      f.customUrl = 'jdbc:sqlite:/var/b.db';
      f.customDriverClass = 'org.sqlite.JDBC2';
    });
    expect(payload.attributes).toStrictEqual({ CUSTOM_URL: 'jdbc:sqlite:/var/b.db', CUSTOM_DRIVER_CLASS: 'org.sqlite.JDBC2' });
    expect([payload.CUSTOM_URL, payload.CUSTOM_DRIVER_CLASS]).toEqual(['jdbc:sqlite:/var/b.db', 'org.sqlite.JDBC2']);
    expect([payload.hostname, payload.databasePort, payload.databaseName, payload.PORT_NUMBER]).toEqual([null, null, null, null]);
  });

  it('moves an attribute that only came as its top-level mirror into attributes', () => {
    const wire = wireConnectionSchema.parse({ name: 'n', accessType: 'NATIVE', databaseType: { name: 'P', shortName: 'POSTGRESQL' }, driverId: 'postgresql' });
    const payload = edit(wire, () => {});
    expect(payload.attributes).toStrictEqual({ driverId: 'postgresql' });
    expect(payload.driverId).toBe('postgresql');
  });

  it('a cleared driver keeps its key as an empty string', () => {
    const payload = edit(foodmart2, (f) => {
      f.driverId = '';
    });
    expect(payload.attributes).toStrictEqual({ driverId: '', PORT_NUMBER: '25432' });
    expect(payload.driverId).toBe('');
  });
});

describe('MS SQL Server (Native): use integrated security (attributes.MSSQLUseIntegratedSecurity)', () => {
  // By the field table's key, so these tests read the same before and after the field exists.
  const INTEGRATED = 'useIntegratedSecurity';
  const valueOf = (form: ConnectionFormValues) => (form as Record<string, unknown>)[INTEGRATED];
  const setTo = (on: boolean) => (form: ConnectionFormValues) => {
    (form as Record<string, unknown>)[INTEGRATED] = on;
  };
  const mssql = (attributes: Record<string, string | null> | null): WireConnection =>
    wireConnectionSchema.parse({
      name: 'sales_mssql',
      accessType: 'NATIVE',
      databaseType: { name: 'MS SQL Server (Native)', shortName: 'MSSQLNative', defaultDatabasePort: 1433 },
      hostname: 'db.example',
      databasePort: '1433',
      databaseName: 'sales',
      attributes,
    });

  it('is on when the attribute says "true" in any letter case, off when it is absent or anything else', () => {
    expect(valueOf(toFormValues(mssql({ PORT_NUMBER: '1433' }), []))).toBe(false);
    expect(valueOf(toFormValues(mssql(null), []))).toBe(false);
    expect(valueOf(toFormValues(mssql({ MSSQLUseIntegratedSecurity: 'true' }), []))).toBe(true);
    expect(valueOf(toFormValues(mssql({ MSSQLUseIntegratedSecurity: 'TRUE' }), []))).toBe(true);
    expect(valueOf(toFormValues(mssql({ MSSQLUseIntegratedSecurity: 'false' }), []))).toBe(false);
    expect(valueOf(toFormValues(mssql({ MSSQLUseIntegratedSecurity: null }), []))).toBe(false);
  });

  it('goes back exactly as it came when untouched: absent stays absent, any stored spelling stays', () => {
    expect(edit(mssql({ PORT_NUMBER: '1433' }), () => {}).attributes).toStrictEqual({ PORT_NUMBER: '1433' });
    expect(edit(mssql({ PORT_NUMBER: '1433', MSSQLUseIntegratedSecurity: 'TRUE' }), () => {}).attributes).toStrictEqual({
      PORT_NUMBER: '1433',
      MSSQLUseIntegratedSecurity: 'TRUE',
    });
    expect(edit(mssql({ PORT_NUMBER: '1433', MSSQLUseIntegratedSecurity: null }), () => {}).attributes).toStrictEqual({
      PORT_NUMBER: '1433',
      MSSQLUseIntegratedSecurity: null,
    });
  });

  it('writes "true" when switched on and "false" when switched off, and nothing else changes', () => {
    const off = mssql({ PORT_NUMBER: '1433' });
    expect(edit(off, setTo(true))).toStrictEqual({ ...edit(off, () => {}), attributes: { PORT_NUMBER: '1433', MSSQLUseIntegratedSecurity: 'true' } });
    const on = mssql({ PORT_NUMBER: '1433', MSSQLUseIntegratedSecurity: 'true' });
    expect(edit(on, setTo(false)).attributes).toStrictEqual({ PORT_NUMBER: '1433', MSSQLUseIntegratedSecurity: 'false' });
    // Switched on and off again is untouched: what was stored stays.
    expect(edit(off, (f) => {
      setTo(true)(f);
      setTo(false)(f);
    }).attributes).toStrictEqual({ PORT_NUMBER: '1433' });
  });

  it('reloads as it was set', () => {
    const saved = edit(mssql(null), setTo(true));
    expect(valueOf(toFormValues(saved, []))).toBe(true);
    expect(valueOf(toFormValues(edit(saved, setTo(false)), []))).toBe(false);
  });
});

describe('SQL Server instance (Pentaho: the option MSSQL.instance)', () => {
  const jtds = (more: Record<string, unknown> = {}): WireConnection =>
    wireConnectionSchema.parse({
      name: 'sales_jtds',
      accessType: 'NATIVE',
      databaseType: { name: 'MS SQL Server', shortName: 'MSSQL', defaultDatabasePort: 1433 },
      hostname: 'db.example',
      databasePort: '1433',
      databaseName: 'sales',
      SQLServerInstance: null,
      extraOptions: { 'MSSQL.loginTimeout': '5' },
      extraOptionsOrder: { '0': 'MSSQL.loginTimeout' },
      ...more,
    });

  it('absent stays absent when untouched', () => {
    const untouched = edit(jtds(), () => {});
    expect(untouched.extraOptions).toStrictEqual({ 'MSSQL.loginTimeout': '5' });
    expect(untouched.extraOptionsOrder).toStrictEqual({ '0': 'MSSQL.loginTimeout' });
    expect(untouched.SQLServerInstance).toBeNull();
  });

  it('is written to the option MSSQL.instance and mirrored in SQLServerInstance, rows untouched', () => {
    const payload = edit(jtds(), (f) => (f.sqlServerInstance = 'SQLEXPRESS'));
    expect(payload.extraOptions).toStrictEqual({ 'MSSQL.loginTimeout': '5', 'MSSQL.instance': 'SQLEXPRESS' });
    expect(payload.extraOptionsOrder).toStrictEqual({ '0': 'MSSQL.loginTimeout' });
    expect(payload.SQLServerInstance).toBe('SQLEXPRESS');
    expect(toFormValues(payload, []).sqlServerInstance).toBe('SQLEXPRESS');
    expect(toFormValues(payload, []).options).toEqual([{ name: 'loginTimeout', value: '5' }]);
  });

  it('cleared, leaves the option and its order entry, and the mirror reads null', () => {
    const stored = jtds({
      SQLServerInstance: 'SQLEXPRESS',
      extraOptions: { 'MSSQL.instance': 'SQLEXPRESS', 'MSSQL.loginTimeout': '5' },
      extraOptionsOrder: { '0': 'MSSQL.instance', '1': 'MSSQL.loginTimeout' },
    });
    const payload = edit(stored, (f) => (f.sqlServerInstance = ''));
    expect(payload.extraOptions).toStrictEqual({ 'MSSQL.loginTimeout': '5' });
    expect(payload.extraOptionsOrder).toStrictEqual({ '0': 'MSSQL.loginTimeout' });
    expect(payload.SQLServerInstance).toBeNull();
  });

  it('stays when the option rows are edited, and when the type changes away from MSSQL', () => {
    const stored = jtds({ extraOptions: { 'MSSQL.instance': 'SQLEXPRESS', 'MSSQL.loginTimeout': '5' } });
    const rowsEdited = edit(stored, (f) => (f.options = [{ name: 'loginTimeout', value: '9' }]));
    expect(rowsEdited.extraOptions).toStrictEqual({ 'MSSQL.loginTimeout': '9', 'MSSQL.instance': 'SQLEXPRESS' });
    const mssql = mustFind('MSSQL');
    const native = mustFind('MSSQLNative');
    const moved = edit(stored, (f) => Object.assign(f, onDatabaseTypeChange(f, native, mssql, 'remove')));
    // setSQLServerInstance always writes the MSSQL prefix: it is no option row of either type.
    expect(moved.extraOptions).toStrictEqual({ 'MSSQL.instance': 'SQLEXPRESS' });
  });
});

describe('per-type attributes of Pentaho\'s dialog: absent stays absent, an edit writes the attribute', () => {
  const connection = (shortName: string, attributes: Record<string, string | null> | null): WireConnection =>
    wireConnectionSchema.parse({
      name: `c_${shortName}`,
      accessType: 'NATIVE',
      databaseType: { name: shortName, shortName },
      hostname: 'db.example',
      databasePort: '443',
      databaseName: 'sales',
      attributes,
    });
  const set = (key: string, value: string | boolean) => (form: ConnectionFormValues) => {
    (form as Record<string, unknown>)[key] = value;
  };

  it.each([
    ['SNOWFLAKEHV', 'warehouse', 'warehouse', 'COMPUTE_WH', 'COMPUTE_WH'],
    ['REDSHIFT', 'jdbcAuthMethod', 'jdbcAuthMethod', 'IAM Credentials', 'IAM Credentials'],
    ['REDSHIFT', 'iamAccessKeyId', 'iamAccessKeyId', 'AKIAEXAMPLE', 'AKIAEXAMPLE'],
    ['REDSHIFT', 'iamProfileName', 'iamProfileName', 'analytics', 'analytics'],
    ['AZURESQLDB', 'jdbcAuthMethod', 'jdbcAuthMethod', 'Azure Active Directory - Password', 'Azure Active Directory - Password'],
    ['AZURESQLDB', 'azureAlwaysEncryptionEnabled', 'azureAlwaysEncryptionEnabled', true, 'true'],
    ['AZURESQLDB', 'azureClientSecretId', 'azureClientSecretId', 'client-1', 'client-1'],
    ['REDSHIFT', 'iamSecretAccessKey', 'iamSecretAccessKey', 'wJalr-typed', 'wJalr-typed'],
    ['REDSHIFT', 'iamSessionToken', 'iamSessionToken', 'FwoG-typed', 'FwoG-typed'],
    ['AZURESQLDB', 'azureClientSecretKey', 'azureClientSecretKey', 'kv-typed', 'kv-typed'],
  ] as const)('%s %s', (shortName, key, attribute, value, stored) => {
    const bare = connection(shortName, { PORT_NUMBER: '443' });
    const untouched = edit(bare, () => {});
    expect(untouched.attributes).toStrictEqual({ PORT_NUMBER: '443' });
    const written = edit(bare, set(key, value));
    expect(written).toStrictEqual({ ...untouched, attributes: { PORT_NUMBER: '443', [attribute]: stored } });
    // A stored null stays null when untouched.
    expect(edit(connection(shortName, { PORT_NUMBER: '443', [attribute]: null }), () => {}).attributes).toStrictEqual({
      PORT_NUMBER: '443',
      [attribute]: null,
    });
  });

  it('turning "Always encrypted" off writes "false", as Pentaho\'s dialog does', () => {
    const on = connection('AZURESQLDB', { PORT_NUMBER: '443', azureAlwaysEncryptionEnabled: 'true' });
    expect(edit(on, set('azureAlwaysEncryptionEnabled', false)).attributes).toStrictEqual({ PORT_NUMBER: '443', azureAlwaysEncryptionEnabled: 'false' });
  });
});

describe('secret attributes are treated like the password', () => {
  const redshift = wireConnectionSchema.parse({
    name: 'redshift_iam',
    accessType: 'NATIVE',
    databaseType: { name: 'Redshift', shortName: 'REDSHIFT', defaultDatabasePort: 5439 },
    hostname: 'cluster.example',
    databasePort: '5439',
    databaseName: 'dev',
    attributes: { PORT_NUMBER: '5439', jdbcAuthMethod: 'IAM Credentials', iamAccessKeyId: 'AKIAEXAMPLE' },
  });
  const secretValues = (form: ConnectionFormValues) => SECRET_FIELD_KEYS.map((key) => (form as Record<string, unknown>)[key]);

  it('are never pre-filled, even when a server sends them', () => {
    const sent = { ...redshift, attributes: { ...redshift.attributes, iamSecretAccessKey: 'server-sent', iamSessionToken: 't', azureClientSecretKey: 'k' } };
    expect(secretValues(toFormValues(sent, []))).toEqual(SECRET_FIELD_KEYS.map(() => ''));
    expect(SECRET_FIELD_KEYS).toHaveLength(SECRET_ATTRIBUTE_KEYS.length);
  });

  it('left empty, keep the stored one: nothing is sent for them, and one a server sent goes back as it came', () => {
    expect(edit(redshift, () => {}).attributes).toStrictEqual(redshift.attributes);
    const returned = { ...redshift, attributes: { ...redshift.attributes, iamSecretAccessKey: 'server-sent' } };
    expect(edit(returned, (f) => (f.hostname = 'other.example')).attributes).toStrictEqual(returned.attributes);
  });

  it('typed, are sent', () => {
    const payload = edit(redshift, (f) => Object.assign(f, { iamSecretAccessKey: 'new-secret', iamSessionToken: 'new-token' }));
    expect(payload.attributes).toStrictEqual({ ...redshift.attributes, iamSecretAccessKey: 'new-secret', iamSessionToken: 'new-token' });
  });

  it('are never in what the URL preview reads, stored or typed', () => {
    const returned = { ...redshift, attributes: { ...redshift.attributes, iamSecretAccessKey: 'server-sent' } };
    const attributes = attributesWithEdits(returned, { iamSecretAccessKey: 'typed', warehouse: 'WH' });
    expect(attributes).toStrictEqual({ PORT_NUMBER: '5439', jdbcAuthMethod: 'IAM Credentials', iamAccessKeyId: 'AKIAEXAMPLE', warehouse: 'WH' });
  });

  it('are not kept by the browser after a save unless the server hands them out', () => {
    const sent = edit(redshift, (f) => Object.assign(f, { iamSecretAccessKey: 'new-secret', password: 'pw' }));
    expect(withoutTypedSecrets(sent, redshift)).toStrictEqual({ ...sent, password: null, attributes: redshift.attributes });
    const handedOut = { ...redshift, attributes: { ...redshift.attributes, iamSecretAccessKey: 'server-sent' } };
    const resent = edit(handedOut, (f) => Object.assign(f, { iamSecretAccessKey: 'new-secret' }));
    expect(withoutTypedSecrets(resent, handedOut).attributes).toStrictEqual({ ...redshift.attributes, iamSecretAccessKey: 'new-secret' });
  });
});

describe('attributesWithEdits (the URL preview\'s attributes)', () => {
  const snowflake = wireConnectionSchema.parse({
    name: 's',
    accessType: 'NATIVE',
    databaseType: { name: 'Snowflake', shortName: 'SNOWFLAKEHV' },
    attributes: { PORT_NUMBER: '443', warehouse: 'OLD_WH', other: null },
  });

  it('are the stored ones (nulls left out) under the form\'s edits, written as toPayload writes them', () => {
    expect(attributesWithEdits(snowflake, {})).toStrictEqual({ PORT_NUMBER: '443', warehouse: 'OLD_WH' });
    expect(attributesWithEdits(snowflake, { warehouse: 'NEW_WH' })).toStrictEqual({ PORT_NUMBER: '443', warehouse: 'NEW_WH' });
    expect(attributesWithEdits(snowflake, { useIntegratedSecurity: true })).toMatchObject({ MSSQLUseIntegratedSecurity: 'true' });
    // Unchanged values leave the stored spelling as it is.
    const upper = { ...snowflake, attributes: { MSSQLUseIntegratedSecurity: 'TRUE' } };
    expect(attributesWithEdits(upper, { useIntegratedSecurity: true })).toStrictEqual({ MSSQLUseIntegratedSecurity: 'TRUE' });
    // An attribute that is absent stays absent when the field is left empty.
    expect(attributesWithEdits(snowflake, { iamProfileName: '' })).not.toHaveProperty('iamProfileName');
  });
});

describe('onDatabaseTypeChange', () => {
  const pg = mustFind('POSTGRESQL');
  const mysql = mustFind('MYSQL');
  const oracle = mustFind('ORACLE');
  const generic = mustFind('GENERIC');
  const form = toFormValues(foodmart2, poolParameters);

  it('moves the port to the new default only when it was the old default or empty', () => {
    expect(onDatabaseTypeChange({ ...form, port: '5432' }, mysql, pg).port).toBe('3306');
    expect(onDatabaseTypeChange({ ...form, port: '' }, mysql, pg).port).toBe('3306');
    expect(onDatabaseTypeChange({ ...form, port: '25432' }, mysql, pg).port).toBeUndefined();
    expect(onDatabaseTypeChange({ ...form, port: '5432' }, generic, pg).port).toBeUndefined();
  });

  it('moves the driver to the new default only when it was the old default or empty', () => {
    expect(onDatabaseTypeChange({ ...form, driverId: 'postgresql' }, mysql, pg).driverId).toBe('mysql8');
    expect(onDatabaseTypeChange({ ...form, driverId: '' }, mysql, pg).driverId).toBe('mysql8');
    expect(onDatabaseTypeChange({ ...form, driverId: 'pg-42.7' }, mysql, pg).driverId).toBeUndefined();
  });

  it('keeps the option rows or removes them, as the user chose', () => {
    expect(onDatabaseTypeChange(form, mysql, pg).options).toBeUndefined();
    expect(onDatabaseTypeChange(form, mysql, pg, 'keep').options).toBeUndefined();
    expect(onDatabaseTypeChange(form, mysql, pg, 'remove').options).toEqual([]);
    const removed = edit(foodmart2, (f) => Object.assign(f, onDatabaseTypeChange(f, mysql, pg, 'remove')));
    expect(removed.extraOptions).toStrictEqual({});
    const kept = edit(foodmart2, (f) => Object.assign(f, onDatabaseTypeChange(f, mysql, pg, 'keep')));
    expect(kept.extraOptions).toStrictEqual({ 'MYSQL.TimeZone': 'Asia/Shanghai' });
  });

  it('asks only about rows that hold something', () => {
    expect(filledOptionRows([{ name: '', value: '' }, { name: 'a', value: '' }, { name: '', value: 'v' }])).toEqual([
      { name: 'a', value: '' },
      { name: '', value: 'v' },
    ]);
  });

  it('keeps the access type when the new type supports it, else uses its default', () => {
    expect(onDatabaseTypeChange({ ...form, accessType: 'JNDI' }, mysql, pg).accessType).toBeUndefined();
    expect(onDatabaseTypeChange({ ...form, accessType: 'OCI' }, mysql, oracle).accessType).toBe('NATIVE');
    expect(onDatabaseTypeChange(form, oracle, pg).databaseTypeShortName).toBe('ORACLE');
  });
});

describe('pool switches', () => {
  const base: PoolParameterRow = { name: 'maxWait', enabled: false, value: '', defaultValue: '-1', description: '' };

  it('switching a parameter on keeps a typed value, else starts from the default', () => {
    expect(enablePoolParameter(base)).toEqual({ ...base, enabled: true, value: '-1' });
    expect(enablePoolParameter({ ...base, value: '3000' })).toEqual({ ...base, enabled: true, value: '3000' });
  });

  it('turning the pool on for a connection without parameters switches on Datafor’s new-pool defaults', () => {
    const rows = toFormValues({ ...foodmart2, connectionPoolingProperties: null }, poolParameters).poolParameters;
    const on = rowsForPoolSwitchedOn(rows);
    expect(Object.fromEntries(on.filter((r) => r.enabled).map((r) => [r.name, r.value]))).toEqual(DATAFOR_NEW_POOL_DEFAULTS);
    expect(on.map((r) => r.name)).toEqual(rows.map((r) => r.name));
  });

  it('turning the pool on keeps the rows as they are when some are switched on', () => {
    const rows = toFormValues(foodmart2, poolParameters).poolParameters;
    expect(rowsForPoolSwitchedOn(rows)).toEqual(rows);
  });
});

// ---------------------------------------------------------------------------------------
// Property tests. The prediction below is written from the rules in the brief, not from the
// implementation: an untouched form sends back the original with only these differences.
// ---------------------------------------------------------------------------------------

type Json = Record<string, unknown>;
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function expectedUntouchedPayload(wire: WireConnection): Json {
  const expected = structuredClone(wire) as Json;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const attributesIn = (wire.attributes ?? null) as Record<string, string | null> | null;
  const attributes: Record<string, string | null> = { ...(attributesIn ?? {}) };

  const port = str(wire.databasePort) || str(attributesIn?.PORT_NUMBER) || str(wire.PORT_NUMBER);
  if (port !== '') {
    expected.databasePort = port;
    attributes.PORT_NUMBER = port;
  }
  // An attribute with no value of its own is filled from its top-level mirror.
  for (const key of ['driverId', 'CUSTOM_URL', 'CUSTOM_DRIVER_CLASS'] as const) {
    if (attributes[key] == null && str(wire[key]) !== '') attributes[key] = str(wire[key]);
  }
  if (attributesIn !== null || Object.keys(attributes).length > 0) expected.attributes = attributes;

  expected.accessTypeValue = wire.accessType;
  expected.password = null;
  expected.driverId = attributes.driverId ?? null;
  expected.PORT_NUMBER = attributes.PORT_NUMBER ?? null;
  expected.CUSTOM_URL = attributes.CUSTOM_URL ?? null;
  if (own(attributes, 'CUSTOM_DRIVER_CLASS') || own(wire, 'CUSTOM_DRIVER_CLASS')) {
    expected.CUSTOM_DRIVER_CLASS = attributes.CUSTOM_DRIVER_CLASS ?? null;
  }
  return expected;
}

const SECRET_FIELD_KEYS = SIMPLE_FIELDS.filter((f: FieldSpec) => f.kind === 'secret').map((f) => f.key);

describe('round trip properties', () => {
  it('an untouched form sends back what the rules predict, for any connection', () => {
    fc.assert(
      fc.property(wireArb, (wire) => {
        const payload = toPayload(toFormValues(wire, poolParameters), wire);
        expect(payload).toStrictEqual(expectedUntouchedPayload(wire));
      }),
      { numRuns: 400 },
    );
  });

  it('the round trip is idempotent and its result is valid wire JSON', () => {
    fc.assert(
      fc.property(wireArb, (wire) => {
        const once = toPayload(toFormValues(wire, poolParameters), wire);
        const twice = toPayload(toFormValues(once, poolParameters), once);
        expect(twice).toStrictEqual(once);
        expect(wireConnectionSchema.safeParse(JSON.parse(JSON.stringify(once))).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('what the user sets is what reloading the saved connection shows', () => {
    // Every simple field of the table, plus the by-hand ones, gets a value of its kind.
    const simpleValues = fc.record(
      Object.fromEntries(SIMPLE_FIELDS.map((field) => [field.key, field.kind === 'switch' ? fc.boolean() : word])),
      { noNullPrototype: true },
    );
    const optionRows = fc.uniqueArray(fc.record({ name: word.filter((n) => n !== ''), value: word }, { noNullPrototype: true }), {
      selector: (r) => r.name,
      maxLength: 5,
    });
    fc.assert(
      fc.property(
        wireArb,
        simpleValues,
        fc.record({ port: portText, driverId: word, customUrl: word, customDriverClass: word, sqlServerInstance: word }),
        optionRows,
        fc.array(fc.tuple(fc.nat(), fc.boolean(), word.filter((v) => v !== ''))),
        (wire, simple, byHand, options, poolEdits) => {
          const form = toFormValues(wire, poolParameters);
          Object.assign(form, simple, byHand, { options });
          for (const [index, enabled, value] of poolEdits) {
            const target = form.poolParameters[index % Math.max(form.poolParameters.length, 1)];
            if (target) Object.assign(target, { enabled, value });
          }
          const reloaded = toFormValues(toPayload(form, wire), poolParameters);
          // Secrets are the exception: saved, but never shown again.
          const secretsEmpty = Object.fromEntries(SECRET_FIELD_KEYS.map((key) => [key, '']));
          expect({ ...reloaded, poolParameters: undefined }).toStrictEqual({ ...form, ...secretsEmpty, poolParameters: undefined });
          const switchedOn = (rows: PoolParameterRow[]) =>
            Object.fromEntries(rows.filter((r) => r.enabled && r.value !== '').map((r) => [r.name, r.value]));
          expect(switchedOn(reloaded.poolParameters)).toStrictEqual(switchedOn(form.poolParameters));
        },
      ),
      { numRuns: 300 },
    );
  });
});
