/**
 * The form's fields render once when the form mounts, not twice before the first paint.
 * react-hook-form's useForm updates its state in a layout effect right after mount
 * (`isReady`); a field reading react-hook-form's own context (FormProvider, useFormContext, or
 * useController / useWatch / useFormState without `control`) rendered again with it, before the
 * form's first paint (issue 10's form-ready budget).
 */
import { memo, Profiler, useState } from 'react';
import { render, screen } from '@testing-library/react';
// eslint-disable-next-line no-restricted-imports -- the test checks that this context is absent
import { useForm, useFormContext } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { toFormValues } from '../connection/convert';
import { FOODMART2_DOCUMENTED_BODY } from '../connection/documented-example';
import type { ConnectionFormValues } from '../connection/form';
import { wireConnectionSchema } from '../connection/wire';
import { LocaleProvider } from '../i18n/i18n';
import { EditorContextProvider } from './EditorContext';
import { EditorFormProvider } from './form-methods';
import { GeneralSection } from './sections/GeneralSection';
import { ServerValuesProvider } from './server-values/ServerValues';

const wire = wireConnectionSchema.parse(FOODMART2_DOCUMENTED_BODY);

/** Memoised as the editor's sections are (ConnectionForm's FormSections): the form root's own renders stop here. */
const Sections = memo(function Sections({ onRender }: { onRender: (phase: string) => void }) {
  return (
    <Profiler id="general" onRender={(_id, phase) => onRender(phase)}>
      <GeneralSection />
    </Profiler>
  );
});

function ContextProbe() {
  return <p>{useFormContext() ? "react-hook-form's context provided" : "react-hook-form's context absent"}</p>;
}

function Form({ onRender }: { onRender: (phase: string) => void }) {
  const [initialValues] = useState(() => toFormValues(wire, []));
  const [report] = useState(() => onRender);
  const [context] = useState(() => ({ serverType: wire.databaseType, readOnly: false }));
  const form = useForm<ConnectionFormValues>({ defaultValues: initialValues, mode: 'onSubmit' });
  return (
    <EditorFormProvider form={form}>
      <EditorContextProvider value={context}>
        <ServerValuesProvider original={wire}>
          <Sections onRender={report} />
          <ContextProbe />
        </ServerValuesProvider>
      </EditorContextProvider>
    </EditorFormProvider>
  );
}

describe('the editor form context', () => {
  it("is the editor's own: react-hook-form's context, which changes after mount, is not provided", () => {
    render(
      <LocaleProvider locale="en">
        <Form onRender={() => {}} />
      </LocaleProvider>,
    );
    expect(screen.getByText(/react-hook-form's context/)).toHaveTextContent("react-hook-form's context absent");
  });

  it('does not render the fields again when react-hook-form becomes ready after mount', async () => {
    const phases: string[] = [];
    render(
      <LocaleProvider locale="en">
        <Form onRender={(phase) => phases.push(phase)} />
      </LocaleProvider>,
    );
    expect(await screen.findByLabelText('Connection name')).toHaveValue('foodmart2');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(phases).toEqual(['mount']);
  });
});
