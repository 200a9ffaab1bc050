import { memo } from 'react';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { SettingChange } from '../../connection/diff';
import { translate } from '../../i18n/messages';
import { useLocale, useMessages } from '../../i18n/i18n';
import { reviewMessages } from './messages';

const VALUE_SX = { fontFamily: 'fontFamilyMonospace', whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;
/** "(not set)", "unchanged" and the like are words about a value, not values: set apart. */
const WORDS_SX = { fontStyle: 'italic', color: 'text.secondary', whiteSpace: 'pre-wrap' } as const;

export interface ChangeTableProps {
  caption: string;
  /** The caption still names the table for screen readers; hidden where a heading already says it. */
  hideCaption?: boolean;
  changes: readonly SettingChange[];
  /** Settings to flag as "you changed this too" (their side of a conflict). */
  highlightKeys?: ReadonlySet<string>;
}

/** One row per changed setting: what it was, what it becomes. */
export const ChangeTable = memo(function ChangeTable({ caption, hideCaption, changes, highlightKeys }: ChangeTableProps) {
  const t = useMessages(reviewMessages);
  const locale = useLocale();
  const shown = (change: SettingChange, side: 'before' | 'after'): { text: string; words: boolean } => {
    // Switches read "on/off" and the password only "will be replaced": the domain layer says so.
    // The password's words and a type the server did not name are words, not values.
    if (change.display) return { text: translate(change.display[side], locale), words: change.key === 'password' || change[side] === '' };
    if (side === 'before' && change.kind === 'added') return { text: t('notSet'), words: true };
    if (side === 'after' && change.kind === 'removed') return { text: t('removed'), words: true };
    const value = change[side];
    return value === '' ? { text: t('empty'), words: true } : { text: value, words: false };
  };
  const cell = (change: SettingChange, side: 'before' | 'after') => {
    const { text, words } = shown(change, side);
    return <TableCell sx={words ? WORDS_SX : VALUE_SX}>{text}</TableCell>;
  };
  return (
    <Box sx={{ overflowX: 'auto' }}>
      {/* MUI puts captions under the table; a caption that names the table belongs above it. */}
      <Table size="small" sx={{ '& caption': { captionSide: 'top' } }}>
        <Typography
          component="caption"
          sx={
            hideCaption
              ? { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }
              : { textAlign: 'left', fontWeight: 600, p: 0, pb: 1, color: 'text.primary' }
          }
        >
          {caption}
        </Typography>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('setting')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('before')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('after')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {changes.map((change) => (
            <TableRow key={change.key}>
              <TableCell component="th" scope="row">
                {translate(change.label, locale)}
                {highlightKeys?.has(change.key) && (
                  <Typography component="span" variant="caption" color="warning.main" sx={{ display: 'block' }}>
                    {t('alsoYours')}
                  </Typography>
                )}
              </TableCell>
              {cell(change, 'before')}
              {cell(change, 'after')}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
});
