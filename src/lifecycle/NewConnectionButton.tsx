import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { DatabaseTypeEntry } from '../connection/catalogue';
import { useMessages } from '../i18n/i18n';
import { lazyPart, useLazyPart } from '../ui/lazy-part';
import { lifecycleMessages } from './messages';
import type { TypePickerDialogProps } from './TypePickerDialog';

// The picker is needed only when someone creates a connection: not in the first bundle.
export const pickerPart = lazyPart<TypePickerDialogProps>(() => import('./TypePickerDialog'));

export interface NewConnectionButtonProps {
  onChoose: (type: DatabaseTypeEntry) => void;
  fullWidth?: boolean;
}

/** "New connection": opens the type picker; choosing a type starts the editor in new mode. */
export function NewConnectionButton({ onChoose, fullWidth }: NewConnectionButtonProps) {
  const t = useMessages(lifecycleMessages);
  const [open, setOpen] = useState(false);
  const [warm, setWarm] = useState(false);
  const { Component, error, retry } = useLazyPart(pickerPart, open || warm);
  const loadingPicker = open && !Component && error === undefined;
  return (
    <>
      <Button
        variant="contained"
        size="small"
        startIcon={<AddIcon aria-hidden />}
        aria-haspopup="dialog"
        fullWidth={fullWidth}
        loading={loadingPicker}
        loadingPosition="start"
        onPointerEnter={() => setWarm(true)}
        onFocus={() => setWarm(true)}
        onClick={() => setOpen(true)}
        sx={{ flexShrink: 0 }}
      >
        {t('newConnection')}
      </Button>
      {open && error !== undefined && (
        <Alert
          severity="error"
          role="alert"
          action={
            <Button color="inherit" size="small" onClick={retry}>
              {t('tryAgain')}
            </Button>
          }
          onClose={() => setOpen(false)}
        >
          {t('pickerLoadFailed')}
        </Alert>
      )}
      {open && Component && (
        <Component
          onClose={() => setOpen(false)}
          onChoose={(type) => {
            setOpen(false);
            onChoose(type);
          }}
        />
      )}
    </>
  );
}
