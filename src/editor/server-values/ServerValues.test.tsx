import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { toFormValues } from '../../connection/convert';
import type { ConnectionFormValues } from '../../connection/form';
import { POOL_PARAMETERS } from '../../connection/pool';
import { wireConnectionSchema, type WireConnection } from '../../connection/wire';
import { realWorldBody } from '../../connection/__fixtures__/real-world';
import { LocaleProvider, type Locale } from '../../i18n/i18n';
import { EditorFormProvider } from '../form-methods';
import { EditorContextProvider } from '../EditorContext';
import { PartitionsSection } from '../partitions/PartitionsSection';
import { DatabaseTypeSection } from '../sections/DatabaseTypeSection';
import { GeneralSection } from '../sections/GeneralSection';
import { OptionsSection } from '../sections/OptionsSection';
import { PoolingSection } from '../sections/PoolingSection';
import { ServerValuesProvider } from './ServerValues';

const poolParameters = POOL_PARAMETERS.map(({ parameter, defaultValue, description }) => ({ parameter, defaultValue, description }));

function Editor({ wire }: { wire: WireConnection }) {
  const form = useForm<ConnectionFormValues>({ defaultValues: toFormValues(wire, poolParameters) });
  return (
    <EditorFormProvider form={form}>
      <EditorContextProvider value={{ serverType: wire.databaseType, readOnly: false }}>
        <ServerValuesProvider original={wire}>
          <GeneralSection />
          <DatabaseTypeSection />
          <OptionsSection />
          <PoolingSection />
          <PartitionsSection original={wire} />
        </ServerValuesProvider>
      </EditorContextProvider>
    </EditorFormProvider>
  );
}

function renderBody(body: Record<string, unknown>, locale: Locale = 'en') {
  const wire = wireConnectionSchema.parse(body);
  render(
    <LocaleProvider locale={locale}>
      <Editor wire={wire} />
    </LocaleProvider>,
  );
  return wire;
}

/** The text a control's aria-describedby points at. */
function description(control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('values as the server sent them', () => {
  it('says that a "-1" port means no port, without marking it invalid, until the user changes it', async () => {
    const user = userEvent.setup();
    renderBody(realWorldBody('rw_oracle_rac').body);
    const port = screen.getByLabelText('Port number');
    expect(port).toHaveValue('-1');
    expect(port).not.toHaveAttribute('aria-invalid', 'true');
    expect(description(port)).toContain('“-1” means no port');
    await user.clear(port);
    await user.type(port, '1521');
    expect(description(port)).not.toContain('means no port');
  });

  it('says what a variable is, in the field and in Chinese too', () => {
    renderBody(realWorldBody('rw_portable_variables').body, 'zh-CN');
    expect(description(screen.getByLabelText('主机名'))).toContain('Kettle 变量');
    expect(description(screen.getByLabelText('端口号'))).toContain('Kettle 变量');
  });

  it('warns, without marking the field invalid, about a server value that breaks a rule', () => {
    renderBody({ ...realWorldBody('rw_platform_zero_port').body, hostname: '', databasePort: '5432', attributes: {}, PORT_NUMBER: null });
    const host = screen.getByLabelText('Host name');
    expect(host).not.toHaveAttribute('aria-invalid', 'true');
    expect(description(host)).toBe('Warning: Enter the host name. This value came from the server and is saved as it is unless you change it.');
  });

  it('warns at a pool value the server stored that is not a number', () => {
    renderBody(realWorldBody('rw_kept_exactly').body);
    const pooling = within(screen.getByRole('region', { name: 'Pooling' }));
    const maxIdle = pooling.getByLabelText('maxIdle');
    expect(maxIdle).toHaveValue('${MAX_IDLE}');
    expect(maxIdle).not.toHaveAttribute('aria-invalid', 'true');
    expect(description(maxIdle)).toContain('Warning: maxIdle must be a whole number.');
    // A parameter the server does not list, with words for its value: a row like any other, no warning.
    expect(pooling.getByLabelText('softMinEvictableIdleTimeMillis')).toHaveValue('one minute');
  });

  it('warns at an option row stored without a name', () => {
    renderBody({ ...realWorldBody('rw_options_without_order').body, extraOptions: { 'POSTGRESQL.': 'orphan' } });
    const name = within(screen.getByRole('group', { name: 'Option 1' })).getByLabelText('Option name');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(description(name)).toContain('Warning: Enter the option name, or clear its value.');
  });
});

describe('a type the server did not name', () => {
  it('shows "Not available on this server" and what the connection tells', () => {
    renderBody(realWorldBody('rw_bigquery_no_driver').body);
    const section = within(screen.getByRole('region', { name: 'Database type' }));
    expect(section.getByRole('combobox', { name: 'Database type' })).toHaveTextContent('Not available on this server');
    expect(section.getByText('Sent back exactly as the server stored it unless you pick a type.')).toBeInTheDocument();
    const notice = section.getByText(/What the connection tells:/);
    expect(notice).toHaveTextContent('options prefixed “GOOGLEBIGQUERY.”; attribute DATABASE_TYPE = “GOOGLEBIGQUERY”');
    // Every other field can be edited; options show by their whole stored keys.
    expect(screen.getByLabelText('Host name')).toBeEnabled();
    expect(within(screen.getByRole('group', { name: 'Option 1' })).getByLabelText('Option name')).toHaveValue('GOOGLEBIGQUERY.OAuthType');
  });

  it('says so in Chinese', () => {
    renderBody(realWorldBody('rw_azure_sql_no_driver').body, 'zh-CN');
    expect(screen.getByRole('combobox', { name: '数据库类型' })).toHaveTextContent('此服务器上不可用');
    expect(screen.getByText(/连接本身提供的信息/)).toHaveTextContent('没有更多信息');
  });
});

describe('partitions', () => {
  it('says the connection is partitioned and lists its partitions, read-only, without passwords', async () => {
    renderBody({
      ...realWorldBody('rw_partitioned').body,
      partitioningInformation: [{ partitionId: 'P1', hostname: 'pg-a.db.example', port: '5432', databaseName: 'a', username: 'etl', password: 'leak-me' }, {}],
    });
    const section = within(await screen.findByRole('region', { name: 'Partitions' }));
    expect(section.getByText(/partitioned \(Kettle clustering\) into 2 partition entries/)).toBeInTheDocument();
    const table = section.getByRole('table', { name: 'Partitions of this connection (read-only)' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      '#Partition IDHost namePortDatabase nameUser name',
      '1P1pg-a.db.example5432aetl',
      '2(empty entry)',
    ]);
    expect(document.body.textContent).not.toContain('leak-me');
    expect(within(table).queryByRole('textbox')).toBeNull();
  });

  it('is not there for a connection that is not partitioned', () => {
    renderBody(realWorldBody('rw_oracle_rac').body);
    expect(screen.queryByRole('region', { name: 'Partitions' })).toBeNull();
  });
});
