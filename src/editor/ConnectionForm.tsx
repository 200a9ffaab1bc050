import { memo, useEffect, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import { FormProvider } from 'react-hook-form';
import { NOTHING_STORED } from '../connection/new-connection';
import type { PoolParameterInfo, WireConnection } from '../connection/wire';
import { useMessages } from '../i18n/i18n';
import { editorMessages } from './messages';
import { EditorContextProvider, type EditorContextValue } from './EditorContext';
import { GeneralSection } from './sections/GeneralSection';
import { DatabaseTypeSection } from './sections/DatabaseTypeSection';
import { OptionsSection } from './sections/OptionsSection';
import { LazyBelowFoldSections } from './below-fold/LazyBelowFoldSections';
import { ServerValuesProvider } from './server-values/ServerValues';
import { ReadOnlyBanner } from './readonly/ReadOnlyBanner';
import { LazyReviewChangesDialog } from './review/LazyReviewChangesDialog';
import { ConnectionCheck } from './test-connection/ConnectionCheck';
import { ACTION_BAR_HEIGHT_VAR, ActionBar } from './ActionBar';
import { UnsavedChangesProvider, useHasUnsavedChanges } from './unsaved-changes';
import { reviewViewOf, useSaveFlow } from './useSaveFlow';
import { FIRST_PAINT_OPTION_ROWS, useBelowFoldReady } from './first-paint';

/**
 * `edit` saves the connection through `update`; `new` and `duplicate` (issue 11) start from a
 * connection built in src/connection/new-connection.ts and save it through `add`.
 */
export type FormMode = 'edit' | 'new' | 'duplicate';

export interface ConnectionFormProps {
  /** The connection as loaded (or the start of a new one); the form is built from it once (the parent keys the form by it). */
  connection: WireConnection;
  mode?: FormMode;
  poolParameters: readonly PoolParameterInfo[];
  readOnly?: boolean;
  onSaved?: (saved: { name: string; id: string | null }) => void;
  onDirtyChange?: (dirty: boolean) => void;
  onClose?: () => void;
}

/** Reports "unsaved" to the host; isolated so the rest of the form does not re-render with it. */
const DirtyReporter = memo(function DirtyReporter({ onDirtyChange }: { onDirtyChange?: (dirty: boolean) => void }) {
  const unsaved = useHasUnsavedChanges();
  const latest = useRef(onDirtyChange);
  useEffect(() => {
    latest.current = onDirtyChange;
  });
  useEffect(() => {
    latest.current?.(unsaved);
  }, [unsaved]);
  return null;
});

/**
 * The sections, memoised: the form root re-renders for its own reasons (the save flow moving,
 * a host passing new callbacks when the dirty flag flips) and must not drag hundreds of rows
 * through it. Sections subscribe to exactly the form state they show.
 */
const FormSections = memo(function FormSections({
  original,
  readOnly,
  optionCount,
}: {
  original: WireConnection;
  readOnly: boolean;
  /** Options when the form was built: a long list paints its first screen first. */
  optionCount: number;
}) {
  const belowFold = useBelowFoldReady(optionCount);
  return (
    // The loaded values, so fields can warn about (never block on) what the server sent.
    <ServerValuesProvider original={original}>
      <GeneralSection />
      <DatabaseTypeSection />
      <ConnectionCheck original={original} readOnly={readOnly} />
      <OptionsSection rowLimit={belowFold ? undefined : FIRST_PAINT_OPTION_ROWS} />
      <LazyBelowFoldSections wanted={belowFold} original={original} />
    </ServerValuesProvider>
  );
});

/**
 * The editor proper: the sections, the action bar and the review dialog, rendering the save
 * flow (useSaveFlow.ts), which owns the form, its baseline and every step of a save.
 */
export function ConnectionForm({
  connection,
  mode = 'edit',
  poolParameters,
  readOnly = false,
  onSaved,
  onDirtyChange,
  onClose,
}: ConnectionFormProps) {
  const t = useMessages(editorMessages);
  const adding = mode !== 'edit';
  const { form, unsaved, state, original, forbidden, actions } = useSaveFlow({
    connection,
    poolParameters,
    target: adding ? 'add' : 'update',
    validateAll: mode === 'new',
    readOnly,
    onSaved,
  });
  const isReadOnly = readOnly || forbidden !== null;
  const [optionCount] = useState(() => form.getValues('options').length);

  const context = useMemo<EditorContextValue>(
    () => ({ serverType: original.databaseType, readOnly: isReadOnly, creating: adding, startedEmpty: mode === 'new' }),
    [original.databaseType, isReadOnly, adding, mode],
  );

  return (
    <FormProvider {...form}>
      <UnsavedChangesProvider value={unsaved}>
        <EditorContextProvider value={context}>
          <Box
            component="form"
            noValidate
            onSubmit={actions.submit}
            aria-label={adding ? t('newEditorLabel') : t('editorLabel', { name: original.name })}
            sx={{
              display: 'flex',
              flexDirection: 'column',
              gap: 2,
              // Whatever gets focus is scrolled into view above the sticky action bar, not under it.
              '& :is(input, textarea, select, button, a, [tabindex])': {
                scrollMarginBottom: `calc(var(${ACTION_BAR_HEIGHT_VAR}, 6rem) + 8px)`,
              },
            }}
          >
            <DirtyReporter onDirtyChange={onDirtyChange} />
            {isReadOnly && <ReadOnlyBanner forbiddenMessage={forbidden ?? undefined} />}
            <FormSections original={original} readOnly={isReadOnly} optionCount={optionCount} />
            <ActionBar readOnly={isReadOnly} state={state} onClose={onClose} />
            {/* A connection still to be added is reviewed against nothing: every set field is listed. */}
            <LazyReviewChangesDialog
              review={reviewViewOf(state)}
              original={adding ? NOTHING_STORED : original}
              creating={adding}
              actions={actions}
            />
          </Box>
        </EditorContextProvider>
      </UnsavedChangesProvider>
    </FormProvider>
  );
}
