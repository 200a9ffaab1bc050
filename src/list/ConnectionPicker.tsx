/** The list for narrow windows: one select above the editor. */
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { ListedConnectionView } from '../api/connections';
import { useMessages } from '../i18n/i18n';
import { listMessages } from './messages';

export interface ConnectionPickerProps {
  connections: readonly ListedConnectionView[];
  selectedName: string | null;
  onChoose: (name: string) => void;
}

export function ConnectionPicker({ connections, selectedName, onChoose }: ConnectionPickerProps) {
  const t = useMessages(listMessages);
  const known = selectedName !== null && connections.some((c) => c.name === selectedName);
  return (
    <TextField
      select
      fullWidth
      label={t('connection')}
      value={selectedName ?? ''}
      onChange={(event) => {
        if (event.target.value) onChoose(event.target.value);
      }}
      helperText={connections.length === 0 ? t('none') : ' '}
    >
      <MenuItem value="" disabled>
        {t('chooseConnection')}
      </MenuItem>
      {selectedName !== null && !known && <MenuItem value={selectedName}>{selectedName}</MenuItem>}
      {connections.map((c) => (
        <MenuItem key={c.id ?? c.name} value={c.name}>
          {c.name} — {c.typeName || c.shortName}
          {!c.canEdit ? ` (${t('readOnly')})` : ''}
        </MenuItem>
      ))}
    </TextField>
  );
}
