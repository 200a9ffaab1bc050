import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DATABASE_TYPES, findDatabaseType } from './catalogue';
import { toFormValues, toPayload } from './convert';
import { diffConnections } from './diff';
import { FOODMART2_DOCUMENTED_BODY } from './documented-example';
import { buildConnectionFormSchema } from './form-schema';
import { clashingName, copyName, duplicateConnection, newConnection, NOTHING_STORED } from './new-connection';
import { POOL_PARAMETERS } from './pool';
import { MAX_CONNECTION_NAME_LENGTH } from './rules';
import type { PoolParameterInfo, WireConnection } from './wire';

const POOL: PoolParameterInfo[] = POOL_PARAMETERS.map(({ parameter, defaultValue, description }) => ({ parameter, defaultValue, description }));

function type(shortName: string) {
  const entry = findDatabaseType(shortName);
  if (!entry) throw new Error(`no type ${shortName}`);
  return entry;
}

describe('newConnection', () => {
  it('starts a MySQL connection with its port in the three places, pooling on 0/20 and nothing else set', () => {
    const start = newConnection(type('MYSQL'));
    expect(start).toMatchObject({
      id: null,
      name: '',
      accessType: 'NATIVE',
      databaseType: { shortName: 'MYSQL', name: 'MySQL' },
      databasePort: '3306',
      PORT_NUMBER: '3306',
      attributes: { PORT_NUMBER: '3306' },
      hostname: '',
      databaseName: '',
      username: '',
      password: null,
      usingConnectionPool: true,
      initialPoolSize: 0,
      maximumPoolSize: 20,
      connectionPoolingProperties: {},
    });
  });

  it('gives the form the default options as rows and no pool parameter switched on', () => {
    const values = toFormValues(newConnection(type('IMPALASIMBA')), POOL);
    expect(values.options).toEqual([{ name: 'SocketTimeout', value: '10' }]);
    expect(values.port).toBe('21050');
    expect(values.usingConnectionPool).toBe(true);
    expect(values.poolParameters.filter((row) => row.enabled)).toEqual([]);
    expect(values.password).toBe('');
  });

  it('leaves the port empty where the type has no default port', () => {
    const noPort = DATABASE_TYPES.find((t) => t.defaultPort === null);
    expect(noPort).toBeDefined();
    const start = newConnection(noPort!);
    expect(start.databasePort).toBe('');
    expect(start).not.toHaveProperty('PORT_NUMBER');
    expect(start.attributes).not.toHaveProperty('PORT_NUMBER');
  });

  it.each(DATABASE_TYPES.map((t) => [t.shortName]))('%s: an untouched form sends the start back, with only the name typed', (shortName) => {
    const start = newConnection(type(shortName));
    const values = { ...toFormValues(start, POOL), name: 'new one' };
    expect(toPayload(values, start)).toEqual({ ...start, name: 'new one' });
  });

  it('blocks a save without a name: a new connection is validated whole', () => {
    const start = newConnection(type('POSTGRESQL'));
    const result = z.safeParse(buildConnectionFormSchema(start.databaseType), toFormValues(start, POOL));
    expect(result.success).toBe(false);
    const paths = (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'hostname', 'databaseName']));
  });

  it('reviews against nothing stored: every set field is listed, empty ones are not', () => {
    const start = newConnection(type('IMPALASIMBA'));
    const payload = toPayload({ ...toFormValues(start, POOL), name: 'impala', hostname: 'db.example', databaseName: 'sales' }, start);
    const keys = diffConnections(NOTHING_STORED, payload).map((change) => change.key);
    expect(keys).toEqual(expect.arrayContaining(['name', 'hostname', 'databaseName', 'port', 'databaseTypeShortName', 'usingConnectionPool']));
    expect(keys.some((key) => key.includes('SocketTimeout'))).toBe(true);
    expect(keys).not.toContain('username');
    expect(keys).not.toContain('password');
  });
});

describe('duplicateConnection', () => {
  const source = { ...structuredClone(FOODMART2_DOCUMENTED_BODY), accessMap: [{ name: '4', value: 'true' }] } as unknown as WireConnection;

  it('copies everything but the id, the name and the password', () => {
    const copy = duplicateConnection({ ...source, password: 'secret' }, ['foodmart2']);
    const { id, name, password, accessMap, ...rest } = source as WireConnection & { accessMap?: unknown };
    void id;
    void name;
    void password;
    void accessMap;
    expect(copy).toEqual({ ...rest, id: null, name: 'foodmart2 copy', password: null });
  });

  it('the copy sends the source\'s options and pool as they are', () => {
    const copy = duplicateConnection(source, ['foodmart2']);
    const payload = toPayload(toFormValues(copy, POOL), copy);
    expect(payload.extraOptions).toEqual(source.extraOptions);
    expect(payload.connectionPoolingProperties).toEqual(source.connectionPoolingProperties);
    expect(payload.usingConnectionPool).toBe(source.usingConnectionPool);
  });
});

describe('copyName', () => {
  it('takes the first free name, ignoring case', () => {
    expect(copyName('sales', ['sales'])).toBe('sales copy');
    expect(copyName('sales', ['sales', 'SALES COPY'])).toBe('sales copy 2');
    expect(copyName('sales', ['sales', 'sales copy', 'sales copy 2', 'Sales Copy 3'])).toBe('sales copy 4');
  });

  it('stays within the length limit', () => {
    const long = 'x'.repeat(MAX_CONNECTION_NAME_LENGTH);
    const name = copyName(long, [long, `${'x'.repeat(MAX_CONNECTION_NAME_LENGTH - 5)} copy`]);
    expect([...name].length).toBeLessThanOrEqual(MAX_CONNECTION_NAME_LENGTH);
    expect(name.endsWith(' copy 2')).toBe(true);
  });
});

describe('clashingName', () => {
  it('finds a listed name equal ignoring case, but not the connection itself', () => {
    expect(clashingName('FOODMART2', ['foodmart2', 'sales'], null)).toBe('foodmart2');
    expect(clashingName('FOODMART2', ['foodmart2', 'sales'], 'foodmart2')).toBeUndefined();
    expect(clashingName('Sales', ['foodmart2', 'sales'], 'foodmart2')).toBe('sales');
    expect(clashingName('other', ['foodmart2'], null)).toBeUndefined();
    expect(clashingName('', ['foodmart2'], null)).toBeUndefined();
  });
});
