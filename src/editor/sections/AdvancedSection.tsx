import { useCallback } from 'react';
import Grid from '@mui/material/Grid';
import { useFormContext } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { useCurrentDatabaseType, useEditorContext } from '../EditorContext';
import { SwitchInput } from '../fields/SwitchInput';
import { TextInput } from '../fields/TextInput';
import { Section } from './Section';

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
      <Grid container columnSpacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <SwitchInput name="quoteAllFields" label={t('quoteAllIdentifiers')} disabled={readOnly} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <SwitchInput name="forcingIdentifiersToLowerCase" label={t('forceLowerCase')} disabled={readOnly} onToggle={onLowerCase} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <SwitchInput name="forcingIdentifiersToUpperCase" label={t('forceUpperCase')} disabled={readOnly} onToggle={onUpperCase} />
        </Grid>
      </Grid>
      {specific.size > 0 && (
        <Grid container columnSpacing={2} sx={{ mt: 2 }}>
          {specific.has('sqlServer') && (
            <>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextInput name="sqlServerInstance" label={t('sqlServerInstance')} disabled={readOnly} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <SwitchInput
                  name="usingDoubleDecimalAsSchemaTableSeparator"
                  label={t('doubleDecimalSeparator')}
                  disabled={readOnly}
                />
              </Grid>
            </>
          )}
          {specific.has('oracle') && (
            <>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextInput name="dataTablespace" label={t('dataTablespace')} disabled={readOnly} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextInput name="indexTablespace" label={t('indexTablespace')} disabled={readOnly} />
              </Grid>
            </>
          )}
          {specific.has('informix') && (
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextInput name="informixServername" label={t('informixServername')} disabled={readOnly} />
            </Grid>
          )}
          {specific.has('mysqlStreaming') && (
            <Grid size={{ xs: 12 }}>
              <SwitchInput
                name="streamingResults"
                label={t('streamingResults')}
                help={t('streamingResultsHelp')}
                disabled={readOnly}
              />
            </Grid>
          )}
        </Grid>
      )}
    </Section>
  );
}
