import { useCallback } from 'react';
import { useFormContext } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { useCurrentDatabaseType, useEditorContext } from '../EditorContext';
import { SwitchInput } from '../fields/SwitchInput';
import { TextInput } from '../fields/TextInput';
import { Section } from './Section';
import { FieldCell, FieldGrid } from './FieldGrid';

/** Connect SQL, identifier handling, and the fields only some database types use. */
export function AdvancedSection() {
  const t = useMessages(editorMessages);
  const { readOnly } = useEditorContext();
  const { usage } = useCurrentDatabaseType();
  const { setValue } = useFormContext<ConnectionFormValues>();
  const specific = new Set(usage.specific);

  // Lower and upper case cannot both be forced: switching one on switches the other off.
  const onLowerCase = useCallback(
    (checked: boolean) => {
      if (checked) setValue('forcingIdentifiersToUpperCase', false, { shouldDirty: true });
    },
    [setValue],
  );
  const onUpperCase = useCallback(
    (checked: boolean) => {
      if (checked) setValue('forcingIdentifiersToLowerCase', false, { shouldDirty: true });
    },
    [setValue],
  );

  return (
    <Section heading={t('advancedHeading')}>
      <TextInput
        name="connectSql"
        label={t('connectSql')}
        help={t('connectSqlHelp')}
        rows={3}
        code
        disabled={readOnly}
      />
      <FieldGrid sx={{ rowGap: 0 }}>
        <FieldCell span={{ md: 4 }}>
          <SwitchInput name="quoteAllFields" label={t('quoteAllIdentifiers')} disabled={readOnly} />
        </FieldCell>
        <FieldCell span={{ md: 4 }}>
          <SwitchInput name="forcingIdentifiersToLowerCase" label={t('forceLowerCase')} disabled={readOnly} onToggle={onLowerCase} />
        </FieldCell>
        <FieldCell span={{ md: 4 }}>
          <SwitchInput name="forcingIdentifiersToUpperCase" label={t('forceUpperCase')} disabled={readOnly} onToggle={onUpperCase} />
        </FieldCell>
      </FieldGrid>
      {specific.size > 0 && (
        <FieldGrid sx={{ rowGap: 0, mt: 2 }}>
          {specific.has('sqlServer') && (
            <>
              <FieldCell span={{ sm: 6 }}>
                <TextInput name="sqlServerInstance" label={t('sqlServerInstance')} disabled={readOnly} />
              </FieldCell>
              <FieldCell span={{ sm: 6 }}>
                <SwitchInput
                  name="usingDoubleDecimalAsSchemaTableSeparator"
                  label={t('doubleDecimalSeparator')}
                  disabled={readOnly}
                />
              </FieldCell>
            </>
          )}
          {specific.has('oracle') && (
            <>
              <FieldCell span={{ sm: 6 }}>
                <TextInput name="dataTablespace" label={t('dataTablespace')} disabled={readOnly} />
              </FieldCell>
              <FieldCell span={{ sm: 6 }}>
                <TextInput name="indexTablespace" label={t('indexTablespace')} disabled={readOnly} />
              </FieldCell>
            </>
          )}
          {specific.has('informix') && (
            <FieldCell span={{ sm: 6 }}>
              <TextInput name="informixServername" label={t('informixServername')} disabled={readOnly} />
            </FieldCell>
          )}
          {specific.has('mysqlStreaming') && (
            <FieldCell>
              <SwitchInput
                name="streamingResults"
                label={t('streamingResults')}
                help={t('streamingResultsHelp')}
                disabled={readOnly}
              />
            </FieldCell>
          )}
        </FieldGrid>
      )}
    </Section>
  );
}
