import { describe, expect, it } from 'vitest';
import { partitioningOf } from './partitions';
import { wireConnectionSchema } from './wire';
import { realWorldBody } from './__fixtures__/real-world';

describe('partitioningOf', () => {
  it('lists each partition entry, empty and all-null ones as empty, and never a password', () => {
    const wire = wireConnectionSchema.parse(realWorldBody('rw_partitioned').body);
    const view = partitioningOf(wire);
    expect(view).toMatchObject({ partitioned: true, listed: true });
    expect(view?.partitions).toEqual([
      { partitionId: 'P1', hostname: 'pg-a.db.example', port: '5432', databaseName: 'sales_a', username: 'etl', empty: false },
      { partitionId: 'P2', hostname: 'pg-b.db.example', port: '5433', databaseName: 'sales_b', username: 'etl', empty: false },
      { partitionId: '', hostname: '', port: '', databaseName: '', username: '', empty: true },
      { partitionId: '', hostname: '', port: '', databaseName: '', username: '', empty: true },
    ]);
    const withPassword = wireConnectionSchema.parse({ name: 'n', partitioned: true, partitioningInformation: [{ partitionId: 'P', password: 's3cret' }] });
    expect(JSON.stringify(partitioningOf(withPassword))).not.toContain('s3cret');
  });

  it('says partitioned without a list, and lists entries stored while partitioning is off', () => {
    expect(partitioningOf(wireConnectionSchema.parse({ name: 'n', partitioned: true }))).toEqual({ partitioned: true, listed: false, partitions: [] });
    const off = partitioningOf(wireConnectionSchema.parse({ name: 'n', partitioned: false, partitioningInformation: [null, 7, { port: 5432 }] }));
    expect(off?.partitions.map((p) => [p.port, p.empty])).toEqual([
      ['', true],
      ['', true],
      ['5432', false],
    ]);
  });

  it('is nothing for a connection that is not partitioned and lists none', () => {
    expect(partitioningOf(wireConnectionSchema.parse({ name: 'n', partitioned: false, partitioningInformation: [] }))).toBeUndefined();
    expect(partitioningOf(wireConnectionSchema.parse({ name: 'n' }))).toBeUndefined();
  });
});
