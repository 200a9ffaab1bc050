import { memo, useCallback, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import FormHelperText from '@mui/material/FormHelperText';
import AddIcon from '@mui/icons-material/Add';
import UndoIcon from '@mui/icons-material/Undo';
import { useFieldArray, useFormState } from 'react-hook-form';
import { defaultOptionRows } from '../../connection/catalogue';
import type { ConnectionFormValues, OptionRow } from '../../connection/form';
import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { useCurrentDatabaseType, useEditorContext } from '../EditorContext';
import { useErrorText } from '../fields/useErrorText';
import { visuallyHidden } from '../../ui/visually-hidden';
import { type RowAction } from './OptionRow';
import { OptionRowList, type OptionRowListHandle } from './OptionRowList';
import { Section } from './Section';
import { useFormMethods } from '../form-methods';

/** The array-level message (e.g. duplicate names) that belongs to no single row. */
function OptionsListError() {
  const { control } = useFormMethods();
  const { errors } = useFormState<ConnectionFormValues>({ control, name: 'options' });
  const errorText = useErrorText();
  const message = errors.options?.root?.message ?? errors.options?.message;
  const text = errorText(message);
  return text ? <FormHelperText error>{text}</FormHelperText> : null;
}

/**
 * Extra JDBC options of the current type, as ordered name/value rows. `rowLimit` caps the rows
 * rendered in the form's first paint (see first-paint.ts); every row is in the form regardless.
 * Memoised: rendering the section is dear in a long list (useFieldArray makes a new id for every
 * row each time, issue 16), and the sections around it render again as the form's lower part
 * comes in.
 */
export const OptionsSection = memo(function OptionsSection({ rowLimit }: { rowLimit?: number }) {
  const t = useMessages(editorMessages);
  const { readOnly } = useEditorContext();
  const { entry } = useCurrentDatabaseType();
  const { control, getValues } = useFormMethods();
  const { fields, append, insert, move, remove } = useFieldArray<ConnectionFormValues, 'options'>({ control, name: 'options' });
  const listRef = useRef<OptionRowListHandle>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [announcement, setAnnouncement] = useState('');
  // The last removed row, until it is put back or another one goes. A reset (Discard, a save)
  // that changes the row count makes it stale: `rowsAfter` no longer matches and it is not offered.
  const [removed, setRemoved] = useState<{ index: number; row: OptionRow; label: string; rowsAfter: number } | null>(null);
  const undoable = removed !== null && removed.rowsAfter === fields.length ? removed : null;

  // Keeps keyboard users where they were: after a move the same row's button keeps focus (or
  // its sibling when it reached an end and got disabled); after a removal the next row's.
  const focusAfter = useCallback((rowIndex: number, preferred: RowAction) => {
    // A long list renders only the rows in view: the row is scrolled to first (OptionRowList.tsx).
    const count = getValues('options').length;
    if (count === 0) {
      requestAnimationFrame(() => addRef.current?.focus());
      return;
    }
    listRef.current?.withRow(Math.min(rowIndex, count - 1), (row) => {
      const order: RowAction[] = preferred === 'up' ? ['up', 'down', 'remove'] : preferred === 'down' ? ['down', 'up', 'remove'] : ['remove'];
      for (const action of order) {
        const button = row?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
        if (button && !button.disabled) {
          button.focus();
          return;
        }
      }
    });
  }, [getValues]);

  const onAction = useCallback(
    (index: number, action: RowAction) => {
      const name = getValues(`options.${index}.name`) || t('unnamedOption');
      if (action === 'remove') {
        const row = getValues(`options.${index}`);
        remove(index);
        setRemoved({ index, row: { name: row.name, value: row.value }, label: name, rowsAfter: getValues('options').length });
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

  // The new row's name gets focus; in a long list it is scrolled to first, as it is not rendered
  // yet. A frame later: the first row also mounts the list.
  const addRow = () => {
    const index = fields.length;
    append({ name: '', value: '' }, { shouldFocus: false });
    requestAnimationFrame(() => listRef.current?.withRow(index, (row) => row.querySelector<HTMLInputElement>('input')?.focus()));
  };

  // "Undo": the row back where it was, its name box focused, as if never removed.
  const undoRemove = (undo: NonNullable<typeof undoable>) => {
    insert(undo.index, undo.row, { shouldFocus: false });
    setRemoved(null);
    setAnnouncement(t('optionRestored', { name: undo.label }));
    requestAnimationFrame(() => listRef.current?.withRow(undo.index, (row) => row.querySelector<HTMLInputElement>('input')?.focus()));
  };

  // Pentaho's dialog pre-fills a connection without options with its type's defaults; here
  // the user asks for them.
  const defaults = useMemo(() => defaultOptionRows(entry), [entry]);
  const defaultsText = defaults.map((row) => `${row.name}=${row.value}`).join(', ');
  const addDefaults = useCallback(() => {
    append(defaults, { shouldFocus: true });
    setAnnouncement(t('defaultOptionsAdded', { options: defaultsText }));
  }, [append, defaults, defaultsText, t]);

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
      {fields.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          {t('noOptions')}
        </Typography>
      ) : (
        <OptionRowList ref={listRef} fields={fields} readOnly={readOnly} onAction={onAction} rowLimit={rowLimit} />
      )}
      <OptionsListError />
      {!readOnly && fields.length === 0 && defaults.length > 0 && (
        <Box sx={{ mt: 1, display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="body2" color="text.secondary">
            {t('defaultOptionsOffer', { type: entry.label, options: defaultsText })}
          </Typography>
          <Button variant="outlined" size="small" onClick={addDefaults}>
            {t('addDefaultOptions')}
          </Button>
        </Box>
      )}
      <Box aria-live="polite" sx={visuallyHidden}>
        {announcement}
      </Box>
      {!readOnly && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: 1 }}>
          <Button ref={addRef} data-action="add" startIcon={<AddIcon />} onClick={addRow}>
            {t('addOption')}
          </Button>
          {undoable && (
            <Button startIcon={<UndoIcon />} onClick={() => undoRemove(undoable)}>
              {t('undoRemoveOption', { name: undoable.label })}
            </Button>
          )}
        </Box>
      )}
    </Section>
  );
});
