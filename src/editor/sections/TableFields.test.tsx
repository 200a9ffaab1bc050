import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { toFormValues } from '../../connection/convert';
import { FOODMART2_DOCUMENTED_BODY } from '../../connection/documented-example';
import type { ConnectionFormValues } from '../../connection/form';
import { wireConnectionSchema, type WireConnection } from '../../connection/wire';
import { LocaleProvider, type Locale } from '../../i18n/i18n';
import { EditorContextProvider } from '../EditorContext';
import { EditorFormProvider } from '../form-methods';
import { AdvancedSection } from './AdvancedSection';
import { GeneralSection } from './GeneralSection';

function connection(changes: Record<string, unknown>): WireConnection {
  return wireConnectionSchema.parse({ ...FOODMART2_DOCUMENTED_BODY, ...changes });
}

function Sections({ wire, readOnly, onValues }: { wire: WireConnection; readOnly: boolean; onValues: (read: () => ConnectionFormValues) => void }) {
  const form = useForm<ConnectionFormValues>({ defaultValues: toFormValues(wire, []) });
  onValues(form.getValues);
  return (
    <EditorFormProvider form={form}>
      <EditorContextProvider value={{ serverType: wire.databaseType, readOnly }}>
        <GeneralSection />
        <AdvancedSection />
      </EditorContextProvider>
    </EditorFormProvider>
  );
}

function renderSections(wire: WireConnection, { readOnly = false, locale = 'en' }: { readOnly?: boolean; locale?: Locale } = {}) {
  let values: () => ConnectionFormValues = () => {
    throw new Error('not rendered');
  };
  render(
    <LocaleProvider locale={locale}>
      <Sections wire={wire} readOnly={readOnly} onValues={(read) => (values = read)} />
    </LocaleProvider>,
  );
  return { values: () => values() };
}

/** The labels of a section's controls, in document order. */
function controlLabels(heading: string): string[] {
  const section = screen.getByRole('region', { name: heading });
  return [...section.querySelectorAll('input, textarea')].map((control) => {
    const id = control.getAttribute('id');
    const label = id ? section.querySelector(`label[for="${id}"]`) : control.closest('label');
    return label?.textContent?.trim() ?? '';
  });
}

describe('sections rendered from the field table', () => {
  it('shows the General fields of a native connection in the table order, with the stored values', () => {
    renderSections(connection({}));
    expect(controlLabels('General')).toEqual(['Connection name', 'Host name', 'Port number', 'Database name', 'User name', 'Password']);
    expect(screen.getByLabelText('Host name')).toHaveValue('127.0.0.1');
    expect(screen.getByLabelText('Port number')).toBeRequired();
    expect(screen.getByLabelText('User name')).not.toBeRequired();
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(screen.getByText('Leave empty to keep the stored password.')).toBeInTheDocument();
  });

  it('under JNDI shows only the name and the JNDI name', () => {
    renderSections(connection({ accessType: 'JNDI', databaseName: 'jdbc/foodmart' }));
    expect(controlLabels('General')).toEqual(['Connection name', 'JNDI name']);
  });

  it('shows a type’s own fields after the common ones, and only for that type', () => {
    renderSections(connection({ databaseType: { name: 'Oracle', shortName: 'ORACLE' }, dataTablespace: 'USERS' }));
    const advanced = within(screen.getByRole('region', { name: 'Advanced' }));
    expect(controlLabels('Advanced')).toEqual([
      'Connect SQL',
      'Quote all identifiers',
      'Force identifiers to lower case',
      'Force identifiers to upper case',
      'Data tablespace',
      'Index tablespace',
    ]);
    expect(advanced.getByLabelText('Data tablespace')).toHaveValue('USERS');
    expect(advanced.queryByLabelText('SQL Server instance name')).toBeNull();
    expect(screen.getByLabelText('Port number')).not.toBeRequired();
    expect(screen.getByText('May be empty for this type: the connection URL then has no port.')).toBeInTheDocument();
  });

  it('switching one case on switches the other off, as the table pairs them', async () => {
    const user = userEvent.setup();
    const { values } = renderSections(connection({ forcingIdentifiersToLowerCase: true }));
    const upper = screen.getByRole('switch', { name: 'Force identifiers to upper case' });
    await user.click(upper);
    expect(upper).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Force identifiers to lower case' })).not.toBeChecked();
    expect(values()).toMatchObject({ forcingIdentifiersToUpperCase: true, forcingIdentifiersToLowerCase: false });
  });

  it('labels every field in Chinese', () => {
    renderSections(connection({ databaseType: { name: 'MySQL', shortName: 'MYSQL' } }), { locale: 'zh-CN' });
    expect(controlLabels('常规')).toEqual(['连接名称', '主机名', '端口号', '数据库名称', '用户名', '密码']);
  });

  it('read-only, shows each value as text named by its label, with no control and no editing hint (issue 14.4)', () => {
    renderSections(connection({ databaseType: { name: 'MySQL', shortName: 'MYSQL' }, username: '' }), { readOnly: true, locale: 'zh-CN' });
    const general = within(screen.getByRole('region', { name: '常规' }));
    // The value is the definition after the term naming it (ARIA gives a definition no name).
    const shown = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(general.queryAllByRole('textbox')).toEqual([]);
    expect(shown('主机名')).toHaveTextContent(FOODMART2_DOCUMENTED_BODY.hostname);
    expect(shown('端口号')).toHaveTextContent(FOODMART2_DOCUMENTED_BODY.databasePort);
    // An empty value says so, and the password is never shown nor its "leave empty" hint given.
    expect(shown('用户名')).toHaveTextContent('未设置');
    expect(shown('密码')).toHaveTextContent('从不显示');
    expect(screen.queryByText(/留空/)).toBeNull();
    const advanced = within(screen.getByRole('region', { name: '高级' }));
    expect(advanced.queryAllByRole('switch')).toEqual([]);
    expect(shown('流式读取结果')).toHaveTextContent(/^(开|关)$/);
  });

  it('offers "Use integrated security" in General for MS SQL Server (Native), bound to its stored attribute', async () => {
    const user = userEvent.setup();
    const mssqlNative = { name: 'MS SQL Server (Native)', shortName: 'MSSQLNative' };
    const { values } = renderSections(connection({ databaseType: mssqlNative, attributes: { MSSQLUseIntegratedSecurity: 'true' } }));
    const integrated = within(screen.getByRole('region', { name: 'General' })).getByRole('switch', { name: 'Use integrated security' });
    expect(integrated).toBeChecked();
    await user.click(integrated);
    expect(values()).toMatchObject({ useIntegratedSecurity: false });
  });

  it('does not offer integrated security under JNDI or for other types', () => {
    renderSections(connection({ databaseType: { name: 'MS SQL Server (Native)', shortName: 'MSSQLNative' }, accessType: 'JNDI' }));
    expect(screen.queryByRole('switch', { name: 'Use integrated security' })).toBeNull();
    cleanup();
    renderSections(connection({}));
    expect(screen.queryByRole('switch', { name: 'Use integrated security' })).toBeNull();
  });
});
