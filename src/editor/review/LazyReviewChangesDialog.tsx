import { useEffect, useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useMessages } from '../../i18n/i18n';
import { lazyPart, useLazyPart } from '../../ui/lazy-part';
import { reviewShellMessages } from './shell-messages';
import type { ReviewView } from '../useSaveFlow';
import type { ReviewChangesDialogProps } from './ReviewChangesDialog';

// The dialog and the diff rules are needed only once the user saves: not in the first bundle.
export const reviewDialogPart = lazyPart<ReviewChangesDialogProps>(() => import('./ReviewChangesDialog'));

export interface LazyReviewChangesDialogProps extends Omit<ReviewChangesDialogProps, 'review'> {
  /** The review under way; `null` when none is open. */
  review: ReviewView | null;
}

/**
 * True once the browser has had an idle moment after mount. Loading the dialog's code then,
 * rather than on the first edit, keeps its parsing out of the user's first keystrokes.
 */
function useBrowserIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIdle(true), 500);
    return () => clearTimeout(timer);
  }, []);
  return idle;
}

/**
 * Loads the dialog's code at the first idle moment after the form appears, so Save opens it at
 * once. If the code cannot be fetched, says so and offers a retry: the form and its edits stay
 * intact.
 */
export function LazyReviewChangesDialog({ review, original, creating, actions }: LazyReviewChangesDialogProps) {
  const idle = useBrowserIdle();
  const { Component, error, retry } = useLazyPart(reviewDialogPart, idle || review !== null);
  if (!review) return null;
  if (Component) return <Component review={review} original={original} creating={creating} actions={actions} />;
  return <PendingReview failed={error !== undefined} onRetry={retry} onBack={actions.back} />;
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
