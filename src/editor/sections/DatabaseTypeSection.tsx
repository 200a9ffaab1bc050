import { useCallback, useMemo } from 'react';
import { useFormContext } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import { accessTypeChoices, databaseTypeChoices, resolveDatabaseType, serverShortName, UNAVAILABLE_TYPE } from '../../connection/catalogue';
import { onDatabaseTypeChange } from '../../connection/convert';
import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { serverValueMessages } from '../server-values/messages';
import { UnavailableTypeNotice } from '../server-values/UnavailableTypeNotice';
import { useCurrentDatabaseType, useEditorContext } from '../EditorContext';
import { SelectInput, type SelectChoice } from '../fields/SelectInput';
import { Section } from './Section';
import { TableFields, type ByHand } from './TableFields';

/**
 * Which database, reached how, through which driver (or, for Generic, which URL and class).
 * The two drop-downs are by hand: their choices follow the chosen type, and a new type brings
 * other values with it.
 */
export function DatabaseTypeSection() {
  const t = useMessages(editorMessages);
  const serverValuesText = useMessages(serverValueMessages);
  const { serverType } = useEditorContext();
  const { entry, fields } = useCurrentDatabaseType();
  const { getValues, setValue } = useFormContext<ConnectionFormValues>();

  const typeChoices = useMemo<SelectChoice[]>(
    () =>
      databaseTypeChoices(serverType).map((choice) => ({
        value: choice.shortName,
        label:
          choice.shortName === UNAVAILABLE_TYPE
            ? serverValuesText('typeNotAvailable')
            : choice.known
              ? choice.label
              : `${choice.label} ${t('unknownTypeSuffix')}`,
      })),
    [serverType, t, serverValuesText],
  );
  const accessChoices = useMemo<SelectChoice[]>(
    () => accessTypeChoices(entry, fields.accessType).map((value) => ({ value, label: value })),
    [entry, fields.accessType],
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
  const unavailable = entry.shortName === UNAVAILABLE_TYPE;
  const changeNotice =
    entry.shortName !== serverShortName(serverType)
      ? t('typeChangedNotice', { type: entry.label })
      : unavailable
        ? serverValuesText('typeNotAvailableHelp')
        : undefined;

  const byHand = useMemo<ByHand>(
    () => ({
      databaseTypeShortName: (props) => (
        <SelectInput name="databaseTypeShortName" choices={typeChoices} onSelect={onTypeSelect} {...props} help={changeNotice} />
      ),
      accessType: (props) => <SelectInput name="accessType" choices={accessChoices} {...props} />,
    }),
    [typeChoices, onTypeSelect, changeNotice, accessChoices],
  );

  return (
    <Section heading={t('databaseTypeHeading')}>
      <TableFields section="databaseType" byHand={byHand} />
      {unavailable && <UnavailableTypeNotice />}
    </Section>
  );
}
