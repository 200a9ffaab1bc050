import { useId, useMemo } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { SxProps, Theme } from '@mui/material/styles';
import { describeError } from '../../api/error-messages';
import { diffConnections } from '../../connection/diff';
import { theirChanges } from '../../connection/their-changes';
import type { WireConnection } from '../../connection/wire';
import { useLocale, useMessages } from '../../i18n/i18n';
import type { ReviewView, SaveFlowActions } from '../useSaveFlow';
import { ChangeTable } from './ChangeTable';
import { reviewMessages } from './messages';

/**
 * A contained button marked aria-disabled looks as MUI's disabled one does, without being
 * disabled (see its use). Always applied, so that marking it changes an attribute only: a style
 * rule inserted mid-save makes the browser restyle the whole page.
 */
const UNAVAILABLE_WHEN_MARKED: SxProps<Theme> = {
  '&[aria-disabled="true"]': {
    color: 'action.disabled',
    bgcolor: 'action.disabledBackground',
    boxShadow: 'none',
    cursor: 'default',
  },
};

export interface ReviewChangesDialogProps {
  /** Where the review stands (the save flow's state while a review is open). */
  review: ReviewView;
  /** The baseline the payload was built from: "Before" in the review, and the base of "their changes". */
  original: WireConnection;
  /** A connection still to be added (issue 11): `original` is nothing stored, so every set field is listed. */
  creating?: boolean;
  actions: Pick<SaveFlowActions, 'confirm' | 'overwrite' | 'reload' | 'back'>;
}

/**
 * "Review changes": what a save will change, in plain words; while the save flow re-reads the
 * connection, that it is checking; and if someone else changed it meanwhile, their changes
 * beside yours with the two ways on. It shows the flow's state and calls its actions; it
 * sends and reads nothing itself (useSaveFlow.ts).
 *
 * "Overwrite anyway" sends exactly the payload reviewed, and the dialog says plainly that their
 * changes are replaced; "Reload their version" discards the local edits. The user sees both
 * lists before choosing either.
 */
export default function ReviewChangesDialog({ review, original, creating = false, actions }: ReviewChangesDialogProps) {
  const t = useMessages(reviewMessages);
  const locale = useLocale();
  const titleId = useId();
  const explainId = useId();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));

  const yours = useMemo(() => diffConnections(original, review.payload), [original, review.payload]);
  const theirs = useMemo(() => (review.step === 'conflict' ? theirChanges(original, review.theirs) : []), [original, review]);
  const overlapping = useMemo(() => new Set(yours.map((c) => c.key)), [yours]);
  // Still checking while a sign-in interrupts the re-read: the same request resumes after it.
  const checking = review.step === 'checking' || review.step === 'signed-out-resume';

  return (
    <Dialog
      open
      onClose={checking ? undefined : actions.back}
      aria-labelledby={titleId}
      aria-describedby={review.step === 'conflict' ? explainId : undefined}
      fullScreen={fullScreen}
      fullWidth
      maxWidth={review.step === 'conflict' ? 'lg' : 'md'}
    >
      <DialogTitle id={titleId}>{t('title')}</DialogTitle>
      <DialogContent dividers>
        {review.step === 'conflict' ? (
          <>
            <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
              <AlertTitle>{t('conflictTitle')}</AlertTitle>
              <span id={explainId}>{t('conflictExplain')}</span>
            </Alert>
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
              <ChangeTable caption={t('theirChanges')} changes={theirs} highlightKeys={overlapping} />
              <ChangeTable caption={t('yourChanges')} changes={yours} />
            </Box>
            <Typography variant="body2" sx={{ mt: 2 }}>
              {t('reloadExplain')}
            </Typography>
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t('overwriteExplain')}
            </Typography>
          </>
        ) : yours.length === 0 ? (
          // Save opens no review on a form without unsaved changes; this is for edits that
          // change nothing stored (a value typed into a pool parameter that is switched off).
          <Typography role="status">{t('noChanges')}</Typography>
        ) : (
          <>
            <Typography sx={{ mb: 1 }}>
              {creating ? t('introNew', { name: review.payload.name }) : t('intro', { name: original.name })}
            </Typography>
            <ChangeTable caption={t('title')} hideCaption changes={yours} />
            {review.step === 'gone' && (
              <Alert severity="warning" role="alert" sx={{ mt: 2 }}>
                {t('gone', { name: original.name })}
              </Alert>
            )}
            {review.step === 'check-failed' && (
              <Alert severity="error" role="alert" sx={{ mt: 2 }}>
                {t('checkFailed', { reason: describeError(review.error, locale).message })}
              </Alert>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {checking && (
          <Typography role="status" variant="body2" color="text.secondary" sx={{ mr: 'auto' }}>
            <CircularProgress size={14} sx={{ mr: 1, verticalAlign: 'middle' }} aria-hidden />
            {t('checking')}
          </Typography>
        )}
        <Button onClick={actions.back}>{t('back')}</Button>
        {review.step === 'conflict' && (
          <>
            <Button color="inherit" variant="outlined" onClick={actions.reload}>
              {t('reloadTheirs')}
            </Button>
            <Button color="warning" variant="contained" onClick={actions.overwrite}>
              {t('overwrite')}
            </Button>
          </>
        )}
        {review.step === 'gone' && (
          <Button color="warning" variant="contained" onClick={actions.overwrite}>
            {t('overwrite')}
          </Button>
        )}
        {yours.length > 0 && (review.step === 'reviewing' || checking || review.step === 'check-failed') && (
          // While the check runs the button keeps the focus it was clicked with: `disabled`
          // would move focus to the page, and taking it from the focused button forced a style
          // and layout pass of the whole page (~25 ms of a 2,000-option save, issue 16). It says
          // it is unavailable instead, and a click does nothing until the check has answered.
          <Button
            variant="contained"
            onClick={checking ? undefined : actions.confirm}
            aria-disabled={checking || undefined}
            disableRipple={checking}
            sx={UNAVAILABLE_WHEN_MARKED}
          >
            {review.step === 'check-failed' ? t('tryAgain') : t('saveChanges')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
