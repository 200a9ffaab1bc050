import { useCallback, useMemo, type ReactNode } from 'react';
import type { SxProps, Theme } from '@mui/material/styles';
import { useWatch } from 'react-hook-form';
import {
  CONDITION_FIELDS,
  fieldChoices,
  fieldLabel,
  fieldPresence,
  fieldsOf,
  type FieldContext,
  type FieldKey,
  type FieldSpec,
  type FieldValue,
  type SectionId,
} from '../../connection/fields';
import type { ConnectionFormValues } from '../../connection/form';
import { translate, useLocale } from '../../i18n/i18n';
import { useCurrentDatabaseType, useEditorContext } from '../EditorContext';
import { PasswordInput } from '../fields/PasswordInput';
import { SelectInput } from '../fields/SelectInput';
import { SwitchInput, type BooleanPath } from '../fields/SwitchInput';
import { TextInput, type TextPath } from '../fields/TextInput';
import { FieldCell, FieldGrid } from './FieldGrid';
import { useFormMethods } from '../form-methods';

/** The table's words and state for one field, handed to a section that renders its control itself. */
export interface FieldProps {
  label: string;
  required: boolean;
  disabled: boolean;
  help?: string;
}

/** Controls a section renders itself (choices that depend on the type, side effects on toggle). */
export type ByHand = Partial<Record<FieldKey, (props: FieldProps) => ReactNode>>;

// The field table gives a switch a boolean value and every other kind a string (fields.ts
// FIELD_VALUES_SHAPE), so a field's key is a path of the matching type.
const textPath = (spec: FieldSpec) => spec.key as TextPath;
const booleanPath = (key: string) => key as BooleanPath;

function SwitchFromTable({ spec, props }: { spec: FieldSpec & { kind: 'switch' }; props: FieldProps }) {
  const { setValue } = useFormMethods();
  const { turnsOff } = spec;
  const onToggle = useCallback(
    (checked: boolean) => {
      if (checked && turnsOff) setValue(booleanPath(turnsOff), false, { shouldDirty: true });
    },
    [setValue, turnsOff],
  );
  return (
    <SwitchInput
      name={booleanPath(spec.key)}
      label={props.label}
      help={props.help}
      disabled={props.disabled}
      onToggle={turnsOff ? onToggle : undefined}
    />
  );
}

/** A drop-down whose choices the table lists per type; an empty value shows the first (what it means). */
function SelectFromTable({ spec, props, shortName }: { spec: FieldSpec & { kind: 'select' }; props: FieldProps; shortName: string }) {
  const locale = useLocale();
  const listed = fieldChoices(spec, shortName);
  const choices = useMemo(
    () => (listed ? listed.map((c) => ({ value: c.value, label: translate(c.label, locale) })) : (spec.values ?? []).map((value) => ({ value, label: value }))),
    [listed, locale, spec.values],
  );
  return <SelectInput name={textPath(spec)} choices={choices} emptyShows={listed?.[0]?.value} {...props} />;
}

/** One control per kind, built from the existing field wrappers. */
function ControlFromTable({ spec, props, shortName }: { spec: FieldSpec; props: FieldProps; shortName: string }) {
  switch (spec.kind) {
    case 'switch':
      return <SwitchFromTable spec={spec} props={props} />;
    case 'select':
      return <SelectFromTable spec={spec} props={props} shortName={shortName} />;
    case 'secret':
      return (
        <PasswordInput
          name={textPath(spec)}
          label={props.label}
          help={props.help}
          required={props.required}
          disabled={props.disabled}
          // The password's own button keeps its name; a secret attribute's names its field.
          toggleNames={spec.wire === 'byHand' ? undefined : props.label}
        />
      );
    default:
      return (
        <TextInput
          name={textPath(spec)}
          {...props}
          code={spec.kind === 'code' || spec.kind === 'url' || spec.kind === 'sql'}
          rows={spec.kind === 'sql' ? 3 : undefined}
          inputMode={spec.kind === 'url' ? 'url' : spec.kind === 'number' ? 'numeric' : undefined}
        />
      );
  }
}

const NEW_PASSWORD_HELP = {
  en: 'The database user’s password. Most databases need one; leave it empty only if yours does not.',
  zh: '数据库用户的密码。大多数数据库都需要密码；仅当您的数据库不需要时才留空。',
};

/**
 * A section's fields from the field table, in table order, those the chosen type and access
 * type show. Type-specific fields (`shownFor`) come in a block of their own after the others.
 */
export function TableFields({ section, byHand, sx }: { section: SectionId; byHand?: ByHand; sx?: SxProps<Theme> }) {
  const { readOnly, creating = false } = useEditorContext();
  const { fields: typeContext } = useCurrentDatabaseType();
  const locale = useLocale();
  // The few values other fields' visibility depends on (an authentication method, a switch).
  const { control } = useFormMethods();
  const conditionValues = useWatch<ConnectionFormValues>({ control, name: CONDITION_FIELDS as readonly FieldKey[] }) as readonly FieldValue[];
  const context = useMemo<FieldContext>(
    () => ({ ...typeContext, values: Object.fromEntries(CONDITION_FIELDS.map((key, i) => [key, conditionValues[i]])) }),
    [typeContext, conditionValues],
  );

  const cells = fieldsOf(section).flatMap((field) => {
    const spec: FieldSpec = field;
    const presence = fieldPresence(spec, context);
    if (presence === 'hidden') return [];
    // A new connection has no stored password to keep: marked like a required field, as
    // Pentaho's dialog does, yet it may stay empty (some databases take none).
    const newPassword = creating && spec.key === 'password';
    const help = newPassword
      ? NEW_PASSWORD_HELP
      : (presence === 'optional' && spec.kind !== 'switch' && spec.kind !== 'select' && spec.kind !== 'secret' && spec.optionalHelp) || spec.help;
    const props: FieldProps = {
      label: translate(fieldLabel(spec, context.accessType), locale),
      required: presence === 'required' || newPassword,
      disabled: readOnly,
      help: help ? translate(help, locale) : undefined,
    };
    const cell = (
      <FieldCell key={spec.key} span={spec.span}>
        {byHand?.[field.key]?.(props) ?? <ControlFromTable spec={spec} props={props} shortName={context.shortName} />}
      </FieldCell>
    );
    return [{ cell, typeSpecific: spec.shownFor !== undefined }];
  });
  const common = cells.filter((c) => !c.typeSpecific).map((c) => c.cell);
  const typeSpecific = cells.filter((c) => c.typeSpecific).map((c) => c.cell);

  return (
    <>
      {common.length > 0 && <FieldGrid sx={sx}>{common}</FieldGrid>}
      {typeSpecific.length > 0 && <FieldGrid sx={[...(Array.isArray(sx) ? sx : [sx]), { mt: 2 }]}>{typeSpecific}</FieldGrid>}
    </>
  );
}
