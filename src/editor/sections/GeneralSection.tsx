import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { useCurrentDatabaseType, useEditorContext } from '../EditorContext';
import { TextInput } from '../fields/TextInput';
import { PasswordInput } from '../fields/PasswordInput';
import { Section } from './Section';
import { FieldCell, FieldGrid } from './FieldGrid';

/** Name, where the database is, and who connects to it. */
export function GeneralSection() {
  const t = useMessages(editorMessages);
  const { readOnly } = useEditorContext();
  const { usage } = useCurrentDatabaseType();
  return (
    <Section heading={t('generalHeading')}>
      <FieldGrid>
        <FieldCell>
          <TextInput name="name" label={t('connectionName')} required disabled={readOnly} />
        </FieldCell>
        {usage.host && (
          <FieldCell span={{ sm: 8 }}>
            <TextInput name="hostname" label={t('hostName')} required={usage.hostRequired} disabled={readOnly} />
          </FieldCell>
        )}
        {usage.port !== 'hidden' && (
          <FieldCell span={{ sm: 4 }}>
            <TextInput
              name="port"
              label={t('portNumber')}
              required={usage.port === 'required'}
              inputMode="numeric"
              help={usage.port === 'optional' ? t('optionalPortHelp') : undefined}
              disabled={readOnly}
            />
          </FieldCell>
        )}
        {usage.database !== 'hidden' && (
          <FieldCell>
            <TextInput
              name="databaseName"
              label={usage.databaseLabel === 'jndi' ? t('jndiName') : t('databaseName')}
              required={usage.database === 'required'}
              disabled={readOnly}
            />
          </FieldCell>
        )}
        {usage.credentials && (
          <>
            <FieldCell span={{ sm: 6 }}>
              <TextInput name="username" label={t('userName')} autoComplete="off" disabled={readOnly} />
            </FieldCell>
            <FieldCell span={{ sm: 6 }}>
              <PasswordInput disabled={readOnly} />
            </FieldCell>
          </>
        )}
      </FieldGrid>
    </Section>
  );
}
