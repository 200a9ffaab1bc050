import { memo, useId, type HTMLAttributes, type ReactNode } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useController, type FieldPathByValue } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import { useErrorText } from './useErrorText';
import { ReadOnlyValue, useReadOnlyView } from './ReadOnlyValue';
import { useFormMethods } from '../form-methods';

export interface SelectChoice {
  value: string;
  label: string;
}

export interface SelectInputProps {
  name: FieldPathByValue<ConnectionFormValues, string>;
  label: string;
  choices: readonly SelectChoice[];
  help?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  /** Replaces the plain onChange, e.g. when a change must update other fields too. */
  onSelect?: (next: string, previous: string) => void;
  /** The choice an empty value means, shown while the value is empty (which stays empty until another is chosen). */
  emptyShows?: string;
}

/**
 * A labelled drop-down bound to one form value. A value missing from `choices` is still
 * offered (as itself), so whatever the server stored stays visible and selected.
 */
export const SelectInput = memo(function SelectInput({
  name,
  label,
  choices,
  help,
  required,
  disabled,
  onSelect,
  emptyShows,
}: SelectInputProps) {
  const { control } = useFormMethods();
  const { field, fieldState } = useController<ConnectionFormValues, typeof name>({ control, name });
  const errorText = useErrorText()(fieldState.error?.message);
  const id = useId();
  const stored = field.value as string;
  const value = stored === '' && emptyShows !== undefined ? emptyShows : stored;
  const all = choices.some((c) => c.value === value) ? choices : [{ value, label: value }, ...choices];
  // A choice whose value is '' (a type the server did not name) is a real choice: show its label.
  const emptyChoice = all.some((c) => c.value === '');
  const readOnlyView = useReadOnlyView();
  if (readOnlyView) {
    const chosen = all.find((c) => c.value === value);
    return <ReadOnlyValue label={label} value={value} words={chosen && chosen.label !== value ? chosen.label : undefined} />;
  }
  return (
    <TextField
      select
      id={id}
      name={field.name}
      value={value}
      onChange={(event) => {
        const next = event.target.value;
        if (onSelect) onSelect(next, stored);
        else field.onChange(next);
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      label={label}
      required={required}
      disabled={disabled}
      error={!!errorText}
      helperText={errorText ?? help ?? ' '}
      fullWidth
      // See TextInput: no asterisk inside the label, the required state is on the control.
      slotProps={{
        inputLabel: { required: false, shrink: emptyChoice || undefined },
        select: {
          displayEmpty: emptyChoice,
          SelectDisplayProps: { 'aria-required': required || undefined } as HTMLAttributes<HTMLDivElement>,
        },
      }}
    >
      {all.map((choice) => (
        <MenuItem key={choice.value} value={choice.value}>
          {choice.label}
        </MenuItem>
      ))}
    </TextField>
  );
});
