/**
 * The sticky bar under the form: what the last Save led to (blocked by validation, nothing to
 * save, saved, failed), then Save, Discard, Close and the "unsaved" tag. It renders the save
 * flow's state (useSaveFlow.ts) and decides nothing itself.
 */
import { memo, useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import SaveIcon from '@mui/icons-material/Save';
import UndoIcon from '@mui/icons-material/Undo';
import { useFormState, type FieldErrors } from 'react-hook-form';
import type { ConnectionFormValues } from '../connection/form';
import type { WireConnection } from '../connection/wire';
import { DiscardConfirmDialog } from './DiscardConfirmDialog';
import { useEditorContext } from './EditorContext';
import { useMessages } from '../i18n/i18n';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Tag } from '../ui/Tag';
import { editorMessages } from './messages';
import { useHasUnsavedChanges } from './unsaved-changes';
import { isSending, type SaveFlowView } from './useSaveFlow';
import { serverWordsAfterSave } from './saved-message';
import { useFormMethods } from './form-methods';

/** The bar's height, published on the form so focused fields scroll clear of it. */
export const ACTION_BAR_HEIGHT_VAR = '--datafor-action-bar-height';

export interface ActionBarProps {
  readOnly: boolean;
  state: SaveFlowView;
  /** The baseline, to count the changes Discard would throw away. */
  original: WireConnection;
  onClose?: () => void;
}

/**
 * Memoised: the form re-renders it only when the save flow moves. Discard, the tag and the
 * result messages follow "unsaved" themselves, and only when it flips.
 */
export const ActionBar = memo(function ActionBar({ readOnly, state, original, onClose }: ActionBarProps) {
  const t = useMessages(editorMessages);
  const pending = isSending(state);
  const barRef = useRef<HTMLDivElement>(null);

  // The bar grows with its messages; the form (its parent) keeps focused fields clear of it.
  useEffect(() => {
    const bar = barRef.current;
    const form = bar?.parentElement;
    if (!bar || !form || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      form.style.setProperty(ACTION_BAR_HEIGHT_VAR, `${bar.offsetHeight}px`);
    });
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);

  // Read-only, with nothing to close and no result to show, a bar would be an empty husk
  // ("No unsaved changes" and nothing else): the banner above already says why.
  if (readOnly && !onClose && state.step !== 'failed' && state.step !== 'saved') return null;

  return (
    <Paper
      ref={barRef}
      elevation={3}
      sx={{ position: 'sticky', bottom: 0, zIndex: 1, p: { xs: 1, sm: 2 }, display: 'flex', flexDirection: 'column', gap: 1.5 }}
    >
      <ValidationSummary />
      {state.step === 'saved' && (
        <SavedStatus message={serverWordsAfterSave(state.msg) ? t('savedWithMessage', { msg: state.msg ?? '' }) : t('saved')} />
      )}
      {state.step === 'failed' && <ErrorAlert error={state.error} />}
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        {!readOnly && (
          <Button type="submit" variant="contained" startIcon={<SaveIcon />} loading={pending} loadingPosition="start">
            {t('save')}
          </Button>
        )}
        {!readOnly && <DiscardButton pending={pending} original={original} />}
        {onClose && (
          <Button type="button" onClick={onClose}>
            {t('close')}
          </Button>
        )}
        {!readOnly && <NothingToSaveStatus attempt={state.step === 'nothing-to-save' ? state.attempt : 0} />}
        {/* One look for both states: a first-time style (emotion inserting a rule) on the first
            keystroke forces a whole-page style recalculation, ~100 ms with hundreds of rows.
            On a phone the bar must stay one line; Discard being enabled already tells the state. */}
        {!readOnly && (
          <Box component="span" sx={{ ml: 'auto', display: { xs: 'none', sm: 'inline-flex' } }}>
            <DirtyTag />
          </Box>
        )}
      </Stack>
    </Paper>
  );
});

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

/** After a blocked save: how many fields need attention, and that nothing was sent. */
function ValidationSummary() {
  const t = useMessages(editorMessages);
  const { control } = useFormMethods();
  const { errors, submitCount } = useFormState<ConnectionFormValues>({ control });
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
  const unsaved = useHasUnsavedChanges();
  if (unsaved) return null;
  return (
    <Alert severity="success" role="status">
      {message}
    </Alert>
  );
}

/**
 * "No changes to save", beside Save, for as long as that is true. The live region is always
 * there (empty when silent) so screen readers announce the words when they appear; each press
 * writes them anew (`attempt`), so each press is announced.
 */
function NothingToSaveStatus({ attempt }: { attempt: number }) {
  const t = useMessages(editorMessages);
  const unsaved = useHasUnsavedChanges();
  const shown = attempt > 0 && !unsaved;
  return (
    <Typography component="span" role="status" variant="body2" color="text.secondary">
      {shown && <span key={attempt}>{t('nothingToSave')}</span>}
    </Typography>
  );
}

/**
 * Discard and the dirty tag follow "unsaved" one background render behind (useDeferredValue):
 * the keystroke that makes the form dirty renders only the field typed in, and the button and
 * tag catch up right after it is painted. Their views are memoised so that the keystroke's own
 * render skips them (issue 6 measures that keystroke).
 */
function useDeferredUnsaved(): boolean {
  return useDeferredValue(useHasUnsavedChanges());
}

function DiscardButton({ pending, original }: { pending: boolean; original: WireConnection }) {
  const { reset, getValues, setFocus } = useFormMethods();
  const unsaved = useDeferredUnsaved();
  // The number of changes while "Discard all changes?" is asked; null when not asking.
  const [asking, setAsking] = useState<number | null>(null);
  const discard = useCallback(() => {
    const values = getValues();
    void import('./discard-count').then(
      ({ countChanges }) => {
        const count = countChanges(values, original);
        if (count > 1) setAsking(count);
        else reset();
      },
      // The count could not be loaded (a new version deployed meanwhile): ask rather than guess.
      () => setAsking(Number.POSITIVE_INFINITY),
    );
  }, [getValues, original, reset]);
  const confirm = useCallback(() => {
    setAsking(null);
    reset();
    requestAnimationFrame(() => setFocus('name'));
  }, [reset, setFocus]);
  return (
    <>
      <DiscardButtonView disabled={!unsaved || pending} onDiscard={discard} />
      {asking !== null && <DiscardConfirmDialog count={asking} onDiscard={confirm} onKeep={() => setAsking(null)} />}
    </>
  );
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

/** "Unsaved changes" / "No unsaved changes"; a connection still to be added is "Not saved yet" until it is. */
function DirtyTag() {
  const t = useMessages(editorMessages);
  const { creating } = useEditorContext();
  const unsaved = useDeferredUnsaved();
  return <Tag label={creating ? t('notSavedYet') : unsaved ? t('unsavedChanges') : t('noChanges')} />;
}
