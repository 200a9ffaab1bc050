import { memo, useId, type ReactNode } from 'react';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import Box from '@mui/material/Box';
import { useController, type FieldPathByValue } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import { FieldNoticeText } from '../server-values/FieldNoticeText';
import { useFieldNotice } from '../server-values/ServerValues';
import { useMessages } from '../../i18n/i18n';
import { readOnlyMessages } from '../readonly/messages';
import { ReadOnlyValue, useReadOnlyView } from './ReadOnlyValue';
import { useFormMethods } from '../form-methods';

export type BooleanPath = FieldPathByValue<ConnectionFormValues, boolean>;

export interface SwitchInputProps {
  name: BooleanPath;
  label: string;
  help?: ReactNode;
  disabled?: boolean;
  /** Runs after the value changed, e.g. to switch off a mutually exclusive partner. */
  onToggle?: (checked: boolean) => void;
}

/** A labelled on/off switch bound to one boolean form value. */
export const SwitchInput = memo(function SwitchInput({ name, label, help, disabled, onToggle }: SwitchInputProps) {
  const { control } = useFormMethods();
  const { field } = useController<ConnectionFormValues, BooleanPath>({ control, name });
  // A switch breaks no rule alone; a pair the server stored both on (lower and upper case) is warned about here.
  const notice = useFieldNotice(name, field.value);
  const shown = notice ? <FieldNoticeText notice={notice} /> : help;
  const helpId = useId();
  const readOnlyView = useReadOnlyView();
  const r = useMessages(readOnlyMessages);
  if (readOnlyView) {
    return (
      <ReadOnlyValue
        label={label}
        value={String(field.value)}
        words={field.value ? r('on') : r('off')}
        notice={notice ? <FieldNoticeText notice={notice} /> : undefined}
      />
    );
  }
  return (
    <Box>
      <FormControlLabel
        label={label}
        disabled={disabled}
        // No right margin (the cell's gap spaces switches) so a long label such as "Force
        // identifiers to upper case" fits one line in a third of the pane; should one wrap all
        // the same, its switch stays at the top, level with its neighbours', not centred lower.
        sx={{ mr: 0, alignItems: 'flex-start', '& .MuiFormControlLabel-label': { pt: '7px' } }}
        control={
          <Switch
            name={field.name}
            checked={field.value}
            onChange={(_event, checked) => {
              field.onChange(checked);
              onToggle?.(checked);
            }}
            onBlur={field.onBlur}
            slotProps={{ input: { ref: field.ref, 'aria-describedby': shown ? helpId : undefined } }}
          />
        }
      />
      {shown ? (
        <FormHelperText id={helpId} sx={{ mt: -0.5, ml: 6 }}>
          {shown}
        </FormHelperText>
      ) : null}
    </Box>
  );
});
