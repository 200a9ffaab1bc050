import { memo, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMessages } from '../../i18n/i18n';
import { useEditorContext } from '../EditorContext';
import { readOnlyMessages } from '../readonly/messages';


/**
 * True when the form only shows the connection. Field wrappers then render their value as text
 * (ReadOnlyValue) instead of a greyed box that makes a stored value look like a placeholder.
 */
export function useReadOnlyView(): boolean {
  return useEditorContext().readOnly;
}

export interface ReadOnlyValueProps {
  label: string;
  /** The value as stored; '' reads "Not set". */
  value: string;
  /** Words that stand for the value (a choice's label, "On"/"Off", "Never shown"): not set in monospace. */
  words?: string;
  code?: boolean;
  /** What the server's value means (`${VAR}`, `-1`) or which rule it breaks; never editing hints. */
  notice?: ReactNode;
}

/**
 * One setting as a term and its value (`<dt>`/`<dd>`): a screen reader reads "Host name" then
 * "db.example", in order. (ARIA forbids naming a definition, so the pair is the whole semantics.)
 */
export const ReadOnlyValue = memo(function ReadOnlyValue({ label, value, words, code, notice }: ReadOnlyValueProps) {
  const t = useMessages(readOnlyMessages);
  const empty = words === undefined && value === '';
  return (
    <Box component="dl" sx={{ m: 0, pb: 1.5, minWidth: 0 }}>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        component="dd"
        sx={{
          m: 0,
          minHeight: '1.5em',
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          ...(code && !empty && words === undefined ? { fontFamily: 'fontFamilyMonospace', fontSize: '0.95em' } : {}),
          ...(empty ? { fontStyle: 'italic', color: 'text.secondary' } : {}),
        }}
      >
        {empty ? t('notSet') : (words ?? value)}
      </Typography>
      {notice ? (
        <Typography component="dd" variant="caption" color="text.secondary" sx={{ m: 0, display: 'block' }}>
          {notice}
        </Typography>
      ) : null}
    </Box>
  );
});
