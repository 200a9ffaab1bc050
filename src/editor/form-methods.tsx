/**
 * The editor's form, given to its components twice: through react-hook-form's own FormProvider
 * (useFormContext) and through a context that never changes for the life of the form
 * (useFormMethods).
 *
 * FormProvider's context changes whenever the form's state object does, at least once right
 * after mount (react-hook-form's `isReady`), and every component calling useFormContext renders
 * again with it. For the option rows that is costly: the options section's useFieldArray makes a
 * new id for each of 2,000 rows on every render (crypto.randomUUID, about 20 ms in Chromium),
 * and it landed before the first paint (issue 16). Components that only call the form's methods
 * (register, getValues, subscribe, …) and follow the state they show through useFormState or
 * useWatch take them from here instead.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { FormProvider, type UseFormReturn } from 'react-hook-form';
import type { ConnectionFormValues } from '../connection/form';

type EditorForm = UseFormReturn<ConnectionFormValues>;

const FormMethodsContext = createContext<EditorForm | null>(null);

export function EditorFormProvider({ form, children }: { form: EditorForm; children: ReactNode }) {
  return (
    <FormProvider {...form}>
      {/* useForm returns the same object for the life of the form: this value never changes. */}
      <FormMethodsContext.Provider value={form}>{children}</FormMethodsContext.Provider>
    </FormProvider>
  );
}

/** The form's methods; its `formState` is not for reading here (use useFormState). */
export function useFormMethods(): EditorForm {
  const form = useContext(FormMethodsContext);
  if (!form) throw new Error('useFormMethods outside EditorFormProvider');
  return form;
}
