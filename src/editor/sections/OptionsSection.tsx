import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { styled } from '@mui/material/styles';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import FormHelperText from '@mui/material/FormHelperText';
import AddIcon from '@mui/icons-material/Add';
import UndoIcon from '@mui/icons-material/Undo';
import { useController, useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import { defaultOptionRows } from '../../connection/catalogue';
import type { ConnectionFormValues, OptionRow } from '../../connection/form';
import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { serverValueMessages } from '../server-values/messages';
import { useCurrentDatabaseType, useEditorContext } from '../EditorContext';
import { useErrorText } from '../fields/useErrorText';
import { useServerValueWarningText } from '../server-values/FieldNoticeText';
import { useOptionWarning } from '../server-values/ServerValues';
import { Section } from './Section';

type RowAction = 'up' | 'down' | 'remove';

const MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

// Material icon paths (ArrowUpward, ArrowDownward, DeleteOutlined), drawn as bare SVG.
const ICON_PATHS: Record<RowAction, string> = {
  up: 'M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8z',
  down: 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8z',
  remove: 'M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6zM8 9h8v10H8zm7.5-5-1-1h-5l-1 1H5v2h14V4z',
};

/**
 * The option rows are plain labelled <input>s and <button>s styled by this one container,
 * not MUI TextFields and IconButtons: a connection can carry hundreds of options, and 600
 * TextFields plus 900 IconButtons (emotion styles, ripples, form-control context each) took
 * most of the time to a ready form. Every rule is spelled out so a host page's global
 * `input`/`button` styles cannot reshape the rows.
 */
const OptionRows = styled('div')(({ theme }) => ({
  display: 'flex',
  flexDirection: 'column',
  gap: theme.spacing(1),
  '& .option-row': {
    // Typing in one row re-lays out that row only, not the whole list (≈ 8 ms a keystroke at 300 rows).
    contain: 'layout',
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr) auto',
    columnGap: theme.spacing(1),
    alignItems: 'start',
    [theme.breakpoints.down('sm')]: {
      gridTemplateColumns: 'minmax(0, 1fr) auto',
      paddingBottom: theme.spacing(1),
      borderBottom: `1px solid ${theme.palette.divider}`,
      '& .option-value': { gridColumn: '1 / 2', gridRow: 2, marginTop: theme.spacing(0.5) },
      '& .option-actions': { gridColumn: '2 / 3', gridRow: '1 / 3' },
    },
  },
  '& label': {
    display: 'block',
    margin: 0,
    padding: 0,
    fontFamily: theme.typography.fontFamily,
    fontSize: theme.typography.caption.fontSize,
    lineHeight: 1.5,
    fontWeight: 400,
    color: theme.palette.text.secondary,
  },
  '& input': {
    boxSizing: 'border-box',
    display: 'block',
    width: '100%',
    height: 'auto',
    margin: 0,
    padding: theme.spacing(0.75, 1),
    fontFamily: MONOSPACE,
    fontSize: theme.typography.body2.fontSize,
    lineHeight: 1.5,
    color: theme.palette.text.primary,
    background: theme.palette.background.paper,
    border: `1px solid ${theme.palette.mode === 'dark' ? 'rgba(255,255,255,0.23)' : 'rgba(0,0,0,0.23)'}`,
    borderRadius: theme.shape.borderRadius,
    boxShadow: 'none',
    outline: 'none',
    '&:hover:not(:disabled)': { borderColor: theme.palette.text.primary },
    '&:focus': { borderColor: theme.palette.primary.main, boxShadow: `inset 0 0 0 1px ${theme.palette.primary.main}` },
    '&:disabled': { color: theme.palette.text.disabled, borderColor: theme.palette.action.disabledBackground },
    // Read-only: the value as text, not a box that looks like a placeholder (issue 14.4).
    '&:read-only': { borderColor: 'transparent', paddingLeft: 0, background: 'transparent', boxShadow: 'none' },
    '&[aria-invalid="true"]': { borderColor: theme.palette.error.main },
    '&[aria-invalid="true"]:focus': { boxShadow: `inset 0 0 0 1px ${theme.palette.error.main}` },
  },
  '& .option-error': {
    margin: theme.spacing(0.25, 0, 0),
    fontFamily: theme.typography.fontFamily,
    fontSize: theme.typography.caption.fontSize,
    lineHeight: 1.5,
    color: theme.palette.error.main,
  },
  '& .option-warning': {
    margin: theme.spacing(0.25, 0, 0),
    fontFamily: theme.typography.fontFamily,
    fontSize: theme.typography.caption.fontSize,
    lineHeight: 1.5,
    color: theme.palette.text.secondary,
    '&::before': { content: '"⚠ "', color: theme.palette.warning.main },
  },
  '& .option-actions': { display: 'flex', paddingTop: theme.spacing(2.25) },
  '& button': {
    boxSizing: 'border-box',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: 36,
    height: 36,
    margin: 0,
    padding: 0,
    border: 0,
    borderRadius: '50%',
    background: 'transparent',
    color: theme.palette.action.active,
    cursor: 'pointer',
    font: 'inherit',
    '&:hover:not(:disabled)': { background: theme.palette.action.hover },
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 1 },
    '&:disabled': { color: theme.palette.action.disabled, cursor: 'default' },
    '& svg': { width: 20, height: 20, fill: 'currentColor' },
  },
}));

/**
 * A labelled option text box bound to one form value; its message appears only on error, or as
 * a warning while the row is still as the server sent it and breaks a rule (it never blocks).
 */
function OptionTextBox({
  name,
  label,
  disabled,
  index,
  part,
}: {
  name: `options.${number}.name` | `options.${number}.value`;
  label: string;
  disabled: boolean;
  index: number;
  part: 'name' | 'value';
}) {
  const {
    field: { ref: registerInput, value, onChange, onBlur },
    fieldState,
  } = useController<ConnectionFormValues, typeof name>({ name });
  const errorText = useErrorText()(fieldState.error?.message);
  // The other half of the row is read, not watched: a watch per box would make every keystroke
  // copy the whole form (hundreds of rows). A warning can lag the other box's edit; the save
  // validates the current row anyway.
  const { getValues } = useFormContext<ConnectionFormValues>();
  const other = getValues(`options.${index}.${part === 'name' ? 'value' : 'name'}`);
  const warning = useOptionWarning(part === 'name' ? { name: value, value: other } : { name: other, value }, part);
  const warningText = useServerValueWarningText();
  const shownWarning = !errorText && warning ? warningText(warning) : undefined;
  const serverValueWarning = useMessages(serverValueMessages)('warning');
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        // RHF's ref callback: lets it focus this box when it holds the first error on save.
        ref={registerInput}
        readOnly={disabled}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={errorText ? `${id}-error` : shownWarning ? `${id}-warning` : undefined}
      />
      {errorText && (
        <p id={`${id}-error`} className="option-error">
          {errorText}
        </p>
      )}
      {shownWarning && (
        <p id={`${id}-warning`} className="option-warning">
          <span style={visuallyHidden}>{serverValueWarning} </span>
          {shownWarning}
        </p>
      )}
    </>
  );
}

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
  const button = (action: RowAction, label: string, off: boolean) => (
    <button type="button" aria-label={label} title={label} data-action={action} disabled={off} onClick={() => onAction(index, action)}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={ICON_PATHS[action]} />
      </svg>
    </button>
  );
  return (
    <div role="group" aria-label={t('optionRow', { number: index + 1 })} data-option-index={index} className="option-row">
      <div>
        <OptionTextBox name={`options.${index}.name`} label={t('optionName')} disabled={disabled} index={index} part="name" />
      </div>
      <div className="option-value">
        <OptionTextBox name={`options.${index}.value`} label={t('optionValue')} disabled={disabled} index={index} part="value" />
      </div>
      {!disabled && (
        <div className="option-actions">
          {button('up', t('moveUp'), isFirst)}
          {button('down', t('moveDown'), isLast)}
          {button('remove', t('removeOptionNumber', { number: index + 1 }), false)}
        </div>
      )}
    </div>
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

/**
 * Extra JDBC options of the current type, as ordered name/value rows. `rowLimit` caps the rows
 * rendered in the form's first paint (see first-paint.ts); every row is in the form regardless.
 */
export function OptionsSection({ rowLimit }: { rowLimit?: number }) {
  const t = useMessages(editorMessages);
  const { readOnly } = useEditorContext();
  const { entry } = useCurrentDatabaseType();
  const { getValues } = useFormContext<ConnectionFormValues>();
  const { fields, append, insert, move, remove } = useFieldArray<ConnectionFormValues, 'options'>({ name: 'options' });
  const listRef = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');
  // The last removed row, until it is put back or another one goes. A reset (Discard, a save)
  // that changes the row count makes it stale: `rowsAfter` no longer matches and it is not offered.
  const [removed, setRemoved] = useState<{ index: number; row: OptionRow; label: string; rowsAfter: number } | null>(null);
  const undoable = removed !== null && removed.rowsAfter === fields.length ? removed : null;

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
      <OptionRows ref={listRef}>
        {fields.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
            {t('noOptions')}
          </Typography>
        ) : (
          fields.slice(0, rowLimit).map((field, index) => (
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
      </OptionRows>
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
          <Button data-action="add" startIcon={<AddIcon />} onClick={() => append({ name: '', value: '' }, { shouldFocus: true })}>
            {t('addOption')}
          </Button>
          {undoable && (
            <Button
              startIcon={<UndoIcon />}
              onClick={() => {
                // Back where it was, name box focused, as if never removed.
                insert(undoable.index, undoable.row, { shouldFocus: true, focusName: `options.${undoable.index}.name` });
                setRemoved(null);
                setAnnouncement(t('optionRestored', { name: undoable.label }));
              }}
            >
              {t('undoRemoveOption', { name: undoable.label })}
            </Button>
          )}
        </Box>
      )}
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
