/**
 * Issue 12 through the real editor and a mock Datafor: the per-type fields of Pentaho's dialog
 * reach the JDBC URL preview as they are edited, secret attributes behave like the password,
 * a change of type asks what becomes of the options, and a type's default options can be added.
 */
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { connectionKeys } from '../api/connections';
import type { WireConnection } from '../connection/wire';
import { foodmart2, setUpMockDatafor } from '../testing/mock-datafor';
import { renderEditor } from '../testing/render-editor';

// Each test renders the whole editor (seconds of CPU in happy-dom on a shared machine).
vi.setConfig({ testTimeout: 60_000 });

const datafor = setUpMockDatafor();

const urlBox = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'JDBC URL' });

function storeConnection(name: string, changes: Partial<WireConnection> & Record<string, unknown>): void {
  datafor.connections.set(name, { ...foodmart2(), id: `id-${name}`, name, extraOptions: {}, extraOptionsOrder: {}, ...changes });
}

async function choose(user: UserEvent, label: string, option: string): Promise<void> {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function saveThroughReview(user: UserEvent): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: 'Save' }));
  return screen.findByRole('dialog', { name: 'Review changes' });
}

describe('per-type fields reach the URL preview as they are edited', () => {
  it('MS SQL Server (Native): "Use integrated security" switched on shows integratedSecurity=true', async () => {
    storeConnection('sales_mssql', {
      databaseType: { name: 'MS SQL Server (Native)', shortName: 'MSSQLNative', defaultDatabasePort: 1433 },
      hostname: 'db.example',
      databasePort: '1433',
      PORT_NUMBER: '1433',
      databaseName: 'sales',
      attributes: { PORT_NUMBER: '1433' },
    });
    const { user } = await renderEditor({ name: 'sales_mssql' });
    await waitFor(() => expect(urlBox()).toHaveValue('jdbc:sqlserver://db.example:1433;databaseName=sales;integratedSecurity=false'));
    await user.click(screen.getByRole('switch', { name: 'Use integrated security' }));
    await waitFor(() => expect(urlBox()).toHaveValue('jdbc:sqlserver://db.example:1433;databaseName=sales;integratedSecurity=true'));
  });

  it('Snowflake: the warehouse typed is the warehouse in the URL', async () => {
    storeConnection('snow', {
      databaseType: { name: 'Snowflake', shortName: 'SNOWFLAKEHV', defaultDatabasePort: 443 },
      hostname: 'acme.snowflakecomputing.com',
      databasePort: '443',
      PORT_NUMBER: '443',
      databaseName: 'SALES',
      attributes: { PORT_NUMBER: '443', warehouse: 'OLD_WH' },
    });
    const { user } = await renderEditor({ name: 'snow' });
    const warehouse = screen.getByRole('textbox', { name: 'Warehouse' });
    expect(warehouse).toHaveValue('OLD_WH');
    await user.clear(warehouse);
    await user.type(warehouse, 'COMPUTE_WH');
    await waitFor(() => expect(urlBox()).toHaveValue('jdbc:snowflake://acme.snowflakecomputing.com:443/?db=SALES&warehouse=COMPUTE_WH'));
  });
});

describe('Redshift authentication and its secrets', () => {
  function storeRedshift(attributes: Record<string, string>): void {
    storeConnection('redshift', {
      databaseType: { name: 'Redshift', shortName: 'REDSHIFT', defaultDatabasePort: 5439 },
      hostname: 'cluster.example',
      databasePort: '5439',
      PORT_NUMBER: '5439',
      databaseName: 'dev',
      driverId: null,
      attributes: { PORT_NUMBER: '5439', ...attributes },
    });
  }

  it('an absent method reads "Standard"; IAM Credentials shows its fields; a typed secret is sent, reviewed as "will be replaced", never shown or kept', async () => {
    storeRedshift({});
    const { user, queryClient } = await renderEditor({ name: 'redshift' });
    expect(screen.getByRole('combobox', { name: 'Authentication method' })).toHaveTextContent('Standard');
    expect(screen.queryByLabelText('Secret access key', { selector: 'input' })).toBeNull();

    await choose(user, 'Authentication method', 'IAM Credentials');
    await user.type(screen.getByRole('textbox', { name: 'Access key ID' }), 'AKIAEXAMPLE');
    const secret = screen.getByLabelText('Secret access key', { selector: 'input' });
    expect(secret).toHaveAttribute('type', 'password');
    expect(secret).toHaveValue('');
    await user.type(secret, 'wJalr-TYPED-SECRET');
    expect(secret).toHaveAccessibleDescription('Leave empty to keep the stored value.');
    expect(screen.getByRole('button', { name: 'Show Secret access key' })).toBeInTheDocument();
    await waitFor(() =>
      expect(urlBox()).toHaveValue('jdbc:redshift:iam://cluster.example:5439/dev?AccessKeyID=AKIAEXAMPLE&SecretAccessKey=••••&SessionToken=••••'),
    );

    const review = await saveThroughReview(user);
    expect(within(review).getByRole('row', { name: /Secret access key/ })).toHaveTextContent(/unchanged\s*will be replaced/);
    expect(review).not.toHaveTextContent('wJalr-TYPED-SECRET');
    datafor.forget();
    await user.click(within(review).getByRole('button', { name: 'Save changes' }));
    await screen.findByText(/Connection saved/);
    const [sent] = datafor.updates();
    expect(sent?.attributes).toEqual({
      PORT_NUMBER: '5439',
      jdbcAuthMethod: 'IAM Credentials',
      iamAccessKeyId: 'AKIAEXAMPLE',
      iamSecretAccessKey: 'wJalr-TYPED-SECRET',
    });
    // After the save, the box is empty again and the browser keeps no copy of the secret.
    await waitFor(() => expect(screen.getByLabelText('Secret access key', { selector: 'input' })).toHaveValue(''));
    expect(JSON.stringify(queryClient.getQueryData(connectionKeys.detail('redshift')))).not.toContain('wJalr-TYPED-SECRET');
  });

  it('a secret left empty sends nothing for it (the stored one is kept); only * is refused', async () => {
    storeRedshift({ jdbcAuthMethod: 'IAM Credentials', iamAccessKeyId: 'AKIAEXAMPLE' });
    const { user } = await renderEditor({ name: 'redshift' });
    await user.type(screen.getByLabelText('Session token', { selector: 'input' }), '***');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('A value made only of * keeps the stored one; Datafor cannot set it. Choose another.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Session token', { selector: 'input' }));
    await user.clear(screen.getByRole('textbox', { name: 'Database name' }));
    await user.type(screen.getByRole('textbox', { name: 'Database name' }), 'analytics');
    const review = await saveThroughReview(user);
    await user.click(within(review).getByRole('button', { name: 'Save changes' }));
    await screen.findByText(/Connection saved/);
    expect(datafor.updates().at(-1)?.attributes).toEqual({ PORT_NUMBER: '5439', jdbcAuthMethod: 'IAM Credentials', iamAccessKeyId: 'AKIAEXAMPLE' });
  });
});

describe('changing the type is explicit', () => {
  it('asks what becomes of the old type\'s options; Cancel keeps the type, Remove removes them and says so', async () => {
    const { user } = await renderEditor();
    await choose(user, 'Database type', 'MySQL');
    const dialog = await screen.findByRole('dialog', { name: 'Change the type to MySQL?' });
    expect(within(dialog).getByRole('list', { name: 'Options of PostgreSQL' })).toHaveTextContent('TimeZone = Asia/Shanghai');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('combobox', { name: 'Database type' })).toHaveTextContent('PostgreSQL');
    expect(screen.getByRole('group', { name: 'Option 1' })).toBeInTheDocument();

    await choose(user, 'Database type', 'MySQL');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove options' }));
    expect(screen.getByText(/^Type changed to MySQL\. The options of PostgreSQL \(TimeZone\) were removed; saving deletes them\./)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Option 1' })).toBeNull();
    await waitFor(() => expect(urlBox()).toHaveValue('jdbc:mysql://127.0.0.1:25432/foodmart'));

    const review = await saveThroughReview(user);
    expect(within(review).getByRole('row', { name: /Option “TimeZone”/ })).toHaveTextContent(/POSTGRESQL\.TimeZone=Asia\/Shanghai\s*\(removed\)/);
    expect(within(review).getByRole('row', { name: /JDBC URL/ })).toHaveTextContent(
      /jdbc:postgresql:\/\/127\.0\.0\.1:25432\/foodmart\?TimeZone=Asia\/Shanghai\s*jdbc:mysql:\/\/127\.0\.0\.1:25432\/foodmart/,
    );
  });

  it('Keep options moves them to the new type, in its URL and on save', async () => {
    const { user } = await renderEditor();
    await choose(user, 'Database type', 'MySQL');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Keep options' }));
    expect(screen.getByText(/The options of PostgreSQL \(TimeZone\) were kept and now apply to MySQL\./)).toBeInTheDocument();
    await waitFor(() => expect(urlBox()).toHaveValue('jdbc:mysql://127.0.0.1:25432/foodmart?TimeZone=Asia/Shanghai'));
    const review = await saveThroughReview(user);
    expect(within(review).getByRole('row', { name: /Option “TimeZone”/ })).toHaveTextContent(
      /POSTGRESQL\.TimeZone=Asia\/Shanghai\s*MYSQL\.TimeZone=Asia\/Shanghai/,
    );
    await user.click(within(review).getByRole('button', { name: 'Save changes' }));
    await screen.findByText(/Connection saved/);
    expect(datafor.updates().at(-1)?.extraOptions).toEqual({ 'MYSQL.TimeZone': 'Asia/Shanghai' });
  });

  it('without options, changes at once; a type with default options then offers to add them', async () => {
    datafor.connections.set('foodmart2', { ...foodmart2(), extraOptions: {}, extraOptionsOrder: {} });
    const { user } = await renderEditor();
    expect(screen.queryByRole('button', { name: 'Add default options' })).toBeNull();
    await choose(user, 'Database type', 'Cloudera Impala (Simba)');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('Cloudera Impala (Simba) has default options: SocketTimeout=10.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add default options' }));
    const row = screen.getByRole('group', { name: 'Option 1' });
    expect(within(row).getByRole('textbox', { name: 'Option name' })).toHaveValue('SocketTimeout');
    expect(within(row).getByRole('textbox', { name: 'Option value' })).toHaveValue('10');
    expect(screen.queryByRole('button', { name: 'Add default options' })).toBeNull();
  });
});
