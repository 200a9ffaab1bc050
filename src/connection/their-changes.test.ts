import { describe, expect, it } from 'vitest';
import type { WireConnection } from './wire';
import { theirChanges } from './their-changes';

const original: WireConnection = {
  id: 'd55f86ef-0c20-4442-b806-074d4211b0fb',
  name: 'foodmart2',
  accessType: 'NATIVE',
  accessTypeValue: 'NATIVE',
  databaseType: { name: 'PostgreSQL', shortName: 'POSTGRESQL', defaultDatabasePort: 5432 },
  hostname: '127.0.0.1',
  databasePort: '25432',
  databaseName: 'foodmart',
  username: 'postgres',
  password: null,
  attributes: { driverId: 'postgresql', PORT_NUMBER: '25432' },
  extraOptions: { 'POSTGRESQL.TimeZone': 'Asia/Shanghai' },
  extraOptionsOrder: { '0': 'POSTGRESQL.TimeZone' },
  usingConnectionPool: true,
  connectionPoolingProperties: { maxActive: '200' },
  PORT_NUMBER: '25432',
  driverId: 'postgresql',
  CUSTOM_URL: null,
};

describe('theirChanges', () => {
  it('finds nothing when the server copy is the one loaded', () => {
    expect(theirChanges(original, structuredClone(original))).toEqual([]);
  });

  it('never reports the password, which get cannot return anyway', () => {
    expect(theirChanges({ ...original, password: 'typed-by-me' }, { ...original, password: null })).toEqual([]);
    expect(theirChanges(original, { ...original, password: 'leaked?' })).toEqual([]);
  });

  it('lists what someone else changed, setting by setting', () => {
    const fresh: WireConnection = {
      ...original,
      databaseName: 'foodmart_v2',
      connectionPoolingProperties: { maxActive: '150' },
      extraOptions: { 'POSTGRESQL.TimeZone': 'UTC' },
    };
    const changes = theirChanges(original, fresh);
    expect(changes.map((c) => [c.key, c.before, c.after])).toEqual([
      ['databaseName', 'foodmart', 'foodmart_v2'],
      ['option:TimeZone', 'Asia/Shanghai', 'UTC'],
      ['pool:maxActive', '200', '150'],
    ]);
  });
});
