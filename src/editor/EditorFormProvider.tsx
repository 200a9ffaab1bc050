/**
 * react-hook-form's FormProvider, with a context that never changes for the life of the form.
 *
 * FormProvider's context value holds the form's state object, which react-hook-form replaces at
 * least once right after mount (`isReady`, in a layout effect) and again with each submit; every
 * component calling useFormContext rendered again with it, the whole form at once, before the
 * first paint. With 2,000 options that included the options section's useFieldArray making a new
 * id for each row (crypto.randomUUID: about 20 ms for 2,000 in Chromium) (issue 16).
 *
 * Nothing in the editor reads the form's state from the context: each component follows what it
 * shows with useFormState (or useWatch), which re-renders it on its own. So the context is given
 * a stand-in for the state object that reads the current state when asked, and its value stays
 * the same. A component that read `useFormContext().formState` while rendering would not be
 * rendered again when it changes: use useFormState.
 */
import { useState, type ReactNode } from 'react';
import { FormProvider, type UseFormReturn } from 'react-hook-form';
import type { ConnectionFormValues } from '../connection/form';

export function EditorFormProvider({ form, children }: { form: UseFormReturn<ConnectionFormValues>; children: ReactNode }) {
  const [formState] = useState(() => new Proxy(form.formState, { get: (_initial, key) => Reflect.get(form.formState, key) as unknown }));
  return (
    <FormProvider {...form} formState={formState}>
      {children}
    </FormProvider>
  );
}
