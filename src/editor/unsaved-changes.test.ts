import { describe, expect, it } from 'vitest';
import { toFormValues } from '../connection/convert';
import { FOODMART2_DOCUMENTED_BODY } from '../connection/documented-example';
import type { WireConnection } from '../connection/wire';
import type { ConnectionFormValues, OptionRow } from '../connection/form';
import { createUnsavedComparison, hasUnsavedChanges } from './unsaved-changes';

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

describe('createUnsavedComparison', () => {
  const withOptions = (options: OptionRow[]): ConnectionFormValues => ({ ...structuredClone(baseline), options });
  const loaded = withOptions([
    { name: 'a', value: '1' },
    { name: '', value: '' },
    { name: 'b', value: '2' },
    { name: 'c', value: '' },
  ]);

  // A small deterministic generator, so a failure can be replayed.
  function random(seed: number) {
    let state = seed;
    return (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
  }

  it('agrees with hasUnsavedChanges after every keystroke in a box, row change and field edit', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const pick = random(seed);
      const values = structuredClone(loaded);
      const comparison = createUnsavedComparison(loaded);
      comparison.all(values, loaded);
      for (let step = 0; step < 60; step += 1) {
        const kind = pick(10);
        if (kind < 6 && values.options.length > 0) {
          // A keystroke: one character typed or erased, often putting a value back as loaded.
          const index = pick(values.options.length);
          const row = values.options[index] as OptionRow;
          const part = pick(2) === 0 ? 'name' : 'value';
          row[part] = pick(2) === 0 ? row[part].slice(0, -1) : row[part] + ['1', '2', 'a', ''][pick(4)];
          comparison.optionRow(values.options, index);
        } else if (kind < 8) {
          // Rows added or removed as a whole (the form reports these as a change of `options`).
          if (pick(2) === 0 || values.options.length === 0) values.options.splice(pick(values.options.length + 1), 0, { name: '', value: '' });
          else values.options.splice(pick(values.options.length), 1);
          comparison.all(values, loaded);
        } else {
          values.hostname = pick(2) === 0 ? loaded.hostname : 'db.example';
          comparison.fields(values);
        }
        expect(comparison.unsaved(), `seed ${seed}, step ${step}`).toBe(hasUnsavedChanges(values, loaded));
      }
    }
  });
});
