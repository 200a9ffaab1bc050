import { useId } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { DataforError } from '../api/client';
import { useMessages } from '../i18n/i18n';
import { ErrorAlert } from '../ui/ErrorAlert';
import { focusOnAttach } from './focus';
import { deleteMessages } from './delete-messages';

export interface DeleteConnectionDialogProps {
  name: string;
  /** The open form holds unsaved edits of this connection: they go with it. */
  unsavedEdits: boolean;
  pending: boolean;
  error: DataforError | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asked before `deletebyname`. Cancel has the focus: a stray Enter keeps the connection. What
 * depends on the connection cannot be checked from here, so the dialog says what breaks.
 */
export default function DeleteConnectionDialog({ name, unsavedEdits, pending, error, onConfirm, onCancel }: DeleteConnectionDialogProps) {
  const t = useMessages(deleteMessages);
  const id = useId();
  return (
    <Dialog open onClose={pending ? undefined : onCancel} aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} maxWidth="sm" fullWidth>
      <DialogTitle id={`${id}-title`}>{t('deleteTitle', { name })}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${id}-body`}>{t('deleteBody', { name })}</DialogContentText>
        {unsavedEdits && <DialogContentText sx={{ mt: 1 }}>{t('deleteUnsaved', { name })}</DialogContentText>}
        {error && <ErrorAlert error={error} context={t('deleteFailed', { name })} sx={{ mt: 2 }} />}
      </DialogContent>
      <DialogActions>
        {/* Focused as it appears (the dialog's focus trap keeps a focus already inside it). */}
        <Button ref={focusOnAttach} onClick={onCancel} disabled={pending}>
          {t('cancel')}
        </Button>
        <Button onClick={onConfirm} color="error" variant="contained" loading={pending}>
          {t('deleteConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
