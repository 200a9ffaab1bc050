/**
 * The editor's form, given to its components through a context that never changes for the life
 * of the form. Every react-hook-form hook in the editor (useController, useWatch, useFormState,
 * useFieldArray) is handed `control` from here.
 *
 * react-hook-form's own FormProvider is deliberately not used: its context value changes
 * whenever the form's state object does, and every useFormContext, useController, useWatch and
 * useFormState under it (they all read that context) renders again with it. useForm changes that
 * state in a layout effect right after mount (`isReady`), so the sections rendered a second time
 * before the form's first paint (13 ms of the time to an editable form in an interleaved A/B,
 * issue 10's budget), and with 2,000 options that made a new id for every row (issue 16).
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ConnectionFormValues } from '../connection/form';

type EditorForm = UseFormReturn<ConnectionFormValues>;

const FormMethodsContext = createContext<EditorForm | null>(null);

export function EditorFormProvider({ form, children }: { form: EditorForm; children: ReactNode }) {
  // useForm returns the same object for the life of the form: this value never changes.
  return <FormMethodsContext.Provider value={form}>{children}</FormMethodsContext.Provider>;
}

/** The form's methods and its `control`; its `formState` is not for reading here (use useFormState). */
export function useFormMethods(): EditorForm {
  const form = useContext(FormMethodsContext);
  if (!form) throw new Error('useFormMethods outside EditorFormProvider');
  return form;
}
