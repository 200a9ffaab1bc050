import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDatabaseType } from './catalogue';
import { jdbcUrlOf } from './connection-url';
import { onDatabaseTypeChange, toFormValues, toPayload } from './convert';
import { diffConnections, type SettingChange } from './diff';
import { FIELDS, SIMPLE_FIELDS } from './fields';
import type { ConnectionFormValues } from './form';
import { POOL_PARAMETERS } from './pool';
import { wireConnectionSchema, type WireConnection } from './wire';
import { FOODMART2_DOCUMENTED_BODY as foodmart2Body } from './documented-example';
import { wireArb, word } from './__fixtures__/wire-arbitrary';
import { realWorldBody } from './__fixtures__/real-world';

const poolParameters = POOL_PARAMETERS.map(({ parameter, defaultValue, description }) => ({ parameter, defaultValue, description }));
const foodmart2: WireConnection = wireConnectionSchema.parse(foodmart2Body);

function review(change: (form: ConnectionFormValues) => void, original: WireConnection = foodmart2): SettingChange[] {
  const form = toFormValues(original, poolParameters);
  change(form);
  return diffConnections(original, toPayload(form, original));
}

const summary = (changes: SettingChange[]) => changes.map((c) => [c.key, c.before, c.after, c.kind]);

function setPool(form: ConnectionFormValues, name: string, enabled: boolean, value: string): void {
  const row = form.poolParameters.find((r) => r.name === name);
  if (!row) throw new Error(name);
  Object.assign(row, { enabled, value });
}

describe('diffConnections', () => {
  it('finds nothing when nothing was edited, for any connection', () => {
    expect(review(() => {})).toEqual([]);
    fc.assert(
      fc.property(wireArb, (wire) => {
        expect(diffConnections(wire, toPayload(toFormValues(wire, poolParameters), wire))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('lists exactly the one setting a user edited (and the URL when it changes), for any connection', () => {
    // Fields in the table's order; the URL right after the database type section.
    const keysInOrder = [...FIELDS.filter((f) => f.section === 'general' || f.section === 'databaseType').map((f) => f.key as string), 'jdbcUrl'];
    const order = (key: string) => (keysInOrder.includes(key) ? keysInOrder.indexOf(key) : keysInOrder.length);
    type Edit = [key: string, apply: (form: ConnectionFormValues, value: string) => void];
    const values = (form: ConnectionFormValues) => form as Record<string, unknown>;
    // Every simple field of the table: a switch is flipped, a text gets the suffix.
    const tableEdits: Edit[] = SIMPLE_FIELDS.map(({ key, kind }) => [
      key,
      (f, v) => (values(f)[key] = kind === 'switch' ? !values(f)[key] : v),
    ]);
    const edits: Edit[] = [
      ...tableEdits,
      ['port', (f, v) => (f.port = v)],
      ['driverId', (f, v) => (f.driverId = v)],
      ['customUrl', (f, v) => (f.customUrl = v)],
      ['customDriverClass', (f, v) => (f.customDriverClass = v)],
      ['sqlServerInstance', (f, v) => (f.sqlServerInstance = v)],
    ];
    // (A secret made only of * keeps the stored one: it is no edit.)
    const suffixes = word.filter((v) => v !== '' && !/^\*+$/.test(v));
    fc.assert(
      fc.property(wireArb, fc.constantFrom(...edits), suffixes, (wire, [key, apply], suffix) => {
        const form = toFormValues(wire, poolParameters);
        const current = String(form[key as keyof ConnectionFormValues]);
        apply(form, key === 'port' ? String((Number(current) % 60000) + 1) : `${current}${suffix}`);
        const payload = toPayload(form, wire);
        const keys = diffConnections(wire, payload).map((c) => c.key);
        // The URL the settings make is listed too, exactly when it changes.
        const urlChanged = jdbcUrlOf(wire) !== jdbcUrlOf(payload);
        expect(keys).toEqual(urlChanged ? [key, 'jdbcUrl'].sort((a, b) => order(a) - order(b)) : [key]);
      }),
      { numRuns: 400 },
    );
  });

  it('lists settings in the order the form shows them, labelled as the form labels them', () => {
    const changes = review((f) => {
      f.quoteAllFields = true;
      f.connectSql = 'set search_path to mart';
      setPool(f, 'maxActive', true, '100');
      f.usingConnectionPool = false;
      f.options = [{ name: 'TimeZone', value: 'UTC' }];
      f.driverId = 'pg-42';
      f.username = 'etl';
      f.databaseName = 'mart';
      f.port = '6432';
      f.hostname = 'pg.internal';
    });
    expect(changes.map((c) => c.key)).toEqual([
      'hostname',
      'port',
      'databaseName',
      'username',
      'driverId',
      'jdbcUrl',
      'option:TimeZone',
      'usingConnectionPool',
      'pool:maxActive',
      'connectSql',
      'quoteAllFields',
    ]);
    const fieldChanges = changes.filter((c) => !c.key.includes(':') && c.key !== 'jdbcUrl');
    const labels = new Map(FIELDS.map((field) => [field.key as string, field.label]));
    expect(fieldChanges.map((c) => c.label)).toEqual(fieldChanges.map((c) => labels.get(c.key)));
  });

  it('lists each edited General setting once, the port once despite its three places', () => {
    const changes = review((f) => {
      f.hostname = 'pg.internal';
      f.port = '6432';
      f.name = 'foodmart3';
    });
    expect(summary(changes)).toEqual([
      ['name', 'foodmart2', 'foodmart3', 'changed'],
      ['hostname', '127.0.0.1', 'pg.internal', 'changed'],
      ['port', '25432', '6432', 'changed'],
      [
        'jdbcUrl',
        'jdbc:postgresql://127.0.0.1:25432/foodmart?TimeZone=Asia/Shanghai',
        'jdbc:postgresql://pg.internal:6432/foodmart?TimeZone=Asia/Shanghai',
        'changed',
      ],
    ]);
    expect(changes.map((c) => c.label.en)).toEqual(['Connection name', 'Host name', 'Port number', 'JDBC URL']);
    expect(changes.map((c) => c.label.zh)).toEqual(['连接名称', '主机名', '端口号', 'JDBC URL']);
  });

  it('shows a new password only as "will be replaced", never its value', () => {
    const changes = review((f) => {
      f.password = 'Sup3r-secret';
    });
    expect(summary(changes)).toEqual([['password', '', '', 'changed']]);
    expect(changes[0]?.display).toEqual({ before: { en: 'unchanged', zh: '不变' }, after: { en: 'will be replaced', zh: '将被替换' } });
    expect(JSON.stringify(changes)).not.toContain('Sup3r-secret');
    expect(diffConnections(foodmart2, { ...foodmart2, password: '****' })).toEqual([]);
    expect(diffConnections(foodmart2, { ...foodmart2, password: '' })).toEqual([]);
  });

  it('lists options row by row: changed, added, removed, and a new order', () => {
    const base = wireConnectionSchema.parse({
      ...foodmart2Body,
      extraOptions: { 'POSTGRESQL.a': '1', 'POSTGRESQL.b': '2', 'POSTGRESQL.c': '3' },
      extraOptionsOrder: { '0': 'POSTGRESQL.a', '1': 'POSTGRESQL.b', '2': 'POSTGRESQL.c' },
    });
    const changes = review((f) => {
      f.options = [
        { name: 'c', value: '3' },
        { name: 'a', value: '10' },
        { name: 'd', value: '4' },
      ];
    }, base);
    // In the form's order (c, a, d), then what was removed.
    expect(summary(changes)).toEqual([
      ['jdbcUrl', 'jdbc:postgresql://127.0.0.1:25432/foodmart?a=1&b=2&c=3', 'jdbc:postgresql://127.0.0.1:25432/foodmart?c=3&a=10&d=4', 'changed'],
      ['option:a', '1', '10', 'changed'],
      ['option:d', '', '4', 'added'],
      ['option:b', '2', '', 'removed'],
      ['optionOrder', 'a, c', 'c, a', 'changed'],
    ]);
    expect(changes[1]?.label).toEqual({ en: 'Option “a”', zh: '选项“a”' });
  });

  it('lists pool parameters row by row and the pool switch in words', () => {
    const changes = review((f) => {
      f.usingConnectionPool = false;
      setPool(f, 'maxActive', true, '100');
      setPool(f, 'minIdle', false, '5');
      setPool(f, 'maxWait', true, '3000');
    });
    expect(summary(changes)).toEqual([
      ['usingConnectionPool', 'true', 'false', 'changed'],
      ['pool:maxActive', '200', '100', 'changed'],
      ['pool:minIdle', '5', '', 'removed'],
      ['pool:maxWait', '', '3000', 'added'],
    ]);
    expect(changes[0]?.display).toEqual({ before: { en: 'on', zh: '开' }, after: { en: 'off', zh: '关' } });
    expect(changes[1]?.label.en).toBe('Pool parameter “maxActive”');
  });

  it('lists pool parameters in the order the form shows them, an added one before a changed one below it (issue 14.8)', () => {
    const changes = review((f) => {
      setPool(f, 'maxActive', true, '100');
      setPool(f, 'defaultAutoCommit', true, 'false');
    });
    expect(summary(changes).map(([key]) => key)).toEqual(['pool:defaultAutoCommit', 'pool:maxActive']);
  });

  it('a type change lists each option once, as it moves to the new type or is removed, and the new URL', () => {
    const pg = findDatabaseType('POSTGRESQL');
    const gp = findDatabaseType('GREENPLUM');
    const mysql = findDatabaseType('MYSQL');
    if (!pg || !gp || !mysql) throw new Error('catalogue');
    const withOther = wireConnectionSchema.parse({
      ...foodmart2Body,
      extraOptions: { ...foodmart2Body.extraOptions, 'MYSQL.useSSL': 'true' },
    });
    expect(summary(review((f) => Object.assign(f, onDatabaseTypeChange(f, gp, pg, 'keep')), withOther))).toEqual([
      ['databaseTypeShortName', 'PostgreSQL', 'Greenplum', 'changed'],
      ['option:TimeZone', 'POSTGRESQL.TimeZone=Asia/Shanghai', 'GREENPLUM.TimeZone=Asia/Shanghai', 'changed'],
    ]);
    expect(summary(review((f) => Object.assign(f, onDatabaseTypeChange(f, gp, pg, 'remove')), withOther))).toEqual([
      ['databaseTypeShortName', 'PostgreSQL', 'Greenplum', 'changed'],
      ['jdbcUrl', 'jdbc:postgresql://127.0.0.1:25432/foodmart?TimeZone=Asia/Shanghai', 'jdbc:postgresql://127.0.0.1:25432/foodmart', 'changed'],
      ['option:TimeZone', 'POSTGRESQL.TimeZone=Asia/Shanghai', '', 'removed'],
    ]);
    // To MySQL, keeping: the stored MySQL option becomes a row too and is listed with it.
    expect(summary(review((f) => Object.assign(f, onDatabaseTypeChange(f, mysql, pg, 'keep')), withOther))).toEqual([
      ['databaseTypeShortName', 'PostgreSQL', 'MySQL', 'changed'],
      ['driverId', 'postgresql', 'mysql8', 'changed'],
      [
        'jdbcUrl',
        'jdbc:postgresql://127.0.0.1:25432/foodmart?TimeZone=Asia/Shanghai',
        'jdbc:mysql://127.0.0.1:25432/foodmart?TimeZone=Asia/Shanghai&useSSL=true',
        'changed',
      ],
      ['option:TimeZone', 'POSTGRESQL.TimeZone=Asia/Shanghai', 'MYSQL.TimeZone=Asia/Shanghai', 'changed'],
    ]);
  });

  it('labels the database name "JNDI name" under JNDI and lists the access type', () => {
    const changes = review((f) => {
      f.accessType = 'JNDI';
      f.databaseName = 'jdbc/foodmart';
    });
    expect(changes.map((c) => [c.key, c.label.en])).toEqual([
      ['databaseName', 'JNDI name'],
      ['accessType', 'Access type'],
      // A JNDI connection has no URL of its own.
      ['jdbcUrl', 'JDBC URL'],
    ]);
    expect(changes[2]?.after).toBe('');
  });

  it('treats null and "" as the same, and a mirror as its attribute', () => {
    const server = { ...foodmart2, connectSql: null, dataTablespace: null, driverId: null, attributes: { ...foodmart2.attributes } };
    expect(diffConnections(foodmart2, server)).toEqual([]);
  });

  it('shows what someone else changed on the server, including fields this editor does not know', () => {
    const theirs = wireConnectionSchema.parse({
      ...foodmart2Body,
      username: 'etl',
      attributes: { ...foodmart2Body.attributes, PREFERRED_SCHEMA_NAME: 'sales' },
      extraOptions: { ...foodmart2Body.extraOptions, 'MYSQL.useSSL': 'true' },
      forcingIdentifiersToUpperCase: true,
      futureField: { x: 1 },
      changed: true,
    });
    expect(summary(diffConnections(foodmart2, theirs))).toEqual([
      ['username', 'postgres', 'etl', 'changed'],
      ['otherOption:MYSQL.useSSL', '', 'true', 'added'],
      ['forcingIdentifiersToUpperCase', 'false', 'true', 'changed'],
      ['attribute:PREFERRED_SCHEMA_NAME', '', 'sales', 'added'],
      ['field:futureField', '', '{"x":1}', 'added'],
    ]);
  });

  it('reviews "Use integrated security" with its label, on/off, right after the password', () => {
    const mssql = wireConnectionSchema.parse({
      name: 'sales_mssql',
      accessType: 'NATIVE',
      databaseType: { name: 'MS SQL Server (Native)', shortName: 'MSSQLNative', defaultDatabasePort: 1433 },
      hostname: 'db.example',
      databasePort: '1433',
      username: 'sa',
      attributes: { PORT_NUMBER: '1433' },
    });
    const changes = review((f) => {
      (f as Record<string, unknown>).useIntegratedSecurity = true;
      f.username = 'DOMAIN\\report';
    }, mssql);
    expect(summary(changes)).toEqual([
      ['username', 'sa', 'DOMAIN\\report', 'changed'],
      ['useIntegratedSecurity', 'false', 'true', 'changed'],
      [
        'jdbcUrl',
        'jdbc:sqlserver://db.example:1433;databaseName=;integratedSecurity=false',
        'jdbc:sqlserver://db.example:1433;databaseName=;integratedSecurity=true',
        'changed',
      ],
    ]);
    expect(changes[1]?.label).toEqual({ en: 'Use integrated security', zh: '使用集成安全性' });
    expect(changes[1]?.display).toEqual({ before: { en: 'off', zh: '关' }, after: { en: 'on', zh: '开' } });
    // Someone else switching it on shows as the same setting, not as a raw attribute.
    const theirs = { ...mssql, attributes: { PORT_NUMBER: '1433', MSSQLUseIntegratedSecurity: 'true' } };
    expect(summary(diffConnections(mssql, theirs)).slice(0, 1)).toEqual([['useIntegratedSecurity', 'false', 'true', 'changed']]);
  });

  it('shows a typed secret attribute only as "will be replaced", never its value; empty or only * is no change', () => {
    const redshift = wireConnectionSchema.parse({
      name: 'redshift_iam',
      accessType: 'NATIVE',
      databaseType: { name: 'Redshift', shortName: 'REDSHIFT', defaultDatabasePort: 5439 },
      hostname: 'cluster.example',
      databasePort: '5439',
      PORT_NUMBER: '5439',
      databaseName: 'dev',
      attributes: { PORT_NUMBER: '5439', jdbcAuthMethod: 'IAM Credentials' },
    });
    const changes = review((f) => Object.assign(f, { iamSecretAccessKey: 'wJalr-SECRET', iamSessionToken: 'Fwo-TOKEN' }), redshift);
    expect(summary(changes)).toEqual([
      ['iamSecretAccessKey', '', '', 'changed'],
      ['iamSessionToken', '', '', 'changed'],
    ]);
    expect(changes.map((c) => c.label.en)).toEqual(['Secret access key', 'Session token']);
    expect(changes[0]?.display).toEqual({ before: { en: 'unchanged', zh: '不变' }, after: { en: 'will be replaced', zh: '将被替换' } });
    expect(JSON.stringify(changes)).not.toMatch(/SECRET|TOKEN/);
    for (const kept of ['', '***', null]) {
      expect(diffConnections(redshift, { ...redshift, attributes: { ...redshift.attributes, iamSecretAccessKey: kept } })).toEqual([]);
    }
  });

  it('lists the SQL Server instance as its field, not as an option', () => {
    const jtds = wireConnectionSchema.parse({
      name: 'j',
      accessType: 'NATIVE',
      databaseType: { name: 'MS SQL Server', shortName: 'MSSQL' },
      hostname: 'db.example',
      databasePort: '1433',
      PORT_NUMBER: '1433',
      databaseName: 'sales',
      attributes: { PORT_NUMBER: '1433' },
    });
    const changes = review((f) => (f.sqlServerInstance = 'SQLEXPRESS'), jtds);
    expect(summary(changes)).toEqual([
      ['jdbcUrl', 'jdbc:jtds:sqlserver://db.example:1433/sales', 'jdbc:jtds:sqlserver://db.example:1433/sales;instance=SQLEXPRESS', 'changed'],
      ['sqlServerInstance', '', 'SQLEXPRESS', 'changed'],
    ]);
  });
});

describe('real-world bodies in the review (issue 13)', () => {
  const parsed = (name: string) => wireConnectionSchema.parse(realWorldBody(name).body);

  it('lists exactly the one edited setting of each real-world body', () => {
    for (const name of ['rw_bigquery_no_driver', 'rw_script_no_type', 'rw_partitioned', 'rw_kept_exactly', 'rw_oracle_rac']) {
      expect(summary(review((f) => (f.connectSql = 'select 1'), parsed(name))), name).toEqual([['connectSql', '', 'select 1', 'changed']]);
    }
  });

  it('a type picked for a connection whose server named none reads “not available” before', () => {
    const changes = review((f) => (f.databaseTypeShortName = 'GOOGLEBIGQUERY'), parsed('rw_bigquery_no_driver'));
    expect(changes[0]).toMatchObject({ key: 'databaseTypeShortName', before: '', after: 'Google BigQuery' });
    expect(changes[0]?.display?.before).toEqual({ en: 'not available on this server', zh: '此服务器上不可用' });
  });

  it('reviews an option of an unnamed type by its whole key', () => {
    const changes = review((f) => (f.options[0] = { name: 'GOOGLEBIGQUERY.OAuthType', value: '1' }), parsed('rw_bigquery_no_driver'));
    expect(summary(changes)).toEqual([['option:GOOGLEBIGQUERY.OAuthType', '0', '1', 'changed']]);
  });
});
