/**
 * A keystroke in one option box of a long list does work for that row only (issue 16). Not
 * timed: the form's rows are wrapped so that every read of a row is counted, and a keystroke
 * may read no row but the one typed in. Watching the options through the form (useController,
 * useWatch, a values subscription) makes react-hook-form copy every row on each keystroke;
 * comparing all rows for "unsaved changes" or building the URL inside the keystroke reads them
 * all too. Each of those would fail this test.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { toFormValues } from '../../connection/convert';
import { FOODMART2_DOCUMENTED_BODY } from '../../connection/documented-example';
import type { ConnectionFormValues, OptionRow } from '../../connection/form';
import { wireConnectionSchema, type WireConnection } from '../../connection/wire';
import { LocaleProvider } from '../../i18n/i18n';
import { EditorFormProvider } from '../form-methods';
import { EditorContextProvider } from '../EditorContext';
import { createOptionEdits, OptionEditsProvider } from '../option-edits';
import { ServerValuesProvider } from '../server-values/ServerValues';
import { UnsavedChangesProvider, useHasUnsavedChanges, useUnsavedChangesTracker } from '../unsaved-changes';
import JdbcUrlPreview from '../url-preview/JdbcUrlPreview';
import { OptionsSection } from './OptionsSection';
import { VIRTUAL_FROM_ROWS } from './OptionRowList';

// The longest list rendered whole: happy-dom lays nothing out, so a virtualised list would
// render no row. What a keystroke does is the same either way.
const OPTION_COUNT = VIRTUAL_FROM_ROWS - 1;
const optionName = (i: number) => `option${String(i + 1).padStart(4, '0')}`;

function manyOptions(): WireConnection {
  const extraOptions: Record<string, string> = {};
  const extraOptionsOrder: Record<string, string> = {};
  for (let i = 0; i < OPTION_COUNT; i += 1) {
    extraOptions[`POSTGRESQL.${optionName(i)}`] = `value-${i + 1}`;
    extraOptionsOrder[String(i)] = `POSTGRESQL.${optionName(i)}`;
  }
  return wireConnectionSchema.parse({ ...structuredClone(FOODMART2_DOCUMENTED_BODY), extraOptions, extraOptionsOrder });
}

function UnsavedTag() {
  return <p>{useHasUnsavedChanges() ? 'Unsaved changes' : 'No changes'}</p>;
}

/** The parts of the editor that follow the options, around the options section. */
function Editor({ wire, onForm, children }: { wire: WireConnection; onForm: (form: UseFormReturn<ConnectionFormValues>) => void; children?: ReactNode }) {
  const [initialValues] = useState(() => toFormValues(wire, []));
  const form = useForm<ConnectionFormValues>({ defaultValues: initialValues });
  const [optionEdits] = useState(createOptionEdits);
  const unsaved = useUnsavedChangesTracker(form, optionEdits, initialValues);
  onForm(form);
  return (
    <EditorFormProvider form={form}>
      <OptionEditsProvider value={optionEdits}>
        <UnsavedChangesProvider value={unsaved}>
          <EditorContextProvider value={{ serverType: wire.databaseType, readOnly: false }}>
            <ServerValuesProvider original={wire}>
              <UnsavedTag />
              <OptionsSection />
              <JdbcUrlPreview original={wire} />
              {children}
            </ServerValuesProvider>
          </EditorContextProvider>
        </UnsavedChangesProvider>
      </OptionEditsProvider>
    </EditorFormProvider>
  );
}

/** Replaces the form's rows, in place, by ones that count the reads of each. */
function countRowReads(form: UseFormReturn<ConnectionFormValues>): number[] {
  const reads = new Array<number>(OPTION_COUNT).fill(0);
  const rows = form.getValues('options');
  rows.forEach((row, index) => {
    rows[index] = new Proxy(row, {
      get(target, key, receiver) {
        reads[index] = (reads[index] ?? 0) + 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    }) as OptionRow;
  });
  return reads;
}

/** Runs `act` counting only while an `input` event is being handled: the keystroke itself, not the background render after it. */
async function duringInputEvents(reads: number[], act: () => Promise<void>): Promise<number[]> {
  const counted = new Array<number>(reads.length).fill(0);
  let before: number[] = [];
  const start = () => {
    before = [...reads];
  };
  const end = () => {
    reads.forEach((n, i) => {
      counted[i] = (counted[i] ?? 0) + n - (before[i] ?? 0);
    });
  };
  window.addEventListener('input', start, { capture: true });
  window.addEventListener('input', end);
  try {
    await act();
  } finally {
    window.removeEventListener('input', start, { capture: true });
    window.removeEventListener('input', end);
  }
  return counted;
}

describe('a keystroke in a long list of options', () => {
  it('reads no row but its own, and still tells unsaved changes and the URL', async () => {
    const user = userEvent.setup({ delay: null });
    const wire = manyOptions();
    let form: UseFormReturn<ConnectionFormValues> | undefined;
    render(
      <LocaleProvider locale="en">
        <Editor wire={wire} onForm={(f) => (form = f)} />
      </LocaleProvider>,
    );
    const box = screen.getAllByRole('textbox', { name: 'Option value' })[2];
    if (!box || !form) throw new Error('the third option value box is not rendered');
    expect(box).toHaveValue('value-3');
    const reads = countRowReads(form);

    const typed = await duringInputEvents(reads, () => user.type(box, 'xy'));
    const others = typed.flatMap((n, i) => (i !== 2 && n > 0 ? [`row ${i + 1}: ${n}`] : []));
    expect(others).toEqual([]);
    expect(typed[2]).toBeGreaterThan(0);

    // The work left out of the keystroke is still done.
    expect(form.getValues('options.2.value')).toBe('value-3xy');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    const url = () => (screen.getByRole('textbox', { name: 'JDBC URL' }) as HTMLTextAreaElement).value;
    await waitFor(() => expect(url()).toContain('option0003=value-3xy&'));

    await user.type(box, '{Backspace}{Backspace}');
    expect(screen.getByText('No changes')).toBeInTheDocument();
    await waitFor(() => expect(url()).toContain('option0003=value-3&'));
  });
});
