import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import SaveIcon from '@mui/icons-material/Save';
import UndoIcon from '@mui/icons-material/Undo';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { FormProvider, useForm, useFormContext, useFormState, type FieldErrors } from 'react-hook-form';
import type { ConnectionFormValues } from '../connection/form';
import type { PoolParameterInfo, WireConnection } from '../connection/wire';
import { toFormValues, toPayload } from '../connection/convert';
import { connectionFormSchemaFor } from '../connection/form-schema';
import { connectionKeys, useUpdateConnection } from '../api/connections';
import { describeError } from '../api/error-messages';
import { useLocale, useMessages } from '../i18n/i18n';
import { editorMessages } from './messages';
import { EditorContextProvider, type EditorContextValue } from './EditorContext';
import { GeneralSection } from './sections/GeneralSection';
import { DatabaseTypeSection } from './sections/DatabaseTypeSection';
import { OptionsSection } from './sections/OptionsSection';
import { PoolingSection } from './sections/PoolingSection';
import { AdvancedSection } from './sections/AdvancedSection';
import { PartitionsSection } from './partitions/PartitionsSection';
import { ServerValuesProvider } from './server-values/ServerValues';
import { ReadOnlyBanner } from './readonly/ReadOnlyBanner';
import { LazyReviewChangesDialog } from './review/LazyReviewChangesDialog';
import { ConnectionCheck } from './test-connection/ConnectionCheck';
import { Tag } from '../ui/Tag';
import { FailureDetails } from './FailureDetails';
import { FIRST_PAINT_OPTION_ROWS, useBelowFoldReady } from './first-paint';

export interface ConnectionFormProps {
  /** The connection as loaded; the form is built from it once (the parent keys the form by it). */
  connection: WireConnection;
  poolParameters: readonly PoolParameterInfo[];
  readOnly?: boolean;
  onSaved?: (saved: { name: string; id: string | null }) => void;
  onDirtyChange?: (dirty: boolean) => void;
  onClose?: () => void;
}

const ACTION_BAR_HEIGHT_VAR = '--datafor-action-bar-height';

/** Withholds the password whatever the caller passed: it must never sit in any cache. */
function asStored(payload: WireConnection): WireConnection {
  return { ...payload, password: null };
}

function countErrors(errors: FieldErrors): number {
  let count = 0;
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if ('message' in node && typeof (node as { message?: unknown }).message === 'string') count += 1;
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'ref' && key !== 'message' && key !== 'type' && key !== 'types') visit(child);
    }
  };
  visit(errors);
  return count;
}

/** Reports dirty state to the host; isolated so the rest of the form does not re-render with it. */
const DirtyReporter = memo(function DirtyReporter({ onDirtyChange }: { onDirtyChange?: (dirty: boolean) => void }) {
  const { isDirty } = useFormState<ConnectionFormValues>();
  const latest = useRef(onDirtyChange);
  useEffect(() => {
    latest.current = onDirtyChange;
  });
  useEffect(() => {
    latest.current?.(isDirty);
  }, [isDirty]);
  return null;
});

/**
 * The sections, memoised: the form root re-renders for its own reasons (mutation state, a
 * host passing new callbacks when the dirty flag flips) and must not drag hundreds of rows
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
      {belowFold && <PoolingSection />}
      {belowFold && <AdvancedSection />}
      {belowFold && <PartitionsSection original={original} />}
    </ServerValuesProvider>
  );
});

/** After a blocked save: how many fields need attention, and that nothing was sent. */
function ValidationSummary() {
  const t = useMessages(editorMessages);
  const { errors, submitCount } = useFormState<ConnectionFormValues>();
  const count = countErrors(errors);
  if (submitCount === 0 || count === 0) return null;
  return (
    <Alert severity="warning" role="alert">
      {count === 1 ? t('fixError') : t('fixErrors', { count })}
    </Alert>
  );
}

/** "Connection saved", until the next edit makes it stale. */
function SavedStatus({ message }: { message: string }) {
  const { isDirty } = useFormState<ConnectionFormValues>();
  if (isDirty) return null;
  return (
    <Alert severity="success" role="status">
      {message}
    </Alert>
  );
}

interface ActionBarProps {
  readOnly: boolean;
  pending: boolean;
  onClose?: () => void;
}

/**
 * Discard and the dirty tag follow the dirty flag one background render behind
 * (useDeferredValue): the keystroke that makes the form dirty renders only the field typed
 * in, and the button and tag catch up right after it is painted. Their views are memoised so
 * that the keystroke's own render skips them (issue 6 measures that keystroke).
 */
function useDeferredDirty(): boolean {
  const { isDirty } = useFormState<ConnectionFormValues>();
  return useDeferredValue(isDirty);
}

function DiscardButton({ pending }: { pending: boolean }) {
  const { reset } = useFormContext<ConnectionFormValues>();
  const dirty = useDeferredDirty();
  const discard = useCallback(() => reset(), [reset]);
  return <DiscardButtonView disabled={!dirty || pending} onDiscard={discard} />;
}

const DiscardButtonView = memo(function DiscardButtonView({ disabled, onDiscard }: { disabled: boolean; onDiscard: () => void }) {
  const t = useMessages(editorMessages);
  return (
    <Button
      type="button"
      startIcon={<UndoIcon />}
      disabled={disabled}
      onClick={onDiscard}
      // The first keystroke enables this button; MUI's 250 ms colour fade would then repaint
      // the page every frame while the user types (~100 ms keystrokes at 300 options).
      sx={{ transition: 'none' }}
    >
      {t('discardChanges')}
    </Button>
  );
});

/** "Unsaved changes" / "No unsaved changes". */
function DirtyTag() {
  const t = useMessages(editorMessages);
  const dirty = useDeferredDirty();
  return <Tag label={dirty ? t('unsavedChanges') : t('noChanges')} />;
}

/**
 * Save, Discard, Close and the dirty tag. Memoised, and only Discard and the tag follow the
 * dirty flag: the keystroke that makes the form dirty re-renders those two, not every button
 * of the bar (issue 6 measures that keystroke).
 */
const ActionBar = memo(function ActionBar({ readOnly, pending, onClose }: ActionBarProps) {
  const t = useMessages(editorMessages);
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      {!readOnly && (
        <Button type="submit" variant="contained" startIcon={<SaveIcon />} loading={pending} loadingPosition="start">
          {t('save')}
        </Button>
      )}
      {!readOnly && <DiscardButton pending={pending} />}
      {onClose && (
        <Button type="button" onClick={onClose}>
          {t('close')}
        </Button>
      )}
      {/* One look for both states: a first-time style (emotion inserting a rule) on the first
          keystroke forces a whole-page style recalculation, ~100 ms with hundreds of rows.
          On a phone the bar must stay one line; Discard being enabled already tells the state. */}
      <Box component="span" sx={{ ml: 'auto', display: { xs: 'none', sm: 'inline-flex' } }}>
        <DirtyTag />
      </Box>
    </Stack>
  );
});

/**
 * The editor proper: a react-hook-form over the form model, one component per section, saved
 * through the update mutation. Built from `connection` once; after a save the payload sent
 * becomes the new baseline, so "dirty" always means "differs from what the server holds".
 */
export function ConnectionForm({ connection, poolParameters, readOnly = false, onSaved, onDirtyChange, onClose }: ConnectionFormProps) {
  const t = useMessages(editorMessages);
  const locale = useLocale();
  const queryClient = useQueryClient();
  // The baseline toPayload starts from: the loaded connection, then each saved payload.
  const [original, setOriginal] = useState<WireConnection>(() => asStored(connection));
  // CONNECTION_WRITE_FORBIDDEN on save: the server is the judge, so stop offering Save.
  const [forbidden, setForbidden] = useState(false);
  const isReadOnly = readOnly || forbidden;

  // Built once: useForm reads defaultValues on mount only, and 300 option rows are not free.
  const [initialValues] = useState(() => toFormValues(connection, poolParameters));
  // Validates what the user changes: the loaded connection's own values never block a save.
  const schema = useMemo(() => connectionFormSchemaFor(original), [original]);
  const form = useForm<ConnectionFormValues>({
    resolver: zodResolver(schema),
    defaultValues: initialValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const update = useUpdateConnection();
  const inFlight = useRef(false);
  // The payload under review ("Review changes"); nothing is sent until the dialog confirms it.
  const [reviewPayload, setReviewPayload] = useState<WireConnection | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // The editor may sit inside a host page's own <form>: its submit must stay ours.
    event.stopPropagation();
    const save = (values: ConnectionFormValues) => {
      // A second click can land before React re-renders the disabled button.
      if (inFlight.current || isReadOnly) return;
      setReviewPayload(toPayload(values, original));
    };
    // A blocked save clears the previous result, so an old "saved" never sits beside new errors.
    void form.handleSubmit(save, () => update.reset())(event);
  };

  // Called by the review dialog once the user confirmed (and the server copy was unchanged or
  // the user chose to overwrite it).
  const send = (payload: WireConnection) => {
    setReviewPayload(null);
    if (inFlight.current || isReadOnly) return;
    inFlight.current = true;
    update.mutate(payload, {
      onSuccess: () => {
        const saved = asStored(payload);
        setOriginal(saved);
        // Seeds the cache under the (possibly new) name so a rename re-opens nothing.
        queryClient.setQueryData(connectionKeys.detail(saved.name), saved);
        form.reset(toFormValues(saved, poolParameters));
        onSaved?.({ name: saved.name, id: saved.id ?? null });
      },
      onError: (error) => {
        if (error.prefix === 'CONNECTION_WRITE_FORBIDDEN') setForbidden(true);
      },
      onSettled: () => {
        inFlight.current = false;
      },
    });
  };

  // "Reload their version": the server's current copy becomes the baseline and the form shows it.
  const reloadTheirs = (theirs: WireConnection) => {
    setReviewPayload(null);
    const stored = asStored(theirs);
    setOriginal(stored);
    queryClient.setQueryData(connectionKeys.detail(stored.name), stored);
    update.reset();
    form.reset(toFormValues(stored, poolParameters));
  };

  // The action bar grows with its messages; focused fields must stay clear of it.
  const formRef = useRef<HTMLFormElement>(null);
  const actionBarRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = actionBarRef.current;
    const formElement = formRef.current;
    if (!bar || !formElement || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      formElement.style.setProperty(ACTION_BAR_HEIGHT_VAR, `${bar.offsetHeight}px`);
    });
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);

  const context = useMemo<EditorContextValue>(
    () => ({ serverType: original.databaseType, readOnly: isReadOnly }),
    [original.databaseType, isReadOnly],
  );

  const failure = update.isError ? describeError(update.error, locale) : null;
  const savedMessage = update.isSuccess
    ? update.data.msg
      ? t('savedWithMessage', { msg: update.data.msg })
      : t('saved')
    : null;

  return (
    <FormProvider {...form}>
      <EditorContextProvider value={context}>
        <Box
          component="form"
          noValidate
          onSubmit={onSubmit}
          aria-label={t('editorLabel', { name: original.name })}
          ref={formRef}
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
          {isReadOnly && <ReadOnlyBanner forbiddenMessage={forbidden ? (update.error?.serverMessage ?? '') : undefined} />}
          <FormSections original={original} readOnly={isReadOnly} optionCount={initialValues.options.length} />
          <Paper
            ref={actionBarRef}
            elevation={3}
            sx={{ position: 'sticky', bottom: 0, zIndex: 1, p: { xs: 1, sm: 2 }, display: 'flex', flexDirection: 'column', gap: 1.5 }}
          >
            <ValidationSummary />
            {savedMessage && <SavedStatus message={savedMessage} />}
            {failure && (
              <Alert severity="error" role="alert">
                <AlertTitle>{failure.title}</AlertTitle>
                <Typography variant="body2">{failure.message}</Typography>
                <FailureDetails failure={failure} />
              </Alert>
            )}
            <ActionBar readOnly={isReadOnly} pending={update.isPending} onClose={onClose} />
          </Paper>
          <LazyReviewChangesDialog
            payload={reviewPayload}
            original={original}
            onConfirm={send}
            onBack={() => setReviewPayload(null)}
            onReload={reloadTheirs}
          />
        </Box>
      </EditorContextProvider>
    </FormProvider>
  );
}
