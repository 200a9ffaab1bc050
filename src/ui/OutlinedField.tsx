import { useId, type ChangeEventHandler, type FocusEventHandler, type HTMLAttributes, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import Select from '@mui/material/Select';

export interface OutlinedFieldProps {
  /** Generated when absent; the label, the helper line and the input are all tied to it. */
  id?: string;
  label?: string;
  name?: string;
  value?: string;
  onChange?: ChangeEventHandler<HTMLInputElement | HTMLTextAreaElement>;
  onBlur?: FocusEventHandler<HTMLInputElement | HTMLTextAreaElement>;
  /** The <input>/<textarea> element (for a drop-down, MUI's select handle with `focus()` and `node`). */
  inputRef?: Ref<HTMLInputElement | HTMLTextAreaElement>;
  placeholder?: string;
  autoComplete?: string;
  type?: string;
  /** The theme made every TextField small; so is this by default. */
  size?: 'small' | 'medium';
  /** Under the field, referenced by the input's aria-describedby. Pass `' '` to reserve its line. */
  helperText?: ReactNode;
  error?: boolean;
  /** On the input (announced, checked by the browser). The label shows no asterisk unless `requiredMark`. */
  required?: boolean;
  /**
   * Shows MUI's asterisk after the label of a required field. Off by default: host pages and
   * tests find the editor's fields by their label's exact text.
   */
  requiredMark?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  fullWidth?: boolean;
  /** Attributes for the <input>/<textarea>/<select> element itself. */
  htmlInput?: InputHTMLAttributes<HTMLInputElement> & { rows?: number };
  endAdornment?: ReactNode;
  /** A plain <textarea> (sized by `htmlInput.rows`), never MUI's autosizing `multiline`. */
  inputComponent?: 'textarea';
  /**
   * A drop-down instead of a text box: `true` for MUI's menu (children are MenuItems),
   * `'native'` for a browser <select> (children are <option>s).
   */
  select?: boolean | 'native';
  /** Attributes for the element a (non-native) drop-down shows, e.g. `aria-required`. */
  selectDisplayProps?: HTMLAttributes<HTMLDivElement>;
  children?: ReactNode;
}

/**
 * An outlined text box or drop-down with a floating label and a helper line, built the way
 * MUI documents TextField itself being built: FormControl + InputLabel + OutlinedInput (or
 * Select around one) + FormHelperText, with the same ids and ARIA links TextField sets up.
 *
 * Why not TextField: bytes on the first screen. TextField is a wrapper that imports all three
 * input variants (Outlined, Filled, standard Input) to choose one at render time; this app only
 * ever uses the outlined one. Note that MUI's Select does the same (its default `input` per
 * variant), so FilledInput and Input stay in the bundle as long as a Select is on the first
 * screen: this component keeps that to one place, but today saves only TextField's own code.
 */
export function OutlinedField({
  id: idProp,
  label,
  name,
  value,
  onChange,
  onBlur,
  inputRef,
  placeholder,
  autoComplete,
  type,
  size = 'small',
  helperText,
  error = false,
  required = false,
  requiredMark = false,
  disabled = false,
  readOnly,
  fullWidth = false,
  htmlInput,
  endAdornment,
  inputComponent,
  select = false,
  selectDisplayProps,
  children,
}: OutlinedFieldProps) {
  const generatedId = useId();
  const id = idProp ?? generatedId;
  const helperTextId = helperText ? `${id}-helper-text` : undefined;
  const hasLabel = label != null && label !== '';
  const labelId = hasLabel ? `${id}-label` : undefined;
  // MUI's menu drop-down is a div with role combobox, labelled through aria-labelledby: its
  // label is not a <label for=…>, and the hidden input underneath takes neither id nor description.
  const menuSelect = select === true;

  const input = (
    <OutlinedInput
      id={menuSelect ? undefined : id}
      aria-describedby={select ? undefined : helperTextId}
      label={label}
      name={name}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      inputRef={inputRef}
      placeholder={placeholder}
      autoComplete={autoComplete}
      type={type}
      readOnly={readOnly}
      fullWidth={fullWidth}
      endAdornment={endAdornment}
      inputComponent={inputComponent}
      inputProps={htmlInput}
    />
  );

  return (
    <FormControl size={size} error={error} required={required} disabled={disabled} fullWidth={fullWidth}>
      {hasLabel && (
        <InputLabel
          htmlFor={menuSelect ? undefined : id}
          id={labelId}
          required={requiredMark && required}
          {...(menuSelect ? { component: 'div' } : {})}
        >
          {label}
        </InputLabel>
      )}
      {select ? (
        <Select
          native={select === 'native'}
          id={id}
          labelId={labelId}
          value={value}
          aria-describedby={helperTextId}
          input={input}
          SelectDisplayProps={selectDisplayProps}
        >
          {children}
        </Select>
      ) : (
        input
      )}
      {helperText && <FormHelperText id={helperTextId}>{helperText}</FormHelperText>}
    </FormControl>
  );
}
