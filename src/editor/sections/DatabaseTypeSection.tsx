import { useCallback, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import { accessTypeChoices, databaseTypeChoices, resolveDatabaseType } from '../../connection/catalogue';
import { onDatabaseTypeChange } from '../../connection/convert';
import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { useCurrentDatabaseType, useEditorContext } from '../EditorContext';
import { SelectInput, type SelectChoice } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';
import { Section } from './Section';
import { FieldCell, FieldGrid } from './FieldGrid';

/** Which database, reached how, through which driver (or, for Generic, which URL and class). */
export function DatabaseTypeSection() {
  const t = useMessages(editorMessages);
  const { readOnly, serverType } = useEditorContext();
  const { entry, usage } = useCurrentDatabaseType();
  const { getValues, setValue } = useFormContext<ConnectionFormValues>();
  const accessType = useWatch<ConnectionFormValues, 'accessType'>({ name: 'accessType' });

  const typeChoices = useMemo<SelectChoice[]>(
    () =>
      databaseTypeChoices(serverType).map((choice) => ({
        value: choice.shortName,
        label: choice.known ? choice.label : `${choice.label} ${t('unknownTypeSuffix')}`,
      })),
    [serverType, t],
  );
  const accessChoices = useMemo<SelectChoice[]>(
    () => accessTypeChoices(entry, accessType).map((value) => ({ value, label: value })),
    [entry, accessType],
  );

  // A new type brings its own port default and option prefix; the domain layer decides what
  // follows, this only applies it as user edits (dirty, so Discard can undo all of it).
  const onTypeSelect = useCallback(
    (next: string, previous: string) => {
      if (next === previous) return;
      const nextEntry = resolveDatabaseType(next, serverType);
      const changes = onDatabaseTypeChange(getValues(), nextEntry, resolveDatabaseType(previous, serverType));
      setValue('databaseTypeShortName', next, { shouldDirty: true, shouldValidate: false });
      for (const [key, value] of Object.entries(changes) as [keyof ConnectionFormValues, never][]) {
        if (key === 'databaseTypeShortName') continue;
        setValue(key, value, { shouldDirty: true });
      }
    },
    [getValues, serverType, setValue],
  );

  // Derived, not stored: Discard or a save that makes this type the stored one clears it.
  const changeNotice = entry.shortName !== serverType.shortName ? t('typeChangedNotice', { type: entry.label }) : undefined;

  return (
    <Section heading={t('databaseTypeHeading')}>
      <FieldGrid>
        <FieldCell span={{ md: 6 }}>
          <SelectInput
            name="databaseTypeShortName"
            label={t('databaseType')}
            choices={typeChoices}
            onSelect={onTypeSelect}
            help={changeNotice}
            required
            disabled={readOnly}
          />
        </FieldCell>
        <FieldCell span={{ sm: 6, md: 3 }}>
          <SelectInput name="accessType" label={t('accessType')} choices={accessChoices} required disabled={readOnly} />
        </FieldCell>
        <FieldCell span={{ sm: 6, md: 3 }}>
          <TextInput name="driverId" label={t('driver')} disabled={readOnly} code />
        </FieldCell>
        {usage.custom && (
          <>
            <FieldCell>
              <TextInput
                name="customUrl"
                label={t('customUrl')}
                help={t('customUrlHelp')}
                required
                inputMode="url"
                code
                disabled={readOnly}
              />
            </FieldCell>
            <FieldCell>
              <TextInput
                name="customDriverClass"
                label={t('customDriverClass')}
                help={t('customDriverClassHelp')}
                required
                code
                disabled={readOnly}
              />
            </FieldCell>
          </>
        )}
      </FieldGrid>
    </Section>
  );
}
