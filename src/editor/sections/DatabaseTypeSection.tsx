import { memo, useCallback, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import type { ConnectionFormValues } from '../../connection/form';
import { accessTypeChoices, databaseTypeChoices, resolveDatabaseType, serverShortName, UNAVAILABLE_TYPE } from '../../connection/catalogue';
import { filledOptionRows, onDatabaseTypeChange, type OptionsOnTypeChange } from '../../connection/convert';
import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { serverValueMessages } from '../server-values/messages';
import { UnavailableTypeNotice } from '../server-values/UnavailableTypeNotice';
import { useCurrentDatabaseType, useEditorContext } from '../EditorContext';
import { SelectInput, type SelectChoice } from '../fields/SelectInput';
import { Section } from './Section';
import { TableFields, type ByHand } from './TableFields';
import { TypeChangeDialog, type PendingTypeChange } from './TypeChangeDialog';
import { useFormMethods } from '../form-methods';

/** What the last change of type did, told in the notice under the type. */
interface TypeChangeOutcome {
  /** shortName of the type it changed to: the notice is about this change only while it is the chosen type. */
  to: string;
  from: string;
  options: { decision: OptionsOnTypeChange; names: string[] } | null;
  /** The new type's default port, when the port followed it. */
  port: string | null;
}

const NAMES_SHOWN = 5;

/**
 * Which database, reached how, through which driver (or, for Generic, which URL and class).
 * The two drop-downs are by hand: their choices follow the chosen type, and a new type brings
 * other values with it. A change of type with options asks first what becomes of them.
 */
export const DatabaseTypeSection = memo(function DatabaseTypeSection() {
  const t = useMessages(editorMessages);
  const serverValuesText = useMessages(serverValueMessages);
  const { serverType } = useEditorContext();
  const { entry, fields } = useCurrentDatabaseType();
  const { getValues, setValue } = useFormMethods();
  const [pending, setPending] = useState<PendingTypeChange | null>(null);
  const [outcome, setOutcome] = useState<TypeChangeOutcome | null>(null);

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

  // The domain layer decides what follows a new type; this applies it as user edits (dirty,
  // so Discard can undo all of it).
  const changeType = useCallback(
    (next: string, previous: string, options: OptionsOnTypeChange) => {
      const nextEntry = resolveDatabaseType(next, serverType);
      const previousEntry = resolveDatabaseType(previous, serverType);
      const values = getValues();
      const rows = filledOptionRows(values.options);
      const changes = onDatabaseTypeChange(values, nextEntry, previousEntry, options);
      setValue('databaseTypeShortName', next, { shouldDirty: true, shouldValidate: false });
      for (const [key, value] of Object.entries(changes) as [keyof ConnectionFormValues, never][]) {
        if (key === 'databaseTypeShortName') continue;
        setValue(key, value, { shouldDirty: true });
      }
      setOutcome({
        to: next,
        from: previousEntry.label,
        options: rows.length > 0 ? { decision: options, names: rows.map((row) => row.name || t('unnamedOption')) } : null,
        port: changes.port ?? null,
      });
    },
    [getValues, serverType, setValue, t],
  );

  const onTypeSelect = useCallback(
    (next: string, previous: string) => {
      if (next === previous) return;
      const rows = filledOptionRows(getValues('options'));
      if (rows.length === 0) return changeType(next, previous, 'keep');
      const label = (shortName: string) => resolveDatabaseType(shortName, serverType).label;
      setPending({ next, previous, from: label(previous), to: label(next), rows });
    },
    [changeType, getValues, serverType],
  );

  // A type this server has no driver for (databaseType null): said at the field, while it stays chosen.
  const unavailable = entry.shortName === UNAVAILABLE_TYPE;
  const unavailableHelp = unavailable ? serverValuesText('typeNotAvailableHelp') : undefined;

  const byHand = useMemo<ByHand>(
    () => ({
      databaseTypeShortName: (props) => (
        <SelectInput name="databaseTypeShortName" choices={typeChoices} onSelect={onTypeSelect} {...props} help={unavailableHelp} />
      ),
      accessType: (props) => <SelectInput name="accessType" choices={accessChoices} {...props} />,
    }),
    [typeChoices, onTypeSelect, unavailableHelp, accessChoices],
  );

  // Shown only while the chosen type differs from the stored one: Discard, or a save that
  // makes it the stored type, clears it.
  let notice: string | undefined;
  if (entry.shortName !== serverShortName(serverType)) {
    const type = entry.label;
    const sentences = [t('typeChanged', { type })];
    if (outcome?.to === entry.shortName) {
      if (outcome.options) {
        const { names, decision } = outcome.options;
        const shown = names.length > NAMES_SHOWN ? `${names.slice(0, NAMES_SHOWN).join(', ')}, …` : names.join(', ');
        const vars = { type, from: outcome.from, names: shown, count: names.length };
        sentences.push(t(decision === 'keep' ? 'typeChangedOptionsKept' : 'typeChangedOptionsRemoved', vars));
      }
      if (outcome.port !== null) sentences.push(t('typeChangedPort', { type, port: outcome.port }));
    }
    notice = sentences.join(' ');
  }

  return (
    <Section heading={t('databaseTypeHeading')}>
      <TableFields section="databaseType" byHand={byHand} />
      {unavailable && <UnavailableTypeNotice />}
      {notice && (
        <Alert severity="info" role="status" sx={{ mt: 1 }}>
          {notice}
        </Alert>
      )}
      {pending && (
        <TypeChangeDialog
          pending={pending}
          onCancel={() => setPending(null)}
          onChoose={(options) => {
            setPending(null);
            changeType(pending.next, pending.previous, options);
          }}
        />
      )}
    </Section>
  );
});
