import { describe, expect, it } from 'vitest';
import { listEntrySchema, toListedConnectionView } from '../api/connections';
import { buildSearchIndex, connectionHref, connectionHrefs, searchConnections, searchIndexFor } from './search';

const list = [
  toListedConnectionView({
    name: 'foodmart2',
    id: '1',
    databaseType: { name: 'PostgreSQL', shortName: 'POSTGRESQL' },
    hostname: '127.0.0.1',
    databaseName: 'foodmart',
  }),
  toListedConnectionView({
    name: 'Sales MySQL',
    id: '2',
    databaseType: { name: 'MySQL', shortName: 'MYSQL' },
    hostname: 'mysql-sales.internal',
    databaseName: 'sales',
  }),
  toListedConnectionView({
    name: 'erp',
    id: '3',
    databaseType: { name: 'Oracle', shortName: 'ORACLE' },
    hostname: 'oracle-fin.internal',
    databaseName: 'FINPROD',
  }),
  // Generic: no host or database, only a URL the list does not search.
  toListedConnectionView({ name: '仓库', id: '4', databaseType: { name: 'Generic database', shortName: 'GENERIC' } }),
];
const names = (query: string) => searchConnections(list, query).map((c) => c.name);

describe('searchConnections', () => {
  it('returns the list itself for an empty or blank query', () => {
    expect(searchConnections(list, '')).toBe(list);
    expect(searchConnections(list, '   ')).toBe(list);
  });
  it('matches name or type, ignoring case', () => {
    expect(names('FOOD')).toEqual(['foodmart2']);
    expect(names('oracle')).toEqual(['erp']);
    expect(names('postgres')).toEqual(['foodmart2']);
    expect(names('仓')).toEqual(['仓库']);
  });
  it('matches host name and database name', () => {
    expect(names('mysql-sales.internal')).toEqual(['Sales MySQL']);
    expect(names('oracle-fin')).toEqual(['erp']);
    expect(names('finprod')).toEqual(['erp']);
    expect(names('127.0.0')).toEqual(['foodmart2']);
  });
  it('needs every word to match, each anywhere', () => {
    expect(names('sales mysql')).toEqual(['Sales MySQL']);
    expect(names('internal fin')).toEqual(['erp']);
    expect(names('sales oracle')).toEqual([]);
  });
  it('never matches across two fields', () => {
    // "erp" + type "Oracle": the joined text must not contain "erporacle".
    expect(names('erporacle')).toEqual([]);
    expect(names('mysqlmysql')).toEqual([]);
  });
  it('folds full-width characters typed with a Chinese input method', () => {
    expect(names('ＦＯＯＤ')).toEqual(['foodmart2']);
    expect(names('ｍｙｓｑｌ－ｓａｌｅｓ')).toEqual(['Sales MySQL']);
  });
  it('keeps the list order', () => {
    expect(names('in')).toEqual(['Sales MySQL', 'erp']);
    expect(names('sql')).toEqual(['foodmart2', 'Sales MySQL']);
  });
});

describe('searchIndexFor', () => {
  it('prepares one index per list and a new one for a new list', () => {
    const first = searchIndexFor(list);
    expect(searchIndexFor(list)).toBe(first);
    const refetched = [...list];
    expect(searchIndexFor(refetched)).not.toBe(first);
    expect(searchIndexFor(refetched).haystacks).toEqual(buildSearchIndex(list).haystacks);
  });
  it('searches a refetched list by its own contents, not the old index', () => {
    const renamed = list.map((c) => (c.name === 'erp' ? { ...c, name: 'ledger' } : c));
    expect(searchConnections(list, 'erp').map((c) => c.name)).toEqual(['erp']);
    expect(searchConnections(renamed, 'erp').map((c) => c.name)).toEqual([]);
    expect(searchConnections(renamed, 'ledger').map((c) => c.name)).toEqual(['ledger']);
  });
});

describe('toListedConnectionView', () => {
  it('reads Read and Edit from the access map', () => {
    const readOnly = toListedConnectionView({
      name: 'a',
      accessMap: [
        { name: '0', value: 'true' },
        { name: '1', value: 'false' },
      ],
    });
    expect([readOnly.canRead, readOnly.canEdit]).toEqual([true, false]);
    const full = toListedConnectionView({ name: 'b', accessMap: [{ name: '4', value: 'true' }] });
    expect([full.canRead, full.canEdit]).toEqual([true, true]);
    const none = toListedConnectionView({ name: 'c', accessMap: [{ name: '0', value: 'false' }] });
    expect([none.canRead, none.canEdit]).toEqual([false, false]);
  });
  it('leaves the decision to the server when there is no access map', () => {
    const unknown = toListedConnectionView({ name: 'd' });
    expect([unknown.canRead, unknown.canEdit, unknown.typeName]).toEqual([true, true, '']);
  });
  it('keeps host and database name, and nothing else of the entry', () => {
    const entry = listEntrySchema.parse({
      name: 'e',
      hostname: 'db.example',
      databaseName: 'dw',
      extraOptions: { 'POSTGRESQL.a': 'b' },
      connectionPoolingProperties: { maxActive: '8' },
    });
    expect(Object.keys(entry).sort()).toEqual(['databaseName', 'hostname', 'name']);
    const view = toListedConnectionView(entry);
    expect(view).toEqual({
      name: 'e',
      id: null,
      typeName: '',
      shortName: '',
      hostname: 'db.example',
      databaseName: 'dw',
      canRead: true,
      canEdit: true,
      canDelete: true,
    });
    // A server that sends null (or nothing) gives empty strings, never "null".
    const nulls = toListedConnectionView(listEntrySchema.parse({ name: 'f', hostname: null, databaseType: null }));
    expect([nulls.hostname, nulls.databaseName, nulls.typeName]).toEqual(['', '', '']);
  });
  it('refuses an entry without a name', () => {
    expect(listEntrySchema.safeParse({ hostname: 'db.example' }).success).toBe(false);
  });
});

describe('connectionHref', () => {
  it('sets the name and keeps other parameters, encoded', () => {
    expect(connectionHref('a b/ü', '?embed=1&name=old')).toBe('?embed=1&name=a+b%2F%C3%BC');
    expect(connectionHref('a&b=c', '?lang=zh&name=old&x=1')).toBe('?lang=zh&x=1&name=a%26b%3Dc');
    expect(connectionHref('foodmart2', '')).toBe('?name=foodmart2');
  });
  it('builds one link per name from the same page parameters', () => {
    const hrefs = connectionHrefs('?embed=1&name=old');
    expect(['x', 'y z'].map(hrefs)).toEqual(['?embed=1&name=x', '?embed=1&name=y+z']);
    for (const name of ['名称', "a+b c!'()*~%", 'x&name=y#z']) {
      expect(new URLSearchParams(hrefs(name).slice(1)).get('name')).toBe(name);
    }
  });
});
