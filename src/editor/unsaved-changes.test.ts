import { describe, expect, it } from 'vitest';
import { toFormValues } from '../connection/convert';
import { FOODMART2_DOCUMENTED_BODY } from '../connection/documented-example';
import type { WireConnection } from '../connection/wire';
import { hasUnsavedChanges } from './unsaved-changes';

const baseline = toFormValues(structuredClone(FOODMART2_DOCUMENTED_BODY) as unknown as WireConnection, []);

describe('hasUnsavedChanges', () => {
  it('is false for the values the form was built from', () => {
    expect(hasUnsavedChanges(structuredClone(baseline), baseline)).toBe(false);
  });

  it('is true for any edited value, option or pool parameter', () => {
    expect(hasUnsavedChanges({ ...baseline, hostname: 'db.example' }, baseline)).toBe(true);
    expect(hasUnsavedChanges({ ...baseline, quoteAllFields: true }, baseline)).toBe(true);
    expect(hasUnsavedChanges({ ...baseline, options: [{ name: 'TimeZone', value: 'UTC' }] }, baseline)).toBe(true);
    expect(hasUnsavedChanges({ ...baseline, options: [] }, baseline)).toBe(true);
    const pool = baseline.poolParameters.map((row, i) => (i === 0 ? { ...row, enabled: !row.enabled } : row));
    expect(hasUnsavedChanges({ ...baseline, poolParameters: pool }, baseline)).toBe(true);
  });

  it('ignores option rows left completely empty, which toPayload drops', () => {
    const blank = { name: '', value: '' };
    expect(hasUnsavedChanges({ ...baseline, options: [...baseline.options, blank] }, baseline)).toBe(false);
    expect(hasUnsavedChanges({ ...baseline, options: [blank, ...baseline.options, blank] }, baseline)).toBe(false);
    // A row with a name, or only a value, is a change (the latter one the validation reports).
    expect(hasUnsavedChanges({ ...baseline, options: [...baseline.options, { name: 'ssl', value: '' }] }, baseline)).toBe(true);
    expect(hasUnsavedChanges({ ...baseline, options: [...baseline.options, { name: '', value: 'x' }] }, baseline)).toBe(true);
    expect(hasUnsavedChanges({ ...baseline, options: [...baseline.options, { name: ' ', value: '' }] }, baseline)).toBe(true);
  });
});
