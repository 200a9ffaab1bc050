import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { NOTHING_STORED } from '../connection/new-connection';
import type { PoolParameterInfo, WireConnection } from '../connection/wire';
import { useMessages } from '../i18n/i18n';
import { editorMessages } from './messages';
import { EditorContextProvider, type EditorContextValue } from './EditorContext';
import { GeneralSection } from './sections/GeneralSection';
import { DatabaseTypeSection } from './sections/DatabaseTypeSection';
import { OptionsSection } from './sections/OptionsSection';
import { VIRTUAL_FROM_ROWS } from './sections/OptionRowList';
import { LazyBelowFoldSections } from './below-fold/LazyBelowFoldSections';
import { ServerValuesProvider } from './server-values/ServerValues';
import { ReadOnlyBanner } from './readonly/ReadOnlyBanner';
import { LazyReadOnlySaveToast } from './readonly/LazyReadOnlySaveToast';
import { isSaveShortcut } from './save-shortcut';
import { LazyReviewChangesDialog } from './review/LazyReviewChangesDialog';
import { ConnectionCheck } from './test-connection/ConnectionCheck';
import { ACTION_BAR_HEIGHT_VAR, ActionBar } from './ActionBar';
import { UnsavedChangesProvider, useHasUnsavedChanges } from './unsaved-changes';
import { OptionEditsProvider } from './option-edits';
import { EditorFormProvider } from './form-methods';
import { reviewViewOf, useSaveFlow } from './useSaveFlow';
import { FIRST_PAINT_OPTION_ROWS, useBelowFoldReady } from './first-paint';

/** A save asked for from outside the form ("Save and leave"); a new `id` is a new request. */
export interface SaveRequest {
  id: number;
  then: () => void;
}

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
  saveRequest?: SaveRequest | null;
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
  refused,
  optionCount,
}: {
  original: WireConnection;
  readOnly: boolean;
  /** The server refused a save as forbidden. */
  refused: boolean;
  /** Options when the form was built: a long list paints its first screen first. */
  optionCount: number;
}) {
  const belowFold = useBelowFoldReady(optionCount);
  return (
    // The loaded values, so fields can warn about (never block on) what the server sent.
    <ServerValuesProvider original={original}>
      <GeneralSection />
      <DatabaseTypeSection />
      <ConnectionCheck original={original} readOnly={readOnly} refused={refused} />
      {/* A virtualised list paints only what is in view anyway: the limit would only render the section again. */}
      <OptionsSection rowLimit={belowFold || optionCount >= VIRTUAL_FROM_ROWS ? undefined : FIRST_PAINT_OPTION_ROWS} />
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
  saveRequest,
}: ConnectionFormProps) {
  const t = useMessages(editorMessages);
  const adding = mode !== 'edit';
  const { form, unsaved, optionEdits, state, original, forbidden, actions } = useSaveFlow({
    connection,
    poolParameters,
    target: adding ? 'add' : 'update',
    validateAll: mode === 'new',
    readOnly,
    onSaved,
  });
  const isReadOnly = readOnly || forbidden !== null;
  const [optionCount] = useState(() => form.getValues('options').length);
  const formRef = useRef<HTMLFormElement>(null);

  // Each request once: a request already there when the form was built is not this form's.
  const handledRequest = useRef(saveRequest?.id ?? 0);
  useEffect(() => {
    if (!saveRequest || saveRequest.id === handledRequest.current) return;
    handledRequest.current = saveRequest.id;
    actions.saveThen(saveRequest.then);
  }, [saveRequest, actions]);
  // Ctrl+S / ⌘S in a read-only form: said in a toast, wherever the user has scrolled to.
  const [readOnlySaveTold, setReadOnlySaveTold] = useState(false);

  // Ctrl+S / ⌘S is Save (it opens the review, as the button does) and never the browser's
  // "Save page". Read while handling the key, so the handler needs no re-subscription.
  const shortcut = useRef({ isReadOnly, reviewing: false });
  useEffect(() => {
    shortcut.current = { isReadOnly, reviewing: reviewViewOf(state) !== null };
  });
  const onSaveShortcut = useMemo(
    () => (event: KeyboardEvent | ReactKeyboardEvent) => {
      if (!isSaveShortcut(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (event.repeat) return;
      // A dialog (the review, the type-change question, signing in) asks its own question:
      // its buttons decide there.
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="dialog"], [role="alertdialog"]') || shortcut.current.reviewing) return;
      if (shortcut.current.isReadOnly) setReadOnlySaveTold(true);
      else formRef.current?.requestSubmit();
    },
    [],
  );
  // From any field the form's own handler catches it (dialogs and menus rendered from the form
  // included: React events follow the component tree). Elsewhere on the editor's own page (the
  // list, nothing focused) the key reaches the document, and is ours too; inside a host page's
  // shadow root the host's keys stay the host's.
  useEffect(() => {
    const element = formRef.current;
    if (!element || element.getRootNode() !== element.ownerDocument) return;
    const doc = element.ownerDocument;
    const onDocumentKey = (event: KeyboardEvent) => onSaveShortcut(event);
    doc.addEventListener('keydown', onDocumentKey);
    return () => doc.removeEventListener('keydown', onDocumentKey);
  }, [onSaveShortcut]);

  const context = useMemo<EditorContextValue>(
    () => ({ serverType: original.databaseType, readOnly: isReadOnly, creating: adding, startedEmpty: mode === 'new' }),
    [original.databaseType, isReadOnly, adding, mode],
  );

  return (
    <EditorFormProvider form={form}>
      <OptionEditsProvider value={optionEdits}>
        <UnsavedChangesProvider value={unsaved}>
          <EditorContextProvider value={context}>
            <Box
              component="form"
              ref={formRef}
              noValidate
              onSubmit={actions.submit}
              onKeyDown={onSaveShortcut}
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
              {/* Which connection this is, above everything: the name as saved (a rename shows once
                  saved). A connection being created has its heading from DraftEditor ("New
                  PostgreSQL connection", "Copy of …"), which says more: one heading, not two. */}
              {!adding && (
                <Typography component="h2" variant="h5" sx={{ overflowWrap: 'anywhere' }}>
                  {t('editorHeading', { name: original.name })}
                </Typography>
              )}
              {isReadOnly && <ReadOnlyBanner forbiddenMessage={forbidden ?? undefined} />}
              <FormSections original={original} readOnly={isReadOnly} refused={forbidden !== null} optionCount={optionCount} />
              <ActionBar readOnly={isReadOnly} state={state} original={original} onClose={onClose} />
              {/* A connection still to be added is reviewed against nothing: every set field is listed. */}
              <LazyReviewChangesDialog
                review={reviewViewOf(state)}
                original={adding ? NOTHING_STORED : original}
                creating={adding}
                actions={actions}
              />
              <LazyReadOnlySaveToast readOnly={isReadOnly} open={readOnlySaveTold} onClose={() => setReadOnlySaveTold(false)} />
            </Box>
          </EditorContextProvider>
        </UnsavedChangesProvider>
      </OptionEditsProvider>
    </EditorFormProvider>
  );
}
