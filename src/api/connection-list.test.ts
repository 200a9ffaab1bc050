/**
 * Reading `list` (issue 16): the entries are checked by hand rather than by zod, for speed, so
 * the hand check must accept and refuse exactly what the schema does, and a list with a broken
 * entry must still fail with the schema's words.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, DataforError } from './client';
import { fetchConnectionList, isListEntry, listEntrySchema } from './connections';

const samples: unknown[] = [
  { name: 'a' },
  { name: 'a', id: null, hostname: null, databaseName: null, databaseType: null },
  { name: 'a', id: '1', hostname: 'db.example', databaseName: 'w', databaseType: { name: 'MySQL', shortName: 'MYSQL' }, extra: { x: 1 } },
  { name: 'a', databaseType: {} },
  { name: 'a', databaseType: { name: null, shortName: null } },
  { name: 'a', accessMap: [] },
  { name: 'a', accessMap: [{ name: '0', value: 'true' }, { name: '1', value: 'false' }] },
  { name: 'a', accessMap: null },
  { name: 'a', accessMap: [{ name: 0, value: 'true' }] },
  { name: 'a', accessMap: [{ name: '0' }] },
  { name: 'a', accessMap: ['0'] },
  { name: 'a', accessMap: {} },
  { name: 'a', databaseType: 'MySQL' },
  { name: 'a', databaseType: [] },
  { name: 'a', databaseType: { name: 1 } },
  { name: 'a', id: 1 },
  { name: 'a', hostname: false },
  { name: 'a', databaseName: {} },
  { name: null },
  { id: '1' },
  'a',
  null,
  [],
];

describe('isListEntry', () => {
  it.each(samples.map((sample) => [JSON.stringify(sample), sample]))('agrees with listEntrySchema on %s', (_, sample) => {
    expect(isListEntry(sample)).toBe(listEntrySchema.safeParse(sample).success);
  });
});

describe('fetchConnectionList', () => {
  afterEach(() => vi.unstubAllGlobals());

  const answer = (body: unknown) =>
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })));

  it('gives the readable entries in name order with their rights', async () => {
    answer({
      success: true,
      databaseConnections: [
        { name: 'b', accessMap: [{ name: '0', value: 'true' }, { name: '1', value: 'true' }] },
        { name: 'hidden', accessMap: [{ name: '0', value: 'false' }] },
        { name: 'A', databaseType: { name: 'MySQL', shortName: 'MYSQL' }, accessMap: [{ name: '0', value: 'true' }] },
      ],
    });
    const list = await fetchConnectionList(createApiClient({ apiBase: '' }));
    expect(list.map((c) => [c.name, c.typeName, c.canEdit])).toEqual([
      ['A', 'MySQL', false],
      ['b', '', true],
    ]);
  });

  it('refuses a list with a broken entry, saying which', async () => {
    answer({ success: true, databaseConnections: [{ name: 'a' }, { name: 'b', accessMap: [{ name: '0', value: true }] }] });
    const error = await fetchConnectionList(createApiClient({ apiBase: '' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataforError);
    expect((error as DataforError).kind).toBe('invalid-response');
    expect((error as DataforError).detail).toMatch(/^databaseConnections\.1\.accessMap\.0\.value: /);
  });
});
