/**
 * "Use connection pool" and the DBCP parameters. Datafor's dialog lists all twenty, each with a
 * switch and a value box that looks editable even when off; here the parameters set on the
 * connection are listed with their values, and the others wait behind "Add parameter" with
 * their defaults. What is sent is still exactly the switched-on rows (toPayload): adding is
 * switching on, removing is switching off, and a removed value comes back if added again.
 */
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useController, useFieldArray, useFormState, useWatch } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import { poolParameterKind, TRANSACTION_ISOLATION_LEVELS } from '../../connection/pool';
import { poolParameterDescriptionsZh } from '../../connection/pool-descriptions';
import { enablePoolParameter, rowsForPoolSwitchedOn } from '../../connection/convert';
import { translate, useLocale, useMessages, type Translation } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { useEditorContext } from '../EditorContext';
import { SwitchInput } from '../fields/SwitchInput';
import { useErrorText } from '../fields/useErrorText';
import { poolingMessages } from './pooling-messages';
import { FieldNoticeText } from '../server-values/FieldNoticeText';
import { usePoolWarning } from '../server-values/ServerValues';
import { TableFields, type ByHand } from './TableFields';
import { Section } from './Section';
import { visuallyHidden } from '../../ui/visually-hidden';
import { useFormMethods } from '../form-methods';

const BOOLEAN_CHOICES = ['true', 'false'] as const;

/** Choices for a parameter with a fixed set of values; undefined for free text and numbers. */
function choicesOf(name: string): readonly string[] | undefined {
  const kind = poolParameterKind(name);
  return kind === 'boolean' ? BOOLEAN_CHOICES : kind === 'isolation' ? TRANSACTION_ISOLATION_LEVELS : undefined;
}

function useDescription(name: string, description: string): string {
  const t = useMessages(editorMessages);
  const locale = useLocale();
  const described = (poolParameterDescriptionsZh as Record<string, Translation | undefined>)[name];
  return locale === 'zh-CN' && described ? translate(described, locale) : description || t('storedOnlyParameter');
}

interface PoolRowProps {
  index: number;
  name: string;
  description: string;
  /** False while the pool is off or the form read-only: shown, kept, not editable. */
  editable: boolean;
  onRemove: (index: number) => void;
}

/**
 * One switched-on parameter: its name is the value's visible label, its description the
 * value's description. A parameter keeps one kind of control: a drop-down for true/false and
 * the isolation level, a text box for the rest.
 */
const PoolParameterRow = memo(function PoolParameterRow({ index, name, description, editable, onRemove }: PoolRowProps) {
  const t = useMessages(editorMessages);
  const p = useMessages(poolingMessages);
  const errorText = useErrorText();
  const { control } = useFormMethods();
  const value = useController<ConnectionFormValues, `poolParameters.${number}.value`>({ control, name: `poolParameters.${index}.value` });
  const inputId = useId();
  const descriptionId = useId();
  const shownDescription = useDescription(name, description);
  const error = errorText(value.fieldState.error?.message);
  const choices = choicesOf(name);
  const current = value.field.value;
  // A value the server stored that breaks a rule (a script's "${MAX_ACTIVE}") is warned about, never blocking.
  const warning = usePoolWarning({ name, enabled: true, value: current });
  const helper = error ?? (warning ? <FieldNoticeText notice={{ severity: 'warning', issue: warning }} /> : ' ');
  const htmlInput = {
    'aria-describedby': `${descriptionId} ${inputId}-helper-text`,
    ...(choices ? {} : { inputMode: poolParameterKind(name) === 'integer' ? ('numeric' as const) : undefined, spellCheck: false }),
  };

  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr) auto', md: 'minmax(12rem, 1fr) minmax(10rem, 16rem) auto' },
        gridTemplateAreas: { xs: '"name name" "value remove"', md: '"name value remove"' },
        columnGap: 1.5,
        rowGap: 0.5,
        alignItems: 'start',
        py: 1.25,
        borderTop: 1,
        borderColor: 'divider',
      }}
    >
      <Box sx={{ gridArea: 'name', minWidth: 0, pt: { md: 0.75 } }}>
        <Typography component="label" htmlFor={inputId} sx={{ display: 'block', fontFamily: 'fontFamilyMonospace', overflowWrap: 'anywhere' }}>
          {name}
        </Typography>
        <Typography id={descriptionId} variant="body2" color="text.secondary">
          {shownDescription}
        </Typography>
      </Box>
      <Box sx={{ gridArea: 'value', minWidth: 0 }}>
        <TextField
          id={inputId}
          select={choices !== undefined}
          value={current}
          onChange={value.field.onChange}
          onBlur={value.field.onBlur}
          inputRef={value.field.ref}
          disabled={!editable}
          error={!!error}
          helperText={helper}
          fullWidth
          autoComplete="off"
          slotProps={{ select: { native: true }, htmlInput }}
        >
          {choices && (
            <>
              {/* A stored value outside the choices (a ${VAR}, "TRUE") is kept and shown as it is. */}
              {current === '' || choices.includes(current) ? null : <option value={current}>{current}</option>}
              <option value="">{t('chooseValue')}</option>
              {choices.map((choice) => (
                <option key={choice} value={choice}>
                  {choice}
                </option>
              ))}
            </>
          )}
        </TextField>
      </Box>
      {editable && (
        <Button
          color="inherit"
          aria-label={p('removeParameter', { name })}
          title={p('removeParameter', { name })}
          onClick={() => onRemove(index)}
          sx={{ gridArea: 'remove', minWidth: 0, px: 1, mt: 0.25, color: 'text.secondary' }}
        >
          <CloseIcon fontSize="small" aria-hidden />
        </Button>
      )}
    </Box>
  );
});

/**
 * A switched-on parameter of a connection the user can only read: its name, what it does, and
 * its value as text (no box that makes a stored value look like a default).
 */
const ReadOnlyPoolParameterRow = memo(function ReadOnlyPoolParameterRow({ index, name, description }: { index: number; name: string; description: string }) {
  const { control } = useFormMethods();
  const value = useWatch<ConnectionFormValues, `poolParameters.${number}.value`>({ control, name: `poolParameters.${index}.value` });
  const shownDescription = useDescription(name, description);
  const warning = usePoolWarning({ name, enabled: true, value });
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(12rem, 1fr) minmax(10rem, 16rem)' },
        columnGap: 1.5,
        rowGap: 0.5,
        py: 1.25,
        borderTop: 1,
        borderColor: 'divider',
      }}
    >
      <Box component="dt" sx={{ minWidth: 0 }}>
        <Typography component="span" sx={{ display: 'block', fontFamily: 'fontFamilyMonospace', overflowWrap: 'anywhere' }}>
          {name}
        </Typography>
        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
          {shownDescription}
        </Typography>
      </Box>
      <Box component="dd" sx={{ m: 0, minWidth: 0, fontFamily: 'fontFamilyMonospace', overflowWrap: 'anywhere' }}>
        {value}
        {warning && (
          <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            <FieldNoticeText notice={{ severity: 'warning', issue: warning }} />
          </Typography>
        )}
      </Box>
    </Box>
  );
});

function PoolListError() {
  const { control } = useFormMethods();
  const { errors } = useFormState<ConnectionFormValues>({ control, name: 'poolParameters' });
  const errorText = useErrorText();
  const text = errorText(errors.poolParameters?.root?.message ?? errors.poolParameters?.message);
  return text ? (
    <FormHelperText error sx={{ mb: 1 }}>
      {text}
    </FormHelperText>
  ) : null;
}

/** "Use connection pool", the parameters set on the connection, and "Add parameter" for the rest. */
export function PoolingSection() {
  const t = useMessages(editorMessages);
  const p = useMessages(poolingMessages);
  const { readOnly } = useEditorContext();
  const { control, getValues, setValue, setFocus } = useFormMethods();
  const { isSubmitted } = useFormState<ConnectionFormValues>({ control });
  const { fields } = useFieldArray<ConnectionFormValues, 'poolParameters'>({ control, name: 'poolParameters' });
  const rows = useWatch<ConnectionFormValues, 'poolParameters'>({ control, name: 'poolParameters' });
  const poolOn = useWatch<ConnectionFormValues, 'usingConnectionPool'>({ control, name: 'usingConnectionPool' });
  const editable = !readOnly && poolOn;
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  // Choosing a parameter moves focus to its value, so the menu must not hand it back to the button.
  const [chosen, setChosen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const addHintId = useId();
  const pendingFocus = useRef<number | 'add' | null>(null);

  const isOn = (index: number) => rows[index]?.enabled === true;
  const onIndexes = fields.map((_, index) => index).filter(isOn);
  const offIndexes = fields.map((_, index) => index).filter((index) => !isOn(index));

  // Focus moves once the row that gets it (or loses it) has been rendered.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target === 'add') addButtonRef.current?.focus();
    else setFocus(`poolParameters.${target}.value`);
  });

  // Datafor's own dialog starts a brand-new pool with its defaults switched on; a connection
  // that already has parameters switched on keeps them untouched.
  const onPoolToggle = useCallback(
    (checked: boolean) => {
      if (!checked) return;
      const current = getValues('poolParameters');
      if (current.some((row) => row.enabled)) return;
      setValue('poolParameters', rowsForPoolSwitchedOn(current), { shouldDirty: true });
    },
    [getValues, setValue],
  );

  const byHand = useMemo<ByHand>(
    () => ({
      usingConnectionPool: ({ label, disabled }) => (
        <SwitchInput name="usingConnectionPool" label={label} disabled={disabled} onToggle={onPoolToggle} />
      ),
    }),
    [onPoolToggle],
  );

  const change = { shouldDirty: true, shouldTouch: true, shouldValidate: isSubmitted };

  const remove = useCallback(
    (index: number) => {
      const current = getValues('poolParameters');
      const on = current.flatMap((row, i) => (row.enabled ? [i] : []));
      const position = on.indexOf(index);
      pendingFocus.current = on[position + 1] ?? on[position - 1] ?? 'add';
      // Switched off, the value stays in the form: adding the parameter again brings it back.
      setValue(`poolParameters.${index}.enabled`, false, { shouldDirty: true, shouldTouch: true, shouldValidate: isSubmitted });
      setAnnouncement(p('parameterRemoved', { name: current[index]?.name ?? '' }));
    },
    [getValues, setValue, isSubmitted, p],
  );

  const add = (index: number) => {
    const next = enablePoolParameter(getValues(`poolParameters.${index}`));
    setChosen(true);
    setMenuAnchor(null);
    setValue(`poolParameters.${index}.value`, next.value, change);
    setValue(`poolParameters.${index}.enabled`, true, change);
    pendingFocus.current = index;
    // Focus lands on the new value, whose label says which parameter it is.
    setAnnouncement('');
  };

  return (
    <Section heading={t('poolingHeading')}>
      <TableFields section="pooling" byHand={byHand} />
      {!poolOn && (
        <Alert severity="info" variant="outlined" sx={{ my: 1 }}>
          {t('poolOffNotice')}
        </Alert>
      )}
      <PoolListError />
      <Typography component="h4" variant="subtitle2" sx={{ mt: 2, mb: 0.5 }}>
        {p('parametersInUse')}
      </Typography>
      {onIndexes.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          {p('noParameters')}
        </Typography>
      ) : (
        <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
          {onIndexes.map((index) => {
            const field = fields[index];
            if (field && readOnly) {
              return <ReadOnlyPoolParameterRow key={field.id} index={index} name={field.name} description={field.description} />;
            }
            return field ? (
              <PoolParameterRow
                key={field.id}
                index={index}
                name={field.name}
                description={field.description}
                editable={editable}
                onRemove={remove}
              />
            ) : null;
          })}
        </Box>
      )}
      <Box aria-live="polite" sx={visuallyHidden}>
        {announcement}
      </Box>
      {editable && offIndexes.length > 0 && (
        <Box sx={{ mt: 1.5 }}>
          <Button
            ref={addButtonRef}
            startIcon={<AddIcon />}
            aria-haspopup="menu"
            aria-expanded={menuAnchor ? true : undefined}
            aria-describedby={addHintId}
            onClick={(event) => {
              setChosen(false);
              setMenuAnchor(event.currentTarget);
            }}
          >
            {p('addParameter')}
          </Button>
          <Typography id={addHintId} variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {p('addParameterHint', { count: offIndexes.length })}
          </Typography>
          <Menu
            anchorEl={menuAnchor}
            open={menuAnchor !== null}
            onClose={() => setMenuAnchor(null)}
            disableRestoreFocus={chosen}
            slotProps={{ list: { 'aria-label': p('addParameter'), dense: true }, paper: { sx: { maxHeight: '60vh' } } }}
          >
            {offIndexes.map((index) => {
              const field = fields[index];
              if (!field) return null;
              return (
                <MenuItem key={field.id} onClick={() => add(index)}>
                  <ListItemText
                    primary={field.name}
                    secondary={field.defaultValue === '' ? p('noDefault') : p('defaultValue', { value: field.defaultValue })}
                    slotProps={{ primary: { sx: { fontFamily: 'fontFamilyMonospace' } } }}
                  />
                </MenuItem>
              );
            })}
          </Menu>
        </Box>
      )}
    </Section>
  );
}
