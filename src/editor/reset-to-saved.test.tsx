/**
 * resetToSaved against react-hook-form itself: the baseline moves to the saved values; rows are
 * re-keyed only when a list of rows differs from what is on screen.
 */
import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useFieldArray, useForm } from 'react-hook-form';
import { toFormValues } from '../connection/convert';
import { FOODMART2_DOCUMENTED_BODY } from '../connection/documented-example';
import type { ConnectionFormValues } from '../connection/form';
import type { WireConnection } from '../connection/wire';
import { resetToSaved } from './reset-to-saved';

const loaded = toFormValues(structuredClone(FOODMART2_DOCUMENTED_BODY) as unknown as WireConnection, []);

function renderForm(values: ConnectionFormValues) {
  return renderHook(() => {
    const form = useForm<ConnectionFormValues>({ defaultValues: values });
    const rows = useFieldArray({ control: form.control, name: 'options' });
    // Read, so the hook re-renders when they change (react-hook-form's proxy subscribes on read).
    const { isDirty } = form.formState;
    return { form, rows, isDirty };
  });
}

describe('resetToSaved', () => {
  it('with the rows unchanged: the saved values become the defaults, the password empties, no row is re-keyed', () => {
    expect(loaded.options.length).toBeGreaterThan(0);
    const { result } = renderForm(loaded);
    act(() => {
      result.current.form.setValue('hostname', 'db.example', { shouldDirty: true });
      result.current.form.setValue('password', 'typed-secret', { shouldDirty: true });
    });
    expect(result.current.isDirty).toBe(true);
    const keys = result.current.rows.fields.map((row) => row.id);

    const saved = { ...loaded, hostname: 'db.example', password: '' };
    act(() => resetToSaved(result.current.form, saved));

    expect(result.current.rows.fields.map((row) => row.id)).toEqual(keys);
    expect(result.current.form.getValues()).toEqual(saved);
    expect(result.current.form.formState.defaultValues).toEqual(saved);
    expect(result.current.isDirty).toBe(false);
    // An edit after the save is measured against the saved values.
    act(() => result.current.form.setValue('hostname', 'other.example', { shouldDirty: true }));
    expect(result.current.isDirty).toBe(true);
  });

  it('with a list of rows that differs (a blank row the save dropped): the form is rebuilt to the saved values', () => {
    const { result } = renderForm(loaded);
    act(() => result.current.rows.append({ name: '', value: '' }));
    const keys = result.current.rows.fields.map((row) => row.id);
    expect(keys).toHaveLength(loaded.options.length + 1);

    act(() => resetToSaved(result.current.form, loaded));

    expect(result.current.form.getValues('options')).toEqual(loaded.options);
    expect(result.current.rows.fields.map(({ name, value }) => ({ name, value }))).toEqual(loaded.options);
    expect(result.current.isDirty).toBe(false);
  });
});
