import { useId } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useFormState } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import type { WireConnection } from '../../connection/wire';
import { useMessages } from '../../i18n/i18n';
import { lazyPart, useLazyPart } from './lazy-part';
import { reviewShellMessages } from './shell-messages';
import type { ReviewChangesDialogProps } from './ReviewChangesDialog';

// The dialog and the diff rules are needed only once the user saves: not in the first bundle.
const reviewDialogPart = lazyPart<ReviewChangesDialogProps>(() => import('./ReviewChangesDialog'));

/** Starts fetching the dialog's code ahead of the first Save, so it opens without a pause. */
export function preloadReviewChangesDialog(): void {
  reviewDialogPart.load().catch(() => {
    // Reported when the user actually saves; a failed preload must not disturb editing.
  });
}

export interface LazyReviewChangesDialogProps extends Omit<ReviewChangesDialogProps, 'open' | 'payload'> {
  /** The payload under review; `null` when no review is open. */
  payload: WireConnection | null;
}

/**
 * Mounts a fresh dialog for every review (so a conflict seen last time is checked again), and
 * loads its code as soon as the form is dirty — the first moment a save becomes possible. If
 * the code cannot be fetched, says so and offers a retry: the form and its edits stay intact.
 * Must be rendered inside the form's FormProvider.
 */
export function LazyReviewChangesDialog({ payload, ...handlers }: LazyReviewChangesDialogProps) {
  const { isDirty } = useFormState<ConnectionFormValues>();
  const { Component, error, retry } = useLazyPart(reviewDialogPart, isDirty || payload !== null);
  if (!payload) return null;
  if (Component) return <Component open payload={payload} {...handlers} />;
  return <PendingReview failed={error !== undefined} onRetry={retry} onBack={handlers.onBack} />;
}

function PendingReview({ failed, onRetry, onBack }: { failed: boolean; onRetry: () => void; onBack: () => void }) {
  const t = useMessages(reviewShellMessages);
  const titleId = useId();
  return (
    <Dialog open onClose={onBack} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('title')}</DialogTitle>
      <DialogContent dividers>
        {failed ? (
          <Alert severity="error" role="alert">
            {t('loadFailed')}
          </Alert>
        ) : (
          <Typography role="status" color="text.secondary">
            <CircularProgress size={16} sx={{ mr: 1, verticalAlign: 'middle' }} aria-hidden />
            {t('loading')}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onBack}>{t('back')}</Button>
        {failed && (
          <Button variant="contained" onClick={onRetry}>
            {t('tryAgain')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
