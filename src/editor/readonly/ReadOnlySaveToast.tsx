import Snackbar from '@mui/material/Snackbar';
import { useMessages } from '../../i18n/i18n';
import { readOnlyMessages } from './messages';

export interface ReadOnlySaveToastProps {
  open: boolean;
  onClose: () => void;
}

/** Ctrl+S / ⌘S in a read-only form: said in a toast, wherever the user has scrolled to. */
export default function ReadOnlySaveToast({ open, onClose }: ReadOnlySaveToastProps) {
  const t = useMessages(readOnlyMessages);
  return (
    <Snackbar
      open={open}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      autoHideDuration={6000}
      message={t('nothingToSaveReadOnly')}
    />
  );
}
