import { memo, useId, type ReactNode } from 'react';
import TextField from '@mui/material/TextField';
import { useTheme } from '@mui/material/styles';
import { useController, type FieldPathByValue } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import { useErrorText } from './useErrorText';
import { FieldNoticeText } from '../server-values/FieldNoticeText';
import { useFieldNotice } from '../server-values/ServerValues';
import { ReadOnlyValue, useReadOnlyView } from './ReadOnlyValue';
import { useFormMethods } from '../form-methods';

export type TextPath = FieldPathByValue<ConnectionFormValues, string>;

export interface TextInputProps {
  name: TextPath;
  label: string;
  /** Shown under the field when there is no error. */
  help?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  /**
   * A plain <textarea> of this many rows (the user can drag it taller). Not MUI's `multiline`:
   * that always mounts TextareaAutosize, which reads layout on every render and cost ~1.5 s
   * of forced reflows while mounting a form with hundreds of option rows.
   */
  rows?: number;
  autoComplete?: string;
  /** Digits keyboard on phones; the value stays a string (the wire sends the port as one). */
  inputMode?: 'numeric' | 'text' | 'url';
  /** Monospace for code-like values (URLs, SQL, class names). */
  code?: boolean;
}

/**
 * A labelled text box bound to one form value. The helper line always takes its space
 * (`' '` when empty) so an error appearing never pushes the rest of the form down. Under it:
 * the error, else a notice about the server's own value (a warning that does not block, or
 * what "-1" or `${VAR}` means), else the help.
 */
export const TextInput = memo(function TextInput({
  name,
  label,
  help,
  required,
  disabled,
  rows,
  autoComplete = 'off',
  inputMode,
  code,
}: TextInputProps) {
  const { control } = useFormMethods();
  const { field, fieldState } = useController<ConnectionFormValues, TextPath>({ control, name });
  const errorText = useErrorText()(fieldState.error?.message);
  const notice = useFieldNotice(name, field.value);
  const id = useId();
  const readOnlyView = useReadOnlyView();
  const theme = useTheme();
  if (readOnlyView) {
    return <ReadOnlyValue label={label} value={field.value} code={code} notice={notice ? <FieldNoticeText notice={notice} /> : undefined} />;
  }
  return (
    <TextField
      id={id}
      name={field.name}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      label={label}
      required={required}
      disabled={disabled}
      autoComplete={autoComplete}
      error={!!errorText}
      helperText={errorText ?? (notice ? <FieldNoticeText notice={notice} /> : (help ?? ' '))}
      fullWidth
      slotProps={{
        // Required stays on the input (announced as such) but the label keeps its exact text,
        // without MUI's asterisk: host pages and tests find fields by that text.
        inputLabel: { required: false },
        htmlInput: {
          inputMode,
          spellCheck: false,
          rows,
          style: {
            fontFamily: code ? theme.typography.fontFamilyMonospace : undefined,
            ...(rows !== undefined ? { height: 'auto', resize: 'vertical' } : {}),
          },
        },
        input: {
          inputComponent: rows !== undefined ? 'textarea' : undefined,
        },
      }}
    />
  );
});
