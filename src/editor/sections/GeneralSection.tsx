import Grid from '@mui/material/Grid';
import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { useCurrentDatabaseType, useEditorContext } from '../EditorContext';
import { TextInput } from '../fields/TextInput';
import { PasswordInput } from '../fields/PasswordInput';
import { Section } from './Section';

/** Name, where the database is, and who connects to it. */
export function GeneralSection() {
  const t = useMessages(editorMessages);
  const { readOnly } = useEditorContext();
  const { usage } = useCurrentDatabaseType();
  return (
    <Section heading={t('generalHeading')}>
      <Grid container columnSpacing={2} rowSpacing={0.5}>
        <Grid size={{ xs: 12 }}>
          <TextInput name="name" label={t('connectionName')} required disabled={readOnly} />
        </Grid>
        {usage.host && (
          <Grid size={{ xs: 12, sm: 8 }}>
            <TextInput name="hostname" label={t('hostName')} required={usage.hostRequired} disabled={readOnly} />
          </Grid>
        )}
        {usage.port !== 'hidden' && (
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextInput
              name="port"
              label={t('portNumber')}
              required={usage.port === 'required'}
              inputMode="numeric"
              help={usage.port === 'optional' ? t('optionalPortHelp') : undefined}
              disabled={readOnly}
            />
          </Grid>
        )}
        {usage.database !== 'hidden' && (
          <Grid size={{ xs: 12 }}>
            <TextInput
              name="databaseName"
              label={usage.databaseLabel === 'jndi' ? t('jndiName') : t('databaseName')}
              required={usage.database === 'required'}
              disabled={readOnly}
            />
          </Grid>
        )}
        {usage.credentials && (
          <>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextInput name="username" label={t('userName')} autoComplete="off" disabled={readOnly} />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <PasswordInput disabled={readOnly} />
            </Grid>
          </>
        )}
      </Grid>
    </Section>
  );
}
