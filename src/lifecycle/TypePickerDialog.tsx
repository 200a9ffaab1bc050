/**
 * "Choose a database type": every type of the catalogue as a tile, searchable, as Datafor's
 * console starts a new connection. Each tile is a button named by the type's name, reached
 * with Tab (or Enter in the search box for the first match); initials stand in for logos.
 */
import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { DATABASE_TYPES, type DatabaseTypeEntry } from '../connection/catalogue';
import { useMessages } from '../i18n/i18n';
import { focusOnAttach } from './focus';
import { pickerMessages } from './picker-messages';
import { typeInitials } from './type-initials';

export interface TypePickerDialogProps {
  onChoose: (type: DatabaseTypeEntry) => void;
  onClose: () => void;
}

/** Types whose label, name or shortName contains every word typed, ignoring case. */
export function searchDatabaseTypes(types: readonly DatabaseTypeEntry[], query: string): readonly DatabaseTypeEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return types;
  return types.filter((type) => {
    const text = `${type.label} ${type.name} ${type.shortName}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

export default function TypePickerDialog({ onChoose, onClose }: TypePickerDialogProps) {
  const t = useMessages(pickerMessages);
  const id = useId();
  const titleId = `${id}-title`;
  const countId = `${id}-count`;
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const shown = useMemo(() => searchDatabaseTypes(DATABASE_TYPES, deferred), [deferred]);

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const first = searchDatabaseTypes(DATABASE_TYPES, search)[0];
    if (first && search.trim() !== '') {
      event.preventDefault();
      onChoose(first);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullScreen={fullScreen} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{t('pickerTitle')}</DialogTitle>
      <DialogContent dividers>
        <TextField
          type="search"
          label={t('pickerSearch')}
          helperText={t('pickerHelp')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={onSearchKeyDown}
          fullWidth
          inputRef={focusOnAttach}
          autoComplete="off"
          slotProps={{ htmlInput: { 'aria-describedby': `${id}-help ${countId}` }, formHelperText: { id: `${id}-help` } }}
        />
        <Typography id={countId} variant="caption" color="text.secondary" aria-live="polite" component="p" sx={{ mt: 0.5, mb: 1.5 }}>
          {t('pickerCount', { shown: shown.length, total: DATABASE_TYPES.length })}
        </Typography>
        {shown.length === 0 ? (
          <Typography color="text.secondary">{t('pickerNoMatch', { query: deferred.trim() })}</Typography>
        ) : (
          <Box
            component="ul"
            aria-label={t('pickerTypes')}
            sx={{
              listStyle: 'none',
              m: 0,
              p: 0,
              display: 'grid',
              gap: 1,
              gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
            }}
          >
            {shown.map((type) => (
              <li key={type.shortName}>
                <TypeTile type={type} onChoose={onChoose} />
              </li>
            ))}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cancel')}</Button>
      </DialogActions>
    </Dialog>
  );
}

function TypeTile({ type, onChoose }: { type: DatabaseTypeEntry; onChoose: (type: DatabaseTypeEntry) => void }) {
  return (
    <ButtonBase
      onClick={() => onChoose(type)}
      focusRipple
      sx={{
        width: '100%',
        height: '100%',
        minHeight: 56,
        justifyContent: 'flex-start',
        gap: 1.5,
        p: 1,
        textAlign: 'left',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        '&:hover': { bgcolor: 'action.hover' },
        '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineStyle: 'solid', outlineOffset: 1 },
      }}
    >
      {/* Decorative: the button is named by its text. */}
      <Avatar aria-hidden variant="rounded" sx={{ bgcolor: 'primary.main', color: 'primary.contrastText', width: 36, height: 36, fontSize: 14, fontWeight: 600 }}>
        {typeInitials(type.name)}
      </Avatar>
      <Typography variant="body2" component="span" sx={{ overflowWrap: 'anywhere' }}>
        {type.label}
      </Typography>
    </ButtonBase>
  );
}
