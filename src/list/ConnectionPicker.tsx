/**
 * The list for narrow windows: a button above the editor naming the open connection, which
 * opens the same searchable, virtualised list full screen. A select could not carry thousands
 * of connections (every option in the DOM, no search); this handles them as the wide list does.
 */
import { useCallback, useId, useState } from 'react';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import Close from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ListedConnectionView } from '../api/connections';
import { useMessages } from '../i18n/i18n';
import { ConnectionList } from './ConnectionList';
import { listMessages } from './messages';

export interface ConnectionPickerProps {
  query: UseQueryResult<ListedConnectionView[]>;
  selectedName: string | null;
  onChoose: (name: string) => void;
  onSignInAgain?: () => void;
}

export function ConnectionPicker({ query, selectedName, onChoose, onSignInAgain }: ConnectionPickerProps) {
  const t = useMessages(listMessages);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const choose = useCallback(
    (name: string) => {
      setOpen(false);
      onChoose(name);
    },
    [onChoose],
  );

  return (
    <>
      <Button
        variant="outlined"
        color="inherit"
        fullWidth
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        endIcon={<ArrowDropDown aria-hidden />}
        sx={{ justifyContent: 'space-between', textTransform: 'none', borderColor: 'divider' }}
      >
        <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {t('currentConnection', { name: selectedName ?? t('chooseConnection') })}
        </Box>
      </Button>
      <Dialog open={open} onClose={close} fullScreen aria-labelledby={titleId}>
        <Box sx={{ display: 'flex', alignItems: 'center', pr: 1 }}>
          <DialogTitle id={titleId} sx={{ flex: 1 }}>
            {t('chooseConnection')}
          </DialogTitle>
          <IconButton onClick={close} aria-label={t('close')}>
            <Close />
          </IconButton>
        </Box>
        <Box sx={{ flex: 1, minHeight: 0 }}>
          <ConnectionList
            query={query}
            selectedName={selectedName}
            onChoose={choose}
            onSignInAgain={onSignInAgain}
            labelledBy={titleId}
            focusSearchOnMount
          />
        </Box>
      </Dialog>
    </>
  );
}
