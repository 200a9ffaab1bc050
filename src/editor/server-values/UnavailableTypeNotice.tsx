import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useMemo } from 'react';
import { typeClues } from '../../connection/type-clues';
import { useMessages } from '../../i18n/i18n';
import { serverValueMessages } from './messages';
import { useOriginalConnection } from './ServerValues';

/**
 * Under "Database type" when the server named none: why, and what the connection itself tells
 * (the name its type object carries, its options' prefixes, attributes that name a type).
 */
export function UnavailableTypeNotice() {
  const t = useMessages(serverValueMessages);
  const original = useOriginalConnection();
  const clues = useMemo(() => (original ? typeClues(original) : undefined), [original]);
  const told = clues
    ? [
        ...(clues.name ? [t('clueName', { name: clues.name })] : []),
        ...clues.optionPrefixes.map((prefix) => t('clueOptionPrefix', { prefix })),
        ...clues.attributes.map(([key, value]) => t('clueAttribute', { key, value })),
      ]
    : [];
  return (
    <Alert severity="info" variant="outlined" sx={{ mt: 1 }}>
      <AlertTitle>{t('typeNotAvailableTitle')}</AlertTitle>
      {t('typeNotAvailableBody')}{' '}
      {t('typeClues')} {told.length > 0 ? told.join('; ') : t('noClues')}
    </Alert>
  );
}
