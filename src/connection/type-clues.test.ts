import { describe, expect, it } from 'vitest';
import { typeClues } from './type-clues';
import { wireConnectionSchema } from './wire';
import { realWorldBody } from './__fixtures__/real-world';

describe('typeClues', () => {
  it('tells a null-typed BigQuery connection by its option prefix, Kettle mirrors and DATABASE_TYPE attribute', () => {
    const wire = wireConnectionSchema.parse(realWorldBody('rw_bigquery_no_driver').body);
    expect(typeClues(wire)).toEqual({ name: '', optionPrefixes: ['GOOGLEBIGQUERY'], attributes: [['DATABASE_TYPE', 'GOOGLEBIGQUERY']] });
  });

  it('reads the name a type object keeps without a shortName, and prefixes from EXTRA_OPTION_ mirrors alone', () => {
    const wire = wireConnectionSchema.parse({
      name: 'n',
      databaseType: { name: 'Azure SQL DB', shortName: null },
      attributes: { 'EXTRA_OPTION_AZURESQLDB.loginTimeout': '30', DATABASE_DIALECT_ID: 'AZURESQLDB', DATABASE_TYPE_EMPTY: '' },
      extraOptions: { noPrefix: 'x', '.odd': 'y' },
    });
    expect(typeClues(wire)).toEqual({ name: 'Azure SQL DB', optionPrefixes: ['AZURESQLDB'], attributes: [['DATABASE_DIALECT_ID', 'AZURESQLDB']] });
  });

  it('tells nothing for a bare body', () => {
    expect(typeClues(wireConnectionSchema.parse({ name: 'n' }))).toEqual({ name: '', optionPrefixes: [], attributes: [] });
  });
});
