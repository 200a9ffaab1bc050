/**
 * "Discard changes" with more than one change asks first: one click must not throw away an
 * afternoon's work. One change goes at once (it is as easy to make again as to confirm).
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useMessages } from '../i18n/i18n';
import { editorMessages } from './messages';

export function DiscardConfirmDialog({ count, onDiscard, onKeep }: { count: number; onDiscard: () => void; onKeep: () => void }) {
  const t = useMessages(editorMessages);
  const titleId = useId();
  const bodyId = useId();
  return (
    // Focus goes back to the form after a discard (the Discard button is then disabled).
    <Dialog open onClose={onKeep} aria-labelledby={titleId} aria-describedby={bodyId} disableRestoreFocus>
      <DialogTitle id={titleId}>{t('discardTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>
          {Number.isFinite(count) ? t('discardBody', { count }) : t('discardBodyUncounted')}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeep} variant="contained">
          {t('discardKeep')}
        </Button>
        <Button onClick={onDiscard} color="error">
          {t('discardConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
