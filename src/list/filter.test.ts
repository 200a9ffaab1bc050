import { describe, expect, it } from 'vitest';
import { toListedConnectionView } from '../api/connections';
import { connectionHref, filterConnections } from './filter';

const list = [
  toListedConnectionView({ name: 'foodmart2', id: '1', databaseType: { name: 'PostgreSQL', shortName: 'POSTGRESQL' } }),
  toListedConnectionView({ name: 'Sales MySQL', id: '2', databaseType: { name: 'MySQL', shortName: 'MYSQL' } }),
  toListedConnectionView({ name: 'erp', id: '3', databaseType: { name: 'Oracle', shortName: 'ORACLE' } }),
];

describe('filterConnections', () => {
  it('returns everything for an empty query', () => {
    expect(filterConnections(list, '   ').map((c) => c.name)).toEqual(['foodmart2', 'Sales MySQL', 'erp']);
  });
  it('matches name or type, ignoring case', () => {
    expect(filterConnections(list, 'FOOD').map((c) => c.name)).toEqual(['foodmart2']);
    expect(filterConnections(list, 'oracle').map((c) => c.name)).toEqual(['erp']);
    expect(filterConnections(list, 'postgres').map((c) => c.name)).toEqual(['foodmart2']);
  });
  it('needs every word to match', () => {
    expect(filterConnections(list, 'sales mysql').map((c) => c.name)).toEqual(['Sales MySQL']);
    expect(filterConnections(list, 'sales oracle')).toEqual([]);
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
});

describe('connectionHref', () => {
  it('sets the name and keeps other parameters, encoded', () => {
    expect(connectionHref('a b/ü', '?embed=1&name=old')).toBe('?embed=1&name=a+b%2F%C3%BC');
  });
});
