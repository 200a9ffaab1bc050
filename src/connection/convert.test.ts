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
import { SIMPLE_FIELDS, type FieldSpec, type WireLocation } from './fields';
import { SECRET_ATTRIBUTE_KEYS } from './rules';
import type { ConnectionFormValues, PoolParameterRow } from './form';
import { DATAFOR_NEW_POOL_DEFAULTS, POOL_PARAMETERS } from './pool';
import { wireConnectionSchema, type PoolParameterInfo, type WireConnection } from './wire';
import { FOODMART2_DOCUMENTED_BODY as foodmart2Body } from './documented-example';
import { portText, serverText, wireArb, word } from './__fixtures__/wire-arbitrary';
import { REAL_WORLD_BODIES, realWorldBody } from './__fixtures__/real-world';

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

  it('adds no mirror to an untouched connection: absent stays absent', () => {
    const payload = edit(mysqlSales, () => {});
    for (const key of ['driverId', 'PORT_NUMBER', 'CUSTOM_URL', 'CUSTOM_DRIVER_CLASS', 'accessTypeValue']) {
      expect(key in payload, key).toBe(false);
    }
  });

  it('writes the top-level mirror of an attribute the user changed, and accessTypeValue with the access type', () => {
    const payload = edit(mysqlSales, (f) => {
      f.driverId = 'mysql5';
      f.accessType = 'JNDI';
    });
    expect([payload.attributes?.driverId, payload.driverId]).toEqual(['mysql5', 'mysql5']);
    expect([payload.accessType, payload.accessTypeValue]).toEqual(['JNDI', 'JNDI']);
    expect('CUSTOM_URL' in payload).toBe(false);
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
    expect([payload.hostname, payload.databasePort, payload.databaseName]).toEqual([null, null, null]);
    expect('PORT_NUMBER' in payload).toBe(false);
  });

  it('shows an attribute that only came as its top-level mirror, sends it back untouched, and writes both once changed', () => {
    const wire = wireConnectionSchema.parse({ name: 'n', accessType: 'NATIVE', databaseType: { name: 'P', shortName: 'POSTGRESQL' }, driverId: 'postgresql' });
    expect(toFormValues(wire, []).driverId).toBe('postgresql');
    expect(edit(wire, () => {})).toStrictEqual(wire);
    const changed = edit(wire, (f) => {
      f.driverId = 'postgresql42';
    });
    expect([changed.attributes, changed.driverId]).toStrictEqual([{ driverId: 'postgresql42' }, 'postgresql42']);
    // Cleared where only the mirror held it: the mirror is emptied, so a reload shows it empty.
    const cleared = edit(wire, (f) => {
      f.driverId = '';
    });
    expect([cleared.attributes, cleared.driverId]).toStrictEqual([{}, '']);
    expect(toFormValues(cleared, []).driverId).toBe('');
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
// Property tests. The predictions below are written from the rules in the brief, not from the
// implementation: an untouched form sends back the original exactly, but for the password
// (never sent back: null where the body had one); an edit changes its own setting and, where
// Datafor documents them, that setting's mirrors.
// ---------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function expectedUntouchedPayload(wire: WireConnection): Json {
  const expected = structuredClone(wire) as Json;
  if ('password' in wire) expected.password = null;
  return expected;
}

const SECRET_FIELD_KEYS = SIMPLE_FIELDS.filter((f: FieldSpec) => f.kind === 'secret').map((f) => f.key);

describe('round trip properties', () => {
  it('an untouched form sends back the original exactly (but the password), for any connection', () => {
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
      Object.fromEntries(SIMPLE_FIELDS.map((field) => [field.key, field.kind === 'switch' ? fc.boolean() : serverText])),
      { noNullPrototype: true },
    );
    const optionRows = fc.uniqueArray(fc.record({ name: word.filter((n) => n !== ''), value: serverText }, { noNullPrototype: true }), {
      selector: (r) => r.name,
      maxLength: 5,
    });
    fc.assert(
      fc.property(
        wireArb,
        simpleValues,
        fc.record({ port: portText, driverId: serverText, customUrl: serverText, customDriverClass: serverText, sqlServerInstance: word }),
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

  it('editing one text field changes that field (and its documented mirrors) and nothing else', () => {
    const textFields = SIMPLE_FIELDS.filter((field) => field.kind !== 'switch');
    fc.assert(
      fc.property(wireArb, fc.constantFrom(...textFields), serverText, (wire, field, value) => {
        const form = toFormValues(wire, poolParameters);
        fc.pre(form[field.key] !== value);
        Object.assign(form, { [field.key]: value });
        const expected = expectedUntouchedPayload(wire);
        // Typed as any location, so a text field stored in attributes is predicted too once one exists.
        const location = field.wire as WireLocation;
        if ('key' in location) {
          expected[location.key] = value;
        } else if (value !== '' || Object.prototype.hasOwnProperty.call(wire.attributes ?? {}, location.attribute)) {
          expected.attributes = { ...(wire.attributes ?? {}), [location.attribute]: value };
        }
        expect(toPayload(form, wire)).toStrictEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('editing the port writes it to its three places and changes nothing else', () => {
    fc.assert(
      fc.property(wireArb, portText.filter((p) => p !== ''), (wire, port) => {
        const form = toFormValues(wire, poolParameters);
        fc.pre(form.port !== port);
        form.port = port;
        const expected = expectedUntouchedPayload(wire);
        Object.assign(expected, { databasePort: port, PORT_NUMBER: port, attributes: { ...(wire.attributes ?? {}), PORT_NUMBER: port } });
        expect(toPayload(form, wire)).toStrictEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('real-world bodies (issue 13)', () => {
  const untouched = (wire: WireConnection) => toPayload(toFormValues(wire, poolParameters), wire);
  const parsed = (name: string) => wireConnectionSchema.parse(realWorldBody(name).body);

  it.each(REAL_WORLD_BODIES.map((entry) => [entry.body.name, entry] as const))('%s opens and goes back exactly as it came', (_name, entry) => {
    const wire = wireConnectionSchema.parse(structuredClone(entry.body));
    expect(wire).toStrictEqual(entry.body);
    expect(untouched(wire)).toStrictEqual(expectedUntouchedPayload(wire));
  });

  it.each(REAL_WORLD_BODIES.filter((e) => e.edit.optionRow === undefined).map((e) => [e.body.name, e] as const))(
    '%s: a one-field edit sends the original with exactly that change',
    (_name, entry) => {
      const wire = wireConnectionSchema.parse(structuredClone(entry.body));
      const form = toFormValues(wire, poolParameters);
      const byLabel: Record<string, keyof ConnectionFormValues> = {
        'Host name': 'hostname',
        'User name': 'username',
        'Database name': 'databaseName',
        'Connect SQL': 'connectSql',
      };
      const key = byLabel[entry.edit.label];
      if (!key) throw new Error(`no form field for ${entry.edit.label}`);
      Object.assign(form, { [key]: entry.edit.value });
      expect(toPayload(form, wire)).toStrictEqual({ ...expectedUntouchedPayload(wire), ...entry.edit.changes });
    },
  );

  describe('1. databaseType null', () => {
    const bigquery = parsed('rw_bigquery_no_driver');

    it('opens as the type the server did not name, with every option under its whole key', () => {
      const form = toFormValues(bigquery, poolParameters);
      expect(form.databaseTypeShortName).toBe('');
      expect(form.options).toEqual([
        { name: 'GOOGLEBIGQUERY.OAuthType', value: '0' },
        { name: 'GOOGLEBIGQUERY.OAuthServiceAcctEmail', value: 'bi-reader@analytics-prod.iam.gserviceaccount.example' },
      ]);
      expect([form.hostname, form.port, form.databaseName, form.accessType]).toEqual(['www.googleapis.com', '443', 'analytics-prod', 'NATIVE']);
    });

    it('sends databaseType null back, whatever else is edited, options included', () => {
      const payload = edit(bigquery, (f) => {
        f.hostname = 'bigquery.googleapis.example';
        f.options[0] = { name: 'GOOGLEBIGQUERY.OAuthType', value: '1' };
      });
      expect(payload.databaseType).toBeNull();
      expect(payload.extraOptions).toStrictEqual({ ...bigquery.extraOptions, 'GOOGLEBIGQUERY.OAuthType': '1' });
      expect(payload.extraOptionsOrder).toStrictEqual(bigquery.extraOptionsOrder);
      expect(payload.attributes).toStrictEqual(bigquery.attributes);
    });

    it('sends the chosen type once the user picks one; options it names keep their keys', () => {
      const payload = edit(bigquery, (f) => {
        f.databaseTypeShortName = 'GOOGLEBIGQUERY';
      });
      expect(payload.databaseType).toStrictEqual(mustFind('GOOGLEBIGQUERY').wire);
      expect(payload.extraOptions).toStrictEqual(bigquery.extraOptions);
      expect(toFormValues(payload, []).options.map((o) => o.name)).toEqual(['OAuthType', 'OAuthServiceAcctEmail']);
    });

    it('a missing databaseType and one without a shortName read the same way, and stay as they came', () => {
      const missing = parsed('rw_script_no_type');
      const empty = wireConnectionSchema.parse({ ...missing, databaseType: { name: 'Azure SQL DB', shortName: '' } });
      for (const wire of [missing, empty]) {
        expect(toFormValues(wire, []).databaseTypeShortName).toBe('');
        expect(untouched(wire)).toStrictEqual(wire);
      }
      expect('databaseType' in edit(missing, (f) => (f.hostname = 'x'))).toBe(false);
    });
  });

  describe('2. thin and unusual bodies', () => {
    it('a type holding only its shortName is that type, and goes back bare', () => {
      const wire = parsed('rw_short_name_only');
      expect(toFormValues(wire, []).databaseTypeShortName).toBe('MYSQL');
      expect(edit(wire, (f) => (f.port = '3307')).databaseType).toStrictEqual({ shortName: 'MYSQL' });
    });

    it('keeps extra type keys and numbers as strings as they are', () => {
      const wire = parsed('rw_datafor_add_page');
      const payload = edit(wire, (f) => (f.username = 'analyst'));
      expect(payload.databaseType).toStrictEqual(wire.databaseType);
      expect([payload.initialPoolSize, payload.maximumPoolSize]).toEqual(['0', '20']);
    });

    it('shows NATIVE where the access type is missing, and sends it back missing', () => {
      const wire = parsed('rw_script_no_type');
      expect(toFormValues(wire, []).accessType).toBe('NATIVE');
      const payload = edit(wire, (f) => (f.databaseName = 'dw'));
      expect('accessType' in payload || 'accessTypeValue' in payload).toBe(false);
      expect(edit(wire, (f) => (f.accessType = 'JNDI'))).toMatchObject({ accessType: 'JNDI', accessTypeValue: 'JNDI' });
    });

    it('reads accessTypeValue when accessType is missing', () => {
      const wire = wireConnectionSchema.parse({ name: 'n', accessTypeValue: 'JNDI', databaseType: { shortName: 'POSTGRESQL' } });
      expect(toFormValues(wire, []).accessType).toBe('JNDI');
    });

    it('null stays null and absent stays absent next to an edit', () => {
      const wire = parsed('rw_script_no_type');
      const payload = edit(wire, (f) => (f.hostname = 'pg2.db.example'));
      expect(payload).toStrictEqual({ ...wire, hostname: 'pg2.db.example' });
      expect([payload.username, payload.dataTablespace]).toEqual([null, null]);
      for (const key of ['attributes', 'extraOptionsOrder', 'PORT_NUMBER', 'driverId']) expect(key in payload, key).toBe(false);
    });
  });

  describe('3. Kettle variables', () => {
    it('shows variables as they are and keeps them in every place they were', () => {
      const wire = parsed('rw_portable_variables');
      const form = toFormValues(wire, []);
      expect([form.hostname, form.port, form.databaseName, form.username]).toEqual(['${DB_HOST}', '${DB_PORT}', '${DB_NAME}', '${DB_USER}']);
      expect(form.options).toContainEqual({ name: 'ApplicationName', value: '${APP_NAME}' });
      expect(untouched(wire)).toStrictEqual(wire);
    });

    it('a Generic connection’s variable URL and driver class stay when something else changes', () => {
      const wire = parsed('rw_generic_variables');
      const payload = edit(wire, (f) => (f.username = 'reader'));
      expect([payload.attributes?.CUSTOM_URL, payload.CUSTOM_URL, payload.attributes?.CUSTOM_DRIVER_CLASS]).toEqual([
        '${CONNECTION_URL}',
        '${CONNECTION_URL}',
        '${DRIVER}',
      ]);
    });
  });

  describe('4. ports as Pentaho writes them', () => {
    it('"-1" and "0" show as they are and go back untouched unless edited', () => {
      for (const name of ['rw_oracle_rac', 'rw_platform_zero_port']) {
        const wire = parsed(name);
        const port = wire.databasePort;
        expect(toFormValues(wire, []).port).toBe(port);
        const payload = edit(wire, (f) => (f.username = 'someone'));
        expect([payload.databasePort, payload.attributes?.PORT_NUMBER, payload.PORT_NUMBER]).toEqual([port, port, port]);
      }
      const edited = edit(parsed('rw_platform_zero_port'), (f) => (f.port = '5433'));
      expect([edited.databasePort, edited.attributes?.PORT_NUMBER, edited.PORT_NUMBER]).toEqual(['5433', '5433', '5433']);
    });

    it('a port only in attributes.PORT_NUMBER shows, and stays only there', () => {
      const wire = parsed('rw_port_in_attributes');
      expect(toFormValues(wire, []).port).toBe('${MYSQL_PORT}');
      const payload = edit(wire, (f) => (f.hostname = 'h'));
      expect([payload.databasePort, payload.attributes?.PORT_NUMBER, 'PORT_NUMBER' in payload]).toEqual([null, '${MYSQL_PORT}', false]);
    });

    it('a cleared port empties the places that held one and leaves the others as they came', () => {
      const wire = parsed('rw_port_in_attributes');
      const payload = edit(wire, (f) => (f.port = ''));
      expect([payload.databasePort, payload.attributes?.PORT_NUMBER, 'PORT_NUMBER' in payload]).toEqual([null, '', false]);
      expect(toFormValues(payload, []).port).toBe('');
    });
  });

  describe('6. partitioned connections', () => {
    it('keeps the partition list exactly, empty entries included, whatever is edited', () => {
      const wire = parsed('rw_partitioned');
      const payload = edit(wire, (f) => {
        f.hostname = 'pg-c.db.example';
        f.port = '6432';
      });
      expect(payload.partitioningInformation).toStrictEqual(wire.partitioningInformation);
      expect(payload.partitioned).toBe(true);
    });
  });

  describe('7. everything else kept exactly', () => {
    const wire = parsed('rw_kept_exactly');

    it('unknown pool parameters with words for values are rows that go back as they are', () => {
      const form = toFormValues(wire, poolParameters);
      expect(row(form, 'softMinEvictableIdleTimeMillis')).toMatchObject({ enabled: true, value: 'one minute' });
      const payload = edit(wire, (f) => (row(f, 'maxActive').value = '60'));
      expect(payload.connectionPoolingProperties).toStrictEqual({ ...wire.connectionPoolingProperties, maxActive: '60' });
    });

    it('an option without a type prefix, an empty order and attribute mirrors stay when an option changes', () => {
      const payload = edit(wire, (f) => {
        f.options = f.options.map((o) => (o.name === 'useSSL' ? { ...o, value: 'true' } : o));
      });
      expect(payload.extraOptions).toStrictEqual({ 'MYSQL.useSSL': 'true', 'MYSQL.serverTimezone': 'UTC', characterEncoding: 'utf8' });
      expect(payload.extraOptionsOrder).toStrictEqual({});
      expect(payload.attributes).toStrictEqual(wire.attributes);
    });

    it('keeps list-only keys (isSystem, isUploadDataset) as they came', () => {
      const payload = edit(wire, (f) => (f.hostname = 'h'));
      expect(payload).toMatchObject({ isSystem: false, isUploadDataset: true });
    });

    it('options without extraOptionsOrder get none when a value changes, and a null value stays null', () => {
      const noOrder = parsed('rw_options_without_order');
      const payload = edit(noOrder, (f) => {
        f.options[1] = { name: 'TimeZone', value: 'Asia/Shanghai' };
      });
      expect(payload.extraOptions).toStrictEqual({ 'POSTGRESQL.ssl': 'true', 'POSTGRESQL.TimeZone': 'Asia/Shanghai', 'POSTGRESQL.loginTimeout': null });
      expect('extraOptionsOrder' in payload).toBe(false);
      // Moving rows is what only an order can say: then one is written.
      const moved = edit(noOrder, (f) => f.options.reverse());
      expect(moved.extraOptionsOrder).toStrictEqual({ '0': 'POSTGRESQL.loginTimeout', '1': 'POSTGRESQL.TimeZone', '2': 'POSTGRESQL.ssl' });
    });
  });
});
