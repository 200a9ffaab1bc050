import { useId } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { OptionsOnTypeChange } from '../../connection/convert';
import type { OptionRow } from '../../connection/form';
import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';


export interface PendingTypeChange {
  next: string;
  previous: string;
  /** The labels of the two types, as the type list shows them. */
  from: string;
  to: string;
  /** The option rows that hold something: they belong to the old type. */
  rows: readonly OptionRow[];
}

/**
 * Asked when the type changes while the connection has options: they belong to the old type,
 * and the new one reads only its own, so the user decides whether they move along or go.
 * Cancel keeps the old type.
 */
export function TypeChangeDialog({
  pending,
  onChoose,
  onCancel,
}: {
  pending: PendingTypeChange;
  onChoose: (options: OptionsOnTypeChange) => void;
  onCancel: () => void;
}) {
  const t = useMessages(editorMessages);
  const titleId = useId();
  const bodyId = useId();
  const { from, to, rows } = pending;
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} aria-describedby={bodyId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('typeChangeTitle', { to })}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>{t('typeChangeBody', { from, to })}</DialogContentText>
        <Box
          component="ul"
          aria-label={t('typeChangeOptionsList', { from })}
          sx={{ mt: 1.5, mb: 0, pl: 3, fontFamily: 'fontFamilyMonospace', fontSize: 'body2.fontSize', wordBreak: 'break-all' }}
        >
          {rows.map((row, index) => (
            <li key={index}>{row.value === '' ? row.name || t('unnamedOption') : `${row.name || t('unnamedOption')} = ${row.value}`}</li>
          ))}
        </Box>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onCancel}>{t('cancelTypeChange')}</Button>
        <Button onClick={() => onChoose('remove')} color="warning" variant="outlined">
          {t('removeOptions')}
        </Button>
        <Button onClick={() => onChoose('keep')} variant="contained">
          {t('keepOptions')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
