import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFormValues } from './convert';
import type { ConnectionFormValues } from './form';
import { buildConnectionFormSchema, connectionFormSchemaFor, serverValueWarnings } from './form-schema';
import { REAL_WORLD_BODIES, realWorldBody } from './__fixtures__/real-world';
import { wireArb } from './__fixtures__/wire-arbitrary';
import { POOL_PARAMETERS } from './pool';
import { validationMessageText } from './validation-messages';
import { wireConnectionSchema, type ServerDatabaseType, type WireConnection } from './wire';
import { FOODMART2_DOCUMENTED_BODY as foodmart2Body } from './documented-example';

const poolParameters = POOL_PARAMETERS.map(({ parameter, defaultValue, description }) => ({ parameter, defaultValue, description }));
const foodmart2 = wireConnectionSchema.parse(foodmart2Body);
const pgType = foodmart2.databaseType;

function valid(): ConnectionFormValues {
  return toFormValues(foodmart2, poolParameters);
}

/** path → message key, for every issue. */
function issues(values: ConnectionFormValues, serverType: ServerDatabaseType = pgType): Record<string, string> {
  const result = buildConnectionFormSchema(serverType).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

function withRow(values: ConnectionFormValues, name: string, enabled: boolean, value: string): ConnectionFormValues {
  return {
    ...values,
    poolParameters: values.poolParameters.map((r) => (r.name === name ? { ...r, enabled, value } : r)),
  };
}

const poolIndex = (name: string) => POOL_PARAMETERS.findIndex((p) => p.parameter === name);

describe('buildConnectionFormSchema', () => {
  it('accepts the example connection untouched', () => {
    expect(issues(valid())).toEqual({});
  });

  it('returns the values unchanged when valid', () => {
    const result = buildConnectionFormSchema(pgType).parse(valid());
    expect(result).toStrictEqual(valid());
  });

  describe('connection name (../shared/api/CONTRACT.md rules)', () => {
    it.each([
      ['', 'name.required'],
      [' foodmart', 'name.surroundingSpaces'],
      ['foodmart ', 'name.surroundingSpaces'],
      ['a/b', 'name.forbiddenCharacter|{"character":"/"}'],
      ['a\\b', 'name.forbiddenCharacter|{"character":"\\\\"}'],
      ['a\tb', 'name.lineBreakOrTab'],
      ['a\nb', 'name.lineBreakOrTab'],
      ['a\rb', 'name.lineBreakOrTab'],
      ['a\u0007b', 'name.controlCharacter'],
      ['a\u007fb', 'name.controlCharacter'],
    ])('%j → %s', (name, key) => {
      expect(issues({ ...valid(), name })).toEqual({ name: key });
    });

    it('accepts Chinese, emoji, spaces inside and punctuation', () => {
      expect(issues({ ...valid(), name: '销售 库 (prod) – 🚀 <b>"x"&amp;' })).toEqual({});
    });
  });

  describe('host, database, port by type and access type', () => {
    it('requires host, database and port for a native PostgreSQL connection', () => {
      expect(issues({ ...valid(), hostname: ' ', databaseName: '', port: '' })).toEqual({
        hostname: 'hostname.required',
        databaseName: 'databaseName.required',
        port: 'port.required',
      });
    });

    it.each([
      ['0', 'port.outOfRange'],
      ['65536', 'port.outOfRange'],
      ['-1', 'port.notInteger'],
      ['54 32', 'port.notInteger'],
      ['5432.0', 'port.notInteger'],
      ['abc', 'port.notInteger'],
      [' 5432', 'port.notInteger'],
    ])('rejects port %j', (port, key) => {
      expect(issues({ ...valid(), port })).toEqual({ port: key });
    });

    it.each(['1', '65535', '5432'])('accepts port %j', (port) => {
      expect(issues({ ...valid(), port })).toEqual({});
    });

    it('asks for a JNDI name, and nothing else, under JNDI', () => {
      expect(issues({ ...valid(), accessType: 'JNDI', hostname: '', port: '', databaseName: '' })).toEqual({
        databaseName: 'jndiName.required',
      });
    });

    it('Oracle: host and port may both be empty (TNS), but a port needs a host', () => {
      const oracle = { ...valid(), databaseTypeShortName: 'ORACLE' };
      expect(issues({ ...oracle, hostname: '', port: '', databaseName: '(DESCRIPTION=…)' })).toEqual({});
      expect(issues({ ...oracle, hostname: '', port: '1521', databaseName: 'ORCL' })).toEqual({ hostname: 'hostname.requiredWithPort' });
      expect(issues({ ...oracle, port: 'x' })).toEqual({ port: 'port.notInteger' });
    });

    it('Generic: custom URL and driver class instead of host, port and database', () => {
      const generic = { ...valid(), databaseTypeShortName: 'GENERIC', hostname: '', port: '', databaseName: '' };
      expect(issues({ ...generic, customUrl: '', customDriverClass: '' })).toEqual({
        customUrl: 'customUrl.required',
        customDriverClass: 'customDriverClass.required',
      });
      expect(issues({ ...generic, customUrl: 'postgresql://h/db', customDriverClass: 'org..Driver' })).toEqual({
        customUrl: 'customUrl.notJdbc',
        customDriverClass: 'customDriverClass.notClassName',
      });
      expect(issues({ ...generic, customUrl: 'jdbc:sqlite:/tmp/a.db', customDriverClass: 'org.sqlite.JDBC' })).toEqual({});
      expect(issues({ ...generic, customUrl: 'jdbc:x', customDriverClass: '1org.Driver' })).toEqual({
        customDriverClass: 'customDriverClass.notClassName',
      });
      expect(issues({ ...generic, customUrl: 'jdbc:x', customDriverClass: '$Proxy_1.Driver' })).toEqual({});
    });

    it('an unknown server type only needs a well-formed port', () => {
      const futureType = { name: 'FutureDB', shortName: 'FUTUREDB', defaultDatabasePort: 9999 };
      const form = { ...valid(), databaseTypeShortName: 'FUTUREDB', hostname: '', databaseName: '', port: '' };
      expect(issues(form, futureType)).toEqual({});
      expect(issues({ ...form, port: '99999' }, futureType)).toEqual({ port: 'port.outOfRange' });
    });
  });

  describe('options', () => {
    it('flags a value without a name, and exact duplicate names on the later rows', () => {
      const values = {
        ...valid(),
        options: [
          { name: 'ssl', value: 'true' },
          { name: '', value: 'orphan' },
          { name: '', value: '' },
          { name: 'SSL', value: 'false' },
          { name: 'ssl', value: 'false' },
        ],
      };
      expect(issues(values)).toEqual({
        'options.1.name': 'option.nameRequired',
        'options.4.name': 'option.duplicateName|{"name":"ssl"}',
      });
    });

    it('flags spaces around an option name', () => {
      expect(issues({ ...valid(), options: [{ name: 'ssl ', value: 'true' }] })).toEqual({ 'options.0.name': 'option.surroundingSpaces' });
    });
  });

  describe('pool parameters', () => {
    it('needs a value of the right kind for each switched-on parameter', () => {
      let values = valid();
      values = withRow(values, 'maxWait', true, '');
      values = withRow(values, 'testOnBorrow', true, 'yes');
      values = withRow(values, 'defaultTransactionIsolation', true, 'DIRTY');
      values = withRow(values, 'removeAbandonedTimeout', true, '1.5');
      values = withRow(values, 'validationQuery', true, '');
      expect(issues(values)).toEqual({
        [`poolParameters.${poolIndex('maxWait')}.value`]: 'pool.valueRequired|{"name":"maxWait"}',
        [`poolParameters.${poolIndex('testOnBorrow')}.value`]: 'pool.notBoolean|{"name":"testOnBorrow"}',
        [`poolParameters.${poolIndex('defaultTransactionIsolation')}.value`]: 'pool.notIsolation|{"name":"defaultTransactionIsolation"}',
        [`poolParameters.${poolIndex('removeAbandonedTimeout')}.value`]: 'pool.notInteger|{"name":"removeAbandonedTimeout"}',
        [`poolParameters.${poolIndex('validationQuery')}.value`]: 'pool.valueRequired|{"name":"validationQuery"}',
      });
    });

    it('accepts good values of every kind', () => {
      let values = valid();
      values = withRow(values, 'maxWait', true, '-1');
      values = withRow(values, 'testOnBorrow', true, 'TRUE');
      values = withRow(values, 'defaultTransactionIsolation', true, 'READ_COMMITTED');
      values = withRow(values, 'validationQuery', true, 'select 1');
      expect(issues(values)).toEqual({});
    });

    it('ignores switched-off rows, and every row while the pool is off', () => {
      expect(issues(withRow(valid(), 'maxWait', false, 'nonsense'))).toEqual({});
      expect(issues({ ...withRow(valid(), 'maxWait', true, 'nonsense'), usingConnectionPool: false })).toEqual({});
    });

    it('checks minIdle ≤ maxIdle ≤ maxActive and initialSize ≤ maxActive', () => {
      let values = withRow(valid(), 'maxActive', true, '10');
      values = withRow(values, 'maxIdle', true, '20');
      values = withRow(values, 'initialSize', true, '11');
      values = withRow(values, 'minIdle', true, '21');
      expect(issues(values)).toEqual({
        [`poolParameters.${poolIndex('minIdle')}.value`]: 'pool.exceedsLimit|{"name":"minIdle","other":"maxIdle","limit":"20"}',
        [`poolParameters.${poolIndex('maxIdle')}.value`]: 'pool.exceedsLimit|{"name":"maxIdle","other":"maxActive","limit":"10"}',
        [`poolParameters.${poolIndex('initialSize')}.value`]: 'pool.exceedsLimit|{"name":"initialSize","other":"maxActive","limit":"10"}',
      });
    });

    it('treats non-positive limits as no limit, and switched-off ones as absent', () => {
      let values = withRow(valid(), 'maxActive', true, '-1');
      values = withRow(values, 'maxIdle', true, '0');
      values = withRow(values, 'minIdle', true, '50');
      expect(issues(values)).toEqual({});
      expect(issues(withRow(withRow(valid(), 'maxActive', false, '1'), 'maxIdle', true, '500'))).toEqual({});
    });

    it('checks minIdle against maxActive when maxIdle is off', () => {
      const values = withRow(withRow(withRow(valid(), 'maxIdle', false, ''), 'maxActive', true, '4'), 'initialSize', true, '1');
      expect(issues(values)).toEqual({
        [`poolParameters.${poolIndex('minIdle')}.value`]: 'pool.exceedsLimit|{"name":"minIdle","other":"maxActive","limit":"4"}',
      });
    });
  });

  it('refuses a password of only asterisks, which the server would ignore', () => {
    expect(issues({ ...valid(), password: '***' })).toEqual({ password: 'password.onlyAsterisks' });
    expect(issues({ ...valid(), password: '*a*' })).toEqual({});
  });

  it('never blocks a save over a field the chosen access type hides, which could not show its message', () => {
    // Typed under native access, then JNDI chosen: host, port and password are off screen.
    const hidden = { ...valid(), accessType: 'JNDI' as const, hostname: '', port: '70000', password: '***' };
    expect(issues(hidden)).toEqual({});
    expect(issues({ ...hidden, accessType: 'NATIVE' })).toEqual({
      hostname: 'hostname.required',
      port: 'port.outOfRange',
      password: 'password.onlyAsterisks',
    });
  });

  it('keeps pool integers within what DBCP can read (int, or long for times)', () => {
    expect(issues(withRow(valid(), 'maxActive', true, '2147483648'))).toEqual({
      [`poolParameters.${poolIndex('maxActive')}.value`]: 'pool.outOfRange|{"name":"maxActive","min":"-2147483648","max":"2147483647"}',
    });
    expect(issues(withRow(valid(), 'maxWait', true, '2147483648'))).toEqual({});
    expect(issues(withRow(valid(), 'maxWait', true, '99999999999999999999'))).toEqual({
      [`poolParameters.${poolIndex('maxWait')}.value`]: 'pool.outOfRange|{"name":"maxWait","min":"-9007199254740991","max":"9007199254740991"}',
    });
  });

  it('refuses forcing identifiers to lower and upper case at once', () => {
    expect(issues({ ...valid(), forcingIdentifiersToLowerCase: true, forcingIdentifiersToUpperCase: true })).toEqual({
      forcingIdentifiersToUpperCase: 'advanced.lowerAndUpperCase',
    });
  });

  it('every message it produces has text in both languages', () => {
    let values: ConnectionFormValues = { ...valid(), name: 'a/b', port: 'x', hostname: '', forcingIdentifiersToLowerCase: true, forcingIdentifiersToUpperCase: true };
    values = withRow(values, 'minIdle', true, '999');
    values = { ...values, options: [{ name: '', value: 'v' }, { name: 'a', value: '' }, { name: 'a', value: '' }] };
    const messages = Object.values(issues(values));
    expect(messages.length).toBeGreaterThan(5);
    for (const message of messages) {
      const en = validationMessageText(message, 'en');
      const zh = validationMessageText(message, 'zh-CN');
      expect(en).not.toBe(message);
      expect(zh).not.toBe(message);
      expect(en).not.toMatch(/\{\w+\}/);
      expect(zh).not.toMatch(/\{\w+\}/);
    }
  });
});

// ---------------------------------------------------------------------------------------
// Issue 13: a value the server sent that the user did not touch never blocks a save.
// ---------------------------------------------------------------------------------------

/** Issues that block a save of `values`, for the connection as loaded (`original`). */
function blocking(original: WireConnection, values: ConnectionFormValues): Record<string, string> {
  const result = connectionFormSchemaFor(original).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

const loaded = (name: string) => wireConnectionSchema.parse(realWorldBody(name).body);
const rowAt = (values: ConnectionFormValues, name: string) => values.poolParameters.findIndex((r) => r.name === name);

describe('server values (issue 13)', () => {
  it('no connection, however odd, is blocked from saving while nothing was touched', () => {
    fc.assert(
      fc.property(wireArb, (wire) => {
        expect(blocking(wire, toFormValues(wire, poolParameters))).toEqual({});
      }),
      { numRuns: 300 },
    );
  });

  it.each(REAL_WORLD_BODIES.map((entry) => [entry.body.name, entry] as const))('%s saves after a one-field edit', (_name, entry) => {
    const wire = wireConnectionSchema.parse(entry.body);
    expect(blocking(wire, { ...toFormValues(wire, poolParameters), connectSql: 'select 1' })).toEqual({});
  });

  it('an untouched "-1" or "0" port does not block; the same typed by the user does', () => {
    const zero = loaded('rw_platform_zero_port');
    expect(blocking(zero, { ...toFormValues(zero, []), hostname: 'h' })).toEqual({});
    expect(blocking(foodmart2, { ...valid(), port: '0' })).toEqual({ port: 'port.outOfRange' });
    expect(blocking(foodmart2, { ...valid(), port: '-1' })).toEqual({ port: 'port.notInteger' });
    // Edited away and back: it is the server's value again.
    expect(blocking(zero, { ...toFormValues(zero, []), port: '0' })).toEqual({});
  });

  it('validates what the user changes, even on a connection with server values that break rules', () => {
    const zero = loaded('rw_platform_zero_port');
    expect(blocking(zero, { ...toFormValues(zero, []), port: '70000' })).toEqual({ port: 'port.outOfRange' });
    expect(blocking(zero, { ...toFormValues(zero, []), name: 'a/b' })).toEqual({ name: 'name.forbiddenCharacter|{"character":"/"}' });
  });

  it('a value made wrong by the user’s change elsewhere blocks: it was fine as loaded', () => {
    const jndi = wireConnectionSchema.parse({ ...foodmart2Body, accessType: 'JNDI', hostname: '', databasePort: '', attributes: {}, PORT_NUMBER: null });
    const values = { ...toFormValues(jndi, []), accessType: 'NATIVE' as const };
    expect(blocking(jndi, values)).toEqual({ hostname: 'hostname.required', port: 'port.required' });
  });

  it('pool values from the server (words, variables) and limits they break do not block until edited', () => {
    const kept = loaded('rw_kept_exactly');
    const values = toFormValues(kept, poolParameters);
    expect(blocking(kept, values)).toEqual({});
    const maxIdle = rowAt(values, 'maxIdle');
    const edited = { ...values, poolParameters: values.poolParameters.map((r, i) => (i === maxIdle ? { ...r, value: '${OTHER}' } : r)) };
    expect(blocking(kept, edited)).toEqual({ [`poolParameters.${maxIdle}.value`]: 'pool.notInteger|{"name":"maxIdle"}' });
  });

  it('an option row as the server stored it (no name) does not block; once edited it does', () => {
    const wire = wireConnectionSchema.parse({ ...foodmart2Body, extraOptions: { 'POSTGRESQL.': 'orphan', 'POSTGRESQL.ssl': 'true' } });
    const values = toFormValues(wire, []);
    expect(values.options).toEqual([{ name: '', value: 'orphan' }, { name: 'ssl', value: 'true' }]);
    expect(blocking(wire, values)).toEqual({});
    // Rows move: the row is judged by what it holds, not where it is.
    expect(blocking(wire, { ...values, options: [...values.options].reverse() })).toEqual({});
    expect(blocking(wire, { ...values, options: [{ name: '', value: 'orphan2' }, values.options[1] ?? { name: '', value: '' }] })).toEqual({
      'options.0.name': 'option.nameRequired',
    });
  });

  it('accepts Kettle variables in the custom URL and driver class (and everywhere else Pentaho does)', () => {
    const generic = loaded('rw_generic_variables');
    const values = toFormValues(generic, []);
    expect(issues({ ...values, customUrl: '${OTHER_URL}', customDriverClass: 'org.${VENDOR}.Driver' }, generic.databaseType)).toEqual({});
    expect(issues({ ...valid(), hostname: '${DB_HOST}', port: '${DB_PORT}', databaseName: '${DB}', username: '${U}' })).toEqual({});
  });

  it('a type the server did not name asks for no host, port or database', () => {
    const bigquery = loaded('rw_bigquery_no_driver');
    const values = { ...toFormValues(bigquery, []), hostname: '', port: '', databaseName: '' };
    expect(blocking(bigquery, values)).toEqual({});
  });
});

describe('serverValueWarnings', () => {
  const current = (values: ConnectionFormValues) => ({ databaseTypeShortName: values.databaseTypeShortName, accessType: values.accessType });

  it('warns at a field whose server value breaks a rule, only while it is untouched', () => {
    const wire = wireConnectionSchema.parse({ ...foodmart2Body, databasePort: 'abc', attributes: { PORT_NUMBER: 'abc' } });
    const values = toFormValues(wire, []);
    const warnings = serverValueWarnings(values, wire.databaseType, current(values));
    expect(warnings.field('port', 'abc')).toEqual({ key: 'port.notInteger', vars: undefined });
    expect(warnings.field('port', 'abd')).toBeUndefined();
    expect(warnings.field('hostname', values.hostname)).toBeUndefined();
  });

  it('warns at pool rows and option rows by their name, wherever they stand', () => {
    const kept = loaded('rw_kept_exactly');
    const values = toFormValues(kept, []);
    const warnings = serverValueWarnings(values, kept.databaseType, current(values));
    const maxIdle = values.poolParameters.find((r) => r.name === 'maxIdle');
    expect(maxIdle && warnings.pool(maxIdle)).toEqual({ key: 'pool.notInteger', vars: { name: 'maxIdle' } });
    expect(maxIdle && warnings.pool({ ...maxIdle, enabled: false })).toBeUndefined();
    const orphan = wireConnectionSchema.parse({ ...foodmart2Body, extraOptions: { 'POSTGRESQL.': 'x' } });
    const orphanValues = toFormValues(orphan, []);
    const optionWarnings = serverValueWarnings(orphanValues, orphan.databaseType, current(orphanValues));
    expect(optionWarnings.option({ name: '', value: 'x' }, 'name')).toEqual({ key: 'option.nameRequired', vars: undefined });
    expect(optionWarnings.option({ name: '', value: 'y' }, 'name')).toBeUndefined();
  });

  it('follows the chosen type: a rule the new type does not have warns no more', () => {
    const wire = wireConnectionSchema.parse({ ...foodmart2Body, databasePort: '', attributes: {}, PORT_NUMBER: null });
    const values = toFormValues(wire, []);
    expect(serverValueWarnings(values, wire.databaseType, current(values)).field('port', '')).toEqual({ key: 'port.required', vars: undefined });
    expect(serverValueWarnings(values, wire.databaseType, { ...current(values), accessType: 'JNDI' }).field('port', '')).toBeUndefined();
  });
});
