import { memo, useId, useState } from 'react';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { useController } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import type { TextPath } from './TextInput';
import { useErrorText } from './useErrorText';
import { ReadOnlyValue, useReadOnlyView } from './ReadOnlyValue';
import { readOnlyMessages } from '../readonly/messages';
import { useFormMethods } from '../form-methods';

export interface PasswordInputProps {
  name: TextPath;
  label: string;
  /** Shown under the field when there is no error. */
  help?: string;
  /** Marked as required; nothing blocks an empty value (see the field table's password rule). */
  required?: boolean;
  disabled?: boolean;
  /** Names the show/hide button after this field ("Show Secret access key") where a form has several secrets. */
  toggleNames?: string;
}

/**
 * A secret's box with a show/hide button. The server never returns the stored password, so
 * this box always starts empty and an empty box means "keep the stored one". `new-password`
 * stops browsers from filling in the administrator's own sign-in password, which would
 * silently replace the database's.
 */
export const PasswordInput = memo(function PasswordInput({ name, label, help, required, disabled, toggleNames }: PasswordInputProps) {
  const t = useMessages(editorMessages);
  const { control } = useFormMethods();
  const { field, fieldState } = useController<ConnectionFormValues, TextPath>({ control, name });
  const errorText = useErrorText()(fieldState.error?.message);
  const [visible, setVisible] = useState(false);
  const id = useId();
  const readOnlyView = useReadOnlyView();
  const r = useMessages(readOnlyMessages);
  // Nothing to keep or replace for someone who cannot save: no "leave empty to keep" hint.
  if (readOnlyView) return <ReadOnlyValue label={label} value="" words={r('passwordNeverShown')} />;
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
      type={visible ? 'text' : 'password'}
      autoComplete="new-password"
      disabled={disabled}
      error={!!errorText}
      helperText={errorText ?? help ?? ' '}
      fullWidth
      slotProps={{
        htmlInput: { spellCheck: false, autoCapitalize: 'off' },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                aria-label={
                  toggleNames === undefined
                    ? t(visible ? 'hidePassword' : 'showPassword')
                    : t(visible ? 'hideSecret' : 'showSecret', { name: toggleNames })
                }
                aria-pressed={visible}
                onClick={() => setVisible((v) => !v)}
                edge="end"
                disabled={disabled}
              >
                {visible ? <VisibilityOff /> : <Visibility />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
});
