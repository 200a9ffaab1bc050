/**
 * Reading `list` (issue 16): the entries are checked by hand rather than by zod, for speed, so
 * the hand check must accept and refuse exactly what the schema does, and a list with a broken
 * entry must still fail with the schema's words.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, DataforError } from './client';
import { fetchConnectionList, isListEntry, listEntrySchema } from './connections';
import { slimListAnswer } from './list-entries';
import { parseListAnswer, WORKER_FROM_CHARS } from './list-parser';

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

describe('slimListAnswer', () => {
  const valid = samples.filter((sample) => listEntrySchema.safeParse(sample).success);

  it('keeps of each entry exactly what listEntrySchema reads, absent keys absent and nulls null', () => {
    const slim = slimListAnswer({ success: true, code: '200', databaseConnections: valid }) as { databaseConnections: unknown[] };
    expect(slim).toMatchObject({ success: true, code: '200' });
    slim.databaseConnections.forEach((entry, i) => {
      expect(entry).toEqual(listEntrySchema.parse(valid[i]));
      expect(Object.keys(entry as object).sort()).toEqual(Object.keys(listEntrySchema.parse(valid[i])).sort());
    });
    expect(slimListAnswer({ databaseConnections: [{ name: 'a', password: null, attributes: { X: '1' } }] })).toEqual({
      databaseConnections: [{ name: 'a' }],
    });
  });

  it('leaves an answer that is not a list of valid entries untouched, for the page to report', () => {
    const broken = { success: true, databaseConnections: [{ name: 'a', extra: 1 }, { name: 2 }] };
    expect(slimListAnswer(broken)).toBe(broken);
    const failure = { success: false, code: '401', msg: 'no session' };
    expect(slimListAnswer(failure)).toBe(failure);
    expect(slimListAnswer([1])).toEqual([1]);
  });
});

describe('parseListAnswer', () => {
  afterEach(() => vi.unstubAllGlobals());

  const bigList = () =>
    JSON.stringify({
      success: true,
      databaseConnections: Array.from({ length: 4000 }, (_, i) => ({ name: `c${i}`, hostname: 'db.example', attributes: { X: 'y'.repeat(200) } })),
    });

  /** Plays a worker as list-parser.worker.ts does, or fails to start like one a policy forbids. */
  function stubWorker(behaviour: 'answers' | 'fails') {
    const started: string[] = [];
    const terminated: string[] = [];
    class FakeWorker {
      onmessage: ((event: { data: unknown }) => void) | null = null;
      onerror: ((event: { preventDefault(): void }) => void) | null = null;
      constructor(url: URL) {
        started.push(url.pathname);
      }
      postMessage(text: string) {
        setTimeout(() => {
          if (behaviour === 'fails') this.onerror?.({ preventDefault: () => undefined });
          else this.onmessage?.({ data: { ok: true, json: slimListAnswer(JSON.parse(text)) } });
        });
      }
      terminate() {
        terminated.push('yes');
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    return { started, terminated };
  }

  it('parses a large answer in a worker, which then stops', async () => {
    const text = bigList();
    expect(text.length).toBeGreaterThan(WORKER_FROM_CHARS);
    const { started, terminated } = stubWorker('answers');
    const parsed = (await parseListAnswer(text)) as { databaseConnections: unknown[] };
    expect(started).toEqual([expect.stringMatching(/list-parser\.worker\.ts$/)]);
    expect(terminated).toEqual(['yes']);
    expect(parsed.databaseConnections[1]).toEqual({ name: 'c1', hostname: 'db.example' });
  });

  it('parses a small answer here, without a worker', async () => {
    const { started } = stubWorker('answers');
    expect(await parseListAnswer('{"success":true,"databaseConnections":[{"name":"a","x":1}]}')).toEqual({
      success: true,
      databaseConnections: [{ name: 'a' }],
    });
    expect(started).toEqual([]);
  });

  it('parses here when no worker can start, and rejects what is not JSON', async () => {
    stubWorker('fails');
    expect(((await parseListAnswer(bigList())) as { databaseConnections: unknown[] }).databaseConnections).toHaveLength(4000);
    await expect(parseListAnswer(`${bigList()}<html>`)).rejects.toThrow(SyntaxError);
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
