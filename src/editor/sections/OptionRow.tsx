/**
 * One option row (name, value, move up/down, remove) and the container that styles every row.
 * Kept apart from the section so that the list around the rows (plain or virtualised, see
 * OptionRowList.tsx) and the section's actions can change without touching the row.
 */
import { memo, useId, useState, type ChangeEvent } from 'react';
import { styled } from '@mui/material/styles';
import { useFormState } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { serverValueMessages } from '../server-values/messages';
import { useErrorText } from '../fields/useErrorText';
import { useServerValueWarningText } from '../server-values/FieldNoticeText';
import { useOptionWarning } from '../server-values/ServerValues';
import { useOptionEdits } from '../option-edits';
import { useFormMethods } from '../form-methods';
import { visuallyHidden } from '../../ui/visually-hidden';

/** The virtualised list's scroll box: this share of the window's height, at most this many rem. */
export const OPTION_SCROLLER = { viewportShare: 0.6, maxRem: 40 } as const;

/** The box's height before the page is laid out, from the same rule as its CSS. */
export function expectedOptionScrollerHeight(win: Window = window): number {
  const remPx = parseFloat(win.getComputedStyle(win.document.documentElement).fontSize) || 16;
  return Math.min(win.innerHeight * OPTION_SCROLLER.viewportShare, OPTION_SCROLLER.maxRem * remPx);
}

export type RowAction = 'up' | 'down' | 'remove';

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
export const OptionRows = styled('div')(({ theme }) => ({
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
  // The virtualised list (OptionRowList.tsx): a scroll box of its own, rows placed by offset.
  '& .option-scroller': {
    boxSizing: 'border-box',
    height: `min(${OPTION_SCROLLER.viewportShare * 100}vh, ${OPTION_SCROLLER.maxRem}rem)`,
    overflowY: 'auto',
    contain: 'strict',
    padding: theme.spacing(1),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
  },
  '& .option-slot': {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    boxSizing: 'border-box',
    paddingBottom: theme.spacing(1),
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
    fontFamily: theme.typography.fontFamilyMonospace,
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
 *
 * Registered, not controlled (see option-edits.ts): a controlled box makes react-hook-form copy
 * the whole form on each keystroke, 2,000 rows of it in a long connection. react-hook-form puts
 * the value into the box when it mounts (a row scrolled back into view, a reset) and reads it
 * from the box on change.
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
  const { control, register, getValues, getFieldState } = useFormMethods();
  const formState = useFormState<ConnectionFormValues>({ control, name, exact: true });
  const errorText = useErrorText()(getFieldState(name, formState).error?.message);
  const optionEdits = useOptionEdits();
  // The box's own value, for its warning. It is the form's: set from it when the box mounts,
  // and every change of it is typed here. A move keeps it (the box moves with its row); any
  // other change of the rows (a reset, an undo) gives rows new ids, so new boxes.
  const [value, setValue] = useState(() => getValues(name));
  const { ref, onChange, onBlur } = register(name);
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    setValue(event.target.value);
    const done = onChange(event);
    optionEdits?.tell(index);
    return done;
  };
  // The other half of the row is read, not followed: following it would re-render both boxes
  // of a row for each keystroke. A warning can lag the other box's edit; the save validates
  // the current row anyway.
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
        onChange={change}
        onBlur={onBlur}
        // react-hook-form's ref: fills the box, and focuses it when it holds the first error on save.
        ref={ref}
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

export interface OptionRowProps {
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
export const OptionRowView = memo(function OptionRowView({ index, isFirst, isLast, disabled, onAction }: OptionRowProps) {
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
