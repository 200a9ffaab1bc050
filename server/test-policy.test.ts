/** Which values `PUT test` may send to a driver, per caller, without any server or database. */
import { describe, expect, it } from 'vitest';
import { wireConnectionSchema } from '../src/connection/wire';
import type { Caller, ConnectionAcl } from './permissions';
import { driverSettings, planConnectionTest, type SavedConnection } from './test-policy';

const reader: Caller = { username: 'reader', userType: 'SYS_Reader' };
const creator: Caller = { username: 'creator', userType: 'SYS_Creator' };

const STORED = {
  id: 'c1',
  name: 'pg',
  accessType: 'NATIVE',
  databaseType: { name: 'PostgreSQL', shortName: 'POSTGRESQL' },
  hostname: 'db.example',
  databasePort: '5432',
  databaseName: 'sales',
  username: 'bi',
  password: null,
  attributes: { PORT_NUMBER: '5432' },
  connectSql: '',
  usingConnectionPool: false,
  connectionPoolingProperties: {},
};

function saved(acl: ConnectionAcl, password: string | null = 'stored-pw'): SavedConnection {
  return { id: 'c1', name: 'pg', json: STORED, acl, secrets: () => ({ password, attributes: { iamSecretAccessKey: 'stored-iam' } }) };
}

function request(body: Record<string, unknown>) {
  return { body, connection: wireConnectionSchema.parse(body), label: '"pg"' };
}

describe('driverSettings', () => {
  it('ignores identity, the password, the dirty flag and how "not set" is spelled', () => {
    expect(driverSettings({ ...STORED, id: 'x', name: 'y', password: 'p', changed: true, connectSql: null, connectionPoolingProperties: null })).toBe(
      driverSettings(STORED),
    );
  });

  it('tells apart anything that reaches the driver', () => {
    for (const change of [{ hostname: 'other' }, { usingConnectionPool: true }, { connectSql: 'drop table t' }, { attributes: { PORT_NUMBER: '1' } }]) {
      expect(driverSettings({ ...STORED, ...change })).not.toBe(driverSettings(STORED));
    }
  });
});

describe('planConnectionTest', () => {
  it('a reader testing the stored connection as stored gets the stored values and secrets', () => {
    const plan = planConnectionTest(reader, request({ ...STORED, password: '', changed: true }), saved({ reader: ['0'] }));
    expect(plan).toMatchObject({ ok: true, password: 'stored-pw', connection: { hostname: 'db.example', attributes: { iamSecretAccessKey: 'stored-iam' } } });
  });

  it('a reader changing anything is refused, with or without a password of their own', () => {
    const changed = request({ ...STORED, hostname: '127.0.0.1', password: '' });
    expect(planConnectionTest(reader, changed, saved({ reader: ['0'] }))).toMatchObject({ ok: false, msg: /^CONNECTION_WRITE_FORBIDDEN/ });
    const own = request({ ...STORED, hostname: '127.0.0.1', password: 'mine' });
    expect(planConnectionTest(reader, own, saved({ reader: ['0'] }))).toMatchObject({ ok: false, msg: /^CONNECTION_CREATE_FORBIDDEN/ });
  });

  it('a creator with Read only may test their own values, and nothing stored is filled in', () => {
    const own = request({ ...STORED, hostname: '127.0.0.1', password: 'mine', attributes: { iamSecretAccessKey: '' } });
    const plan = planConnectionTest(creator, own, saved({ creator: ['0'] }));
    expect(plan).toMatchObject({ ok: true, password: 'mine' });
    expect(plan.ok && plan.connection.attributes).toEqual({});
  });

  it('with Edit, the caller\'s values go with the stored secrets for those sent empty', () => {
    const plan = planConnectionTest(creator, request({ ...STORED, hostname: 'new.example', password: null }), saved({ creator: ['1'] }));
    expect(plan).toMatchObject({ ok: true, password: 'stored-pw', connection: { hostname: 'new.example' } });
  });

  it('an unsaved draft needs the right to create connections; an unreadable saved one is refused', () => {
    expect(planConnectionTest(reader, request({ ...STORED, id: null }), undefined)).toMatchObject({ ok: false, msg: /^CONNECTION_CREATE_FORBIDDEN/ });
    expect(planConnectionTest(creator, request({ ...STORED, id: null, password: 'x' }), undefined)).toMatchObject({ ok: true, password: 'x' });
    expect(planConnectionTest(creator, request(STORED), saved({}))).toMatchObject({ ok: false, msg: /^CONNECTION_READ_FORBIDDEN/ });
  });
});
