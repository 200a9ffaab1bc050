/**
 * "Unsaved changes" means: Save has something to send. The dirty tag, Discard, the leave prompt,
 * "Connection saved" and Save itself all ask this one question, so they never disagree (issue 14).
 *
 * It is react-hook-form's own rule — the values differ from those the form was last reset to —
 * with one exception: an option row left completely empty is not a change. `toPayload` drops
 * such a row, so counting it would mark the form unsaved (and ask before leaving) while the
 * review finds nothing to save.
 */
import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { connectionFormValuesSchema, isBlankOptionRow, sameValue, type ConnectionFormValues, type OptionRow } from '../connection/form';
import type { OptionEdits } from './option-edits';

export function hasUnsavedChanges(values: ConnectionFormValues, baseline: ConnectionFormValues): boolean {
  return !sameValue(withoutBlankOptionRows(values), withoutBlankOptionRows(baseline));
}

function withoutBlankOptionRows(values: ConnectionFormValues): ConnectionFormValues {
  const options = values.options ?? [];
  return options.some(isBlankOptionRow) ? { ...values, options: options.filter((row) => !isBlankOptionRow(row)) } : values;
}

/** The answer for one form, worked out once per change and shared by every reader. */
export interface UnsavedChanges {
  get(): boolean;
  subscribe(listener: () => void): () => void;
}

function createUnsavedChanges(): UnsavedChanges & { set(value: boolean): void } {
  let current = false;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(value) {
      if (value === current) return;
      current = value;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * `hasUnsavedChanges`, kept current without looking at every option row on each keystroke: a
 * connection can have 2,000 of them (issue 16). Worked out in full after a change of the form as
 * a whole (rows added, moved or removed, a reset); after a change of one field, for that field
 * alone; after a keystroke in an option box, for that row alone, unless the row turned blank or
 * stopped being blank, which moves the rows after it among those compared.
 */
export interface UnsavedComparison {
  /** Every value compared again; `baseline` is what the form was last reset to. */
  all(values: ConnectionFormValues, baseline: ConnectionFormValues): void;
  /** A value other than the options changed. */
  fields(values: ConnectionFormValues): void;
  /** A box of option row `index` changed; `options` are the form's rows now. */
  optionRow(options: readonly OptionRow[], index: number): void;
  unsaved(): boolean;
}

export function createUnsavedComparison(initialBaseline: ConnectionFormValues): UnsavedComparison {
  let baseline = initialBaseline;
  let fieldsDiffer = false;
  // The loaded rows that are not blank; each row's place among them (-1: blank, not compared).
  let loadedRows: OptionRow[] = [];
  let places: number[] = [];
  let rowCountsDiffer = false;
  // Rows (by index) that differ from the loaded row at their place.
  const differing = new Set<number>();

  const withoutOptions = (values: ConnectionFormValues) => ({ ...values, options: undefined });
  const compareFields = (values: ConnectionFormValues) => {
    fieldsDiffer = !sameValue(withoutOptions(values), withoutOptions(baseline));
  };
  const compareRows = (options: readonly OptionRow[]) => {
    loadedRows = (baseline.options ?? []).filter((row) => !isBlankOptionRow(row));
    places = [];
    differing.clear();
    let place = 0;
    options.forEach((row, index) => {
      if (isBlankOptionRow(row)) {
        places.push(-1);
        return;
      }
      places.push(place);
      if (!sameValue(row, loadedRows[place])) differing.add(index);
      place += 1;
    });
    rowCountsDiffer = place !== loadedRows.length;
  };

  return {
    all(values, nextBaseline) {
      baseline = nextBaseline;
      compareFields(values);
      compareRows(values.options ?? []);
    },
    fields: compareFields,
    optionRow(options, index) {
      const row = options[index];
      const place = places[index];
      if (row === undefined || place === undefined || (place === -1) !== isBlankOptionRow(row)) {
        compareRows(options);
        return;
      }
      if (place === -1) return;
      if (sameValue(row, loadedRows[place])) differing.delete(index);
      else differing.add(index);
    },
    unsaved: () => fieldsDiffer || rowCountsDiffer || differing.size > 0,
  };
}

/**
 * Follows `form` and keeps the answer current. Readers re-render only when it flips, as with
 * react-hook-form's `isDirty`, so typing re-renders none of them.
 *
 * Option boxes are followed through `optionEdits`, not through the form: see option-edits.ts.
 */
export function useUnsavedChangesTracker(
  form: UseFormReturn<ConnectionFormValues>,
  optionEdits: OptionEdits,
  /** The values the form was built with (its first default values). */
  initialValues: ConnectionFormValues,
): UnsavedChanges {
  const [tracker] = useState(createUnsavedChanges);
  // What the form was last reset to: react-hook-form tells it with each change it reports.
  const baseline = useRef(initialValues);
  const { subscribe, getValues } = form;
  useEffect(() => {
    const comparison = createUnsavedComparison(baseline.current);
    comparison.all(getValues(), baseline.current);
    tracker.set(comparison.unsaved());
    const onFormChange = ({ name, values, defaultValues }: { name?: string; values: ConnectionFormValues; defaultValues?: unknown }) => {
      if (defaultValues) baseline.current = defaultValues as ConnectionFormValues;
      // A change without a name (a reset) or of the whole list of rows: everything again.
      if (name && name !== 'options' && !name.startsWith('options.')) comparison.fields(values);
      else comparison.all(values, baseline.current);
      tracker.set(comparison.unsaved());
    };
    const fieldNames = (Object.keys(connectionFormValuesSchema.shape) as (keyof ConnectionFormValues)[]).filter((key) => key !== 'options');
    const stops = [
      // Every field but the options, with what is inside it (pool rows); a reset has no name, so it
      // comes too, and one that keeps the values (resetToSaved) tells only its new defaults.
      subscribe({ name: fieldNames, formState: { values: true, defaultValues: true }, callback: onFormChange }),
      // The rows as a whole (`exact`: not a keystroke in one of them, which would copy all the values).
      subscribe({ name: 'options', exact: true, formState: { values: true }, callback: onFormChange }),
      optionEdits.subscribe((index) => {
        comparison.optionRow(getValues('options'), index);
        tracker.set(comparison.unsaved());
      }),
    ];
    return () => stops.forEach((stop) => stop());
  }, [subscribe, getValues, optionEdits, tracker]);
  return tracker;
}

const UnsavedChangesContext = createContext<UnsavedChanges | null>(null);
export const UnsavedChangesProvider = UnsavedChangesContext.Provider;

export function useHasUnsavedChanges(): boolean {
  const tracker = useContext(UnsavedChangesContext);
  if (!tracker) throw new Error('useHasUnsavedChanges outside ConnectionForm');
  return useSyncExternalStore(tracker.subscribe, tracker.get);
}
