import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useMessages } from '../i18n/i18n';
import { appMessages } from './messages';

export interface LeaveDialogProps {
  name: string;
  onLeave: () => void;
  onStay: () => void;
  /** Offered where the editor can save first: its review opens, and leaving follows a save that succeeds. */
  onSaveAndLeave?: () => void;
}

/** Asked before unsaved edits would be thrown away; staying is the default. */
export function LeaveDialog({ name, onLeave, onStay, onSaveAndLeave }: LeaveDialogProps) {
  const t = useMessages(appMessages);
  return (
    <Dialog open onClose={onStay} aria-labelledby="datafor-leave-title" aria-describedby="datafor-leave-body">
      <DialogTitle id="datafor-leave-title">{t('leaveTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="datafor-leave-body">{t('leaveBody', { name })}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1, '& > :not(style) ~ :not(style)': { ml: 0 } }}>
        <Button onClick={onStay} variant="contained">
          {t('leaveStay')}
        </Button>
        {onSaveAndLeave && (
          <Button onClick={onSaveAndLeave} variant="outlined">
            {t('leaveSave')}
          </Button>
        )}
        <Button onClick={onLeave} color="error">
          {t('leaveConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
