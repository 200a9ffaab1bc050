import { memo, useCallback, useId, useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useController, useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import {
  poolParameterDescriptionsZh,
  poolParameterKind,
  TRANSACTION_ISOLATION_LEVELS,
} from '../../connection/pool';
import { enablePoolParameter, rowsForPoolSwitchedOn } from '../../connection/convert';
import { useLocale, useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { useEditorContext } from '../EditorContext';
import { SwitchInput } from '../fields/SwitchInput';
import { useErrorText } from '../fields/useErrorText';
import { FieldNoticeText } from '../server-values/FieldNoticeText';
import { usePoolWarning } from '../server-values/ServerValues';
import { TableFields, type ByHand } from './TableFields';
import { Section } from './Section';

const BOOLEAN_CHOICES = ['true', 'false'] as const;

interface PoolRowProps {
  index: number;
  name: string;
  defaultValue: string;
  description: string;
  /** False while the pool is off or the form read-only: the row is shown, kept, not editable. */
  editable: boolean;
}

/** One DBCP parameter: its own switch, name, description and value. */
const PoolParameterRowView = memo(function PoolParameterRowView({ index, name, defaultValue, description, editable }: PoolRowProps) {
  const t = useMessages(editorMessages);
  const locale = useLocale();
  const errorText = useErrorText();
  const { getValues, setValue } = useFormContext<ConnectionFormValues>();
  const enabled = useController<ConnectionFormValues, `poolParameters.${number}.enabled`>({ name: `poolParameters.${index}.enabled` });
  const value = useController<ConnectionFormValues, `poolParameters.${number}.value`>({ name: `poolParameters.${index}.value` });
  const nameId = useId();
  const inputId = useId();
  const descriptionId = useId();
  const kind = poolParameterKind(name);
  const isOn = enabled.field.value;
  const error = errorText(value.fieldState.error?.message ?? enabled.fieldState.error?.message);
  // A value the server stored that breaks a rule (a script's "${MAX_ACTIVE}") is warned about, never blocking.
  const warning = usePoolWarning({ name, enabled: isOn, value: value.field.value, defaultValue, description });
  const helper = error ?? (warning ? <FieldNoticeText notice={{ severity: 'warning', issue: warning }} /> : ' ');
  const zhDescription = (poolParameterDescriptionsZh as Record<string, { zh: string } | undefined>)[name]?.zh;
  const shownDescription = locale === 'zh-CN' && zhDescription ? zhDescription : description || t('storedOnlyParameter');

  const toggle = (checked: boolean) => {
    if (!checked) {
      // The value stays in the form, so switching back on restores it.
      enabled.field.onChange(false);
      return;
    }
    const next = enablePoolParameter(getValues(`poolParameters.${index}`));
    setValue(`poolParameters.${index}.value`, next.value, { shouldDirty: true });
    enabled.field.onChange(true);
  };

  const describedBy = `${descriptionId} ${inputId}-helper-text`;
  const commonInput = {
    'aria-labelledby': nameId,
    'aria-describedby': describedBy,
  };
  const choices: readonly string[] | undefined =
    kind === 'boolean' ? BOOLEAN_CHOICES : kind === 'isolation' ? TRANSACTION_ISOLATION_LEVELS : undefined;

  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'auto 1fr', md: 'auto minmax(12rem, 1fr) minmax(10rem, 14rem)' },
        columnGap: 1.5,
        alignItems: 'start',
        py: 1,
        borderTop: 1,
        borderColor: 'divider',
      }}
    >
      <Switch
        checked={isOn}
        onChange={(_event, checked) => toggle(checked)}
        onBlur={enabled.field.onBlur}
        disabled={!editable}
        slotProps={{ input: { 'aria-label': t('enableParameter', { name }), ref: enabled.field.ref } }}
      />
      <Box sx={{ minWidth: 0, pt: 0.75 }}>
        <Typography id={nameId} component="div" sx={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', overflowWrap: 'anywhere' }}>
          {name}
        </Typography>
        <Typography id={descriptionId} variant="body2" color="text.secondary">
          {shownDescription}
        </Typography>
      </Box>
      <Box sx={{ gridColumn: { xs: '2 / 3', md: 'auto' } }}>
        {isOn && choices ? (
          <TextField
            select
            id={inputId}
            value={value.field.value}
            onChange={value.field.onChange}
            onBlur={value.field.onBlur}
            inputRef={value.field.ref}
            disabled={!editable}
            error={!!error}
            helperText={helper}
            size="small"
            fullWidth
            slotProps={{ select: { native: true }, htmlInput: commonInput }}
          >
            {value.field.value === '' || choices.includes(value.field.value) ? null : (
              <option value={value.field.value}>{value.field.value}</option>
            )}
            <option value="">{t('chooseValue')}</option>
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </TextField>
        ) : (
          <TextField
            id={inputId}
            // Off rows show the default greyed out; the kept value reappears when switched on.
            value={isOn ? value.field.value : ''}
            placeholder={isOn ? undefined : defaultValue}
            onChange={value.field.onChange}
            onBlur={value.field.onBlur}
            inputRef={value.field.ref}
            disabled={!editable || !isOn}
            error={!!error}
            helperText={helper}
            size="small"
            fullWidth
            autoComplete="off"
            slotProps={{
              htmlInput: { ...commonInput, inputMode: kind === 'integer' ? 'numeric' : undefined, spellCheck: false },
            }}
          />
        )}
      </Box>
    </Box>
  );
});

function PoolListError() {
  const { errors } = useFormState<ConnectionFormValues>({ name: 'poolParameters' });
  const errorText = useErrorText();
  const text = errorText(errors.poolParameters?.root?.message ?? errors.poolParameters?.message);
  return text ? (
    <FormHelperText error sx={{ mb: 1 }}>
      {text}
    </FormHelperText>
  ) : null;
}

/** "Use connection pool" and every DBCP parameter, listed by the server or stored on the connection. */
export function PoolingSection() {
  const t = useMessages(editorMessages);
  const { readOnly } = useEditorContext();
  const { getValues, setValue } = useFormContext<ConnectionFormValues>();
  const { fields } = useFieldArray<ConnectionFormValues, 'poolParameters'>({ name: 'poolParameters' });
  const poolOn = useWatch<ConnectionFormValues, 'usingConnectionPool'>({ name: 'usingConnectionPool' });

  // Datafor's own dialog starts a brand-new pool with its defaults switched on; a connection
  // that already has parameters switched on keeps them untouched.
  const onPoolToggle = useCallback(
    (checked: boolean) => {
      if (!checked) return;
      const rows = getValues('poolParameters');
      if (rows.some((row) => row.enabled)) return;
      setValue('poolParameters', rowsForPoolSwitchedOn(rows), { shouldDirty: true });
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

  return (
    <Section heading={t('poolingHeading')}>
      <TableFields section="pooling" byHand={byHand} />
      {!poolOn && (
        <Alert severity="info" variant="outlined" sx={{ my: 1 }}>
          {t('poolOffNotice')}
        </Alert>
      )}
      <PoolListError />
      <Box
        aria-hidden
        sx={{
          display: { xs: 'none', md: 'grid' },
          gridTemplateColumns: 'auto minmax(12rem, 1fr) minmax(10rem, 14rem)',
          columnGap: 1.5,
          pt: 1,
          color: 'text.secondary',
          typography: 'caption',
        }}
      >
        <Box sx={{ width: 58 }}>{t('enabledColumn')}</Box>
        <Box>{t('parameterColumn')}</Box>
        <Box>{t('valueColumn')}</Box>
      </Box>
      <Box>
        {fields.map((field, index) => (
          <PoolParameterRowView
            key={field.id}
            index={index}
            name={field.name}
            defaultValue={field.defaultValue}
            description={field.description}
            editable={!readOnly && poolOn}
          />
        ))}
      </Box>
    </Section>
  );
}
