import { describe, expect, it } from 'vitest';
import { toFormValues } from '../connection/convert';
import { FOODMART2_DOCUMENTED_BODY } from '../connection/documented-example';
import { POOL_PARAMETERS } from '../connection/pool';
import { wireConnectionSchema } from '../connection/wire';
import { countChanges } from './discard-count';

const original = wireConnectionSchema.parse(FOODMART2_DOCUMENTED_BODY);
const pool = POOL_PARAMETERS.map(({ parameter, defaultValue, description }) => ({ parameter, defaultValue, description }));

describe('countChanges (Discard asks first above one)', () => {
  it('counts the settings the review would list', () => {
    const values = toFormValues(original, pool);
    expect(countChanges(values, original)).toBe(0);
    values.hostname = 'db.example';
    expect(countChanges(values, original)).toBe(1);
    values.databaseName = 'other';
    expect(countChanges(values, original)).toBe(2);
  });
});
