import { memo, useCallback, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import FormHelperText from '@mui/material/FormHelperText';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { useCurrentDatabaseType, useEditorContext } from '../EditorContext';
import { TextInput } from '../fields/TextInput';
import { useErrorText } from '../fields/useErrorText';
import { Section } from './Section';

type RowAction = 'up' | 'down' | 'remove';

interface OptionRowProps {
  index: number;
  isFirst: boolean;
  isLast: boolean;
  disabled: boolean;
  onAction: (index: number, action: RowAction) => void;
}

/**
 * One option. Memoised and fed only primitives plus a stable callback, so typing in one row of
 * hundreds re-renders that row's box alone (issue 6 benchmarks exactly this).
 */
const OptionRowView = memo(function OptionRowView({ index, isFirst, isLast, disabled, onAction }: OptionRowProps) {
  const t = useMessages(editorMessages);
  const position = index + 1;
  return (
    <Box
      role="group"
      aria-label={t('optionRow', { number: position })}
      data-option-index={index}
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr auto', sm: 'minmax(8rem, 2fr) minmax(8rem, 3fr) auto' },
        columnGap: 1,
        alignItems: 'start',
      }}
    >
      <TextInput name={`options.${index}.name`} label={t('optionName')} disabled={disabled} code />
      <Box sx={{ gridColumn: { xs: '1 / 2', sm: 'auto' }, gridRow: { xs: 2, sm: 'auto' } }}>
        <TextInput name={`options.${index}.value`} label={t('optionValue')} disabled={disabled} code />
      </Box>
      {/* `title` rather than MUI Tooltips: three per row, hundreds of rows, for a hint the
          accessible name already gives. */}
      <Stack direction="row" sx={{ pt: 1, gridRow: { xs: '1 / 3', sm: 'auto' } }}>
        <IconButton
          aria-label={t('moveUp')}
          title={t('moveUp')}
          data-action="up"
          disabled={disabled || isFirst}
          onClick={() => onAction(index, 'up')}
        >
          <ArrowUpwardIcon />
        </IconButton>
        <IconButton
          aria-label={t('moveDown')}
          title={t('moveDown')}
          data-action="down"
          disabled={disabled || isLast}
          onClick={() => onAction(index, 'down')}
        >
          <ArrowDownwardIcon />
        </IconButton>
        <IconButton
          aria-label={t('removeOption')}
          title={t('removeOption')}
          data-action="remove"
          disabled={disabled}
          onClick={() => onAction(index, 'remove')}
        >
          <DeleteOutlineIcon />
        </IconButton>
      </Stack>
    </Box>
  );
});

/** The array-level message (e.g. duplicate names) that belongs to no single row. */
function OptionsListError() {
  const { errors } = useFormState<ConnectionFormValues>({ name: 'options' });
  const errorText = useErrorText();
  const message = errors.options?.root?.message ?? errors.options?.message;
  const text = errorText(message);
  return text ? <FormHelperText error>{text}</FormHelperText> : null;
}

/** Extra JDBC options of the current type, as ordered name/value rows. */
export function OptionsSection() {
  const t = useMessages(editorMessages);
  const { readOnly } = useEditorContext();
  const { entry } = useCurrentDatabaseType();
  const { getValues } = useFormContext<ConnectionFormValues>();
  const { fields, append, move, remove } = useFieldArray<ConnectionFormValues, 'options'>({ name: 'options' });
  const listRef = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');

  // Keeps keyboard users where they were: after a move the same row's button keeps focus (or
  // its sibling when it reached an end and got disabled); after a removal the next row's.
  const focusAfter = useCallback((rowIndex: number, preferred: RowAction) => {
    requestAnimationFrame(() => {
      const rows = listRef.current?.querySelectorAll<HTMLElement>('[data-option-index]');
      if (!rows || rows.length === 0) {
        listRef.current?.parentElement?.querySelector<HTMLButtonElement>('[data-action="add"]')?.focus();
        return;
      }
      const row = rows[Math.min(rowIndex, rows.length - 1)];
      const order: RowAction[] = preferred === 'up' ? ['up', 'down', 'remove'] : preferred === 'down' ? ['down', 'up', 'remove'] : ['remove'];
      for (const action of order) {
        const button = row?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
        if (button && !button.disabled) {
          button.focus();
          return;
        }
      }
    });
  }, []);

  const onAction = useCallback(
    (index: number, action: RowAction) => {
      const name = getValues(`options.${index}.name`) || t('unnamedOption');
      if (action === 'remove') {
        remove(index);
        setAnnouncement(t('optionRemoved', { name }));
        focusAfter(index, 'remove');
        return;
      }
      const target = action === 'up' ? index - 1 : index + 1;
      move(index, target);
      setAnnouncement(t('optionMoved', { name, position: target + 1 }));
      focusAfter(target, action);
    },
    [focusAfter, getValues, move, remove, t],
  );

  const helpUrl = entry.extraOptionsHelpUrl;
  return (
    <Section heading={t('optionsHeading')}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('optionsIntro')}{' '}
        {helpUrl ? (
          <Link href={helpUrl} target="_blank" rel="noopener noreferrer">
            {t('optionsHelpLink', { type: entry.name })} <Box component="span" sx={visuallyHidden}>{t('opensInNewTab')}</Box>
          </Link>
        ) : null}
      </Typography>
      <Stack ref={listRef} spacing={0.5}>
        {fields.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
            {t('noOptions')}
          </Typography>
        ) : (
          fields.map((field, index) => (
            <OptionRowView
              key={field.id}
              index={index}
              isFirst={index === 0}
              isLast={index === fields.length - 1}
              disabled={readOnly}
              onAction={onAction}
            />
          ))
        )}
      </Stack>
      <OptionsListError />
      <Box aria-live="polite" sx={visuallyHidden}>
        {announcement}
      </Box>
      <Button
        data-action="add"
        startIcon={<AddIcon />}
        onClick={() => append({ name: '', value: '' }, { shouldFocus: true })}
        disabled={readOnly}
        sx={{ mt: 1 }}
      >
        {t('addOption')}
      </Button>
    </Section>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
