/**
 * Create, duplicate and delete (issue 11) through the real components and the mock Datafor:
 * the type picker, the editor in new mode saving through `add`, a name clash flagged at the
 * field, and the delete confirmation.
 */
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { createApiClient } from '../api/client';
import { connectionKeys, toListedConnectionView } from '../api/connections';
import { AppProviders } from '../app/AppProviders';
import { DATABASE_TYPES, findDatabaseType } from '../connection/catalogue';
import { newConnection } from '../connection/new-connection';
import { POOL_PARAMETERS } from '../connection/pool';
import { PERMISSION } from '../connection/wire';
import { ConnectionForm } from '../editor/ConnectionForm';
import { API_BASE, answerOnce, foodmart2, setUpMockDatafor } from '../testing/mock-datafor';
import { loadCodeSplitParts } from '../testing/code-split-parts';
import { createTestQueryClient } from '../testing/render-editor';
import { ConnectionLifecycle } from './ConnectionLifecycle';
import TypePickerDialog from './TypePickerDialog';

vi.setConfig({ testTimeout: 60_000 });

const datafor = setUpMockDatafor();

// The code-split parts loaded before any test waits for one (see code-split-parts.ts).
beforeAll(loadCodeSplitParts, 60_000);

function renderInApp(ui: ReactNode) {
  const queryClient = createTestQueryClient();
  const apiClient = createApiClient({ apiBase: API_BASE });
  const user = userEvent.setup({ delay: null });
  const result = render(
    <AppProviders config={{ apiBase: API_BASE, trustedOrigins: [], locale: 'en', theme: 'light' }} queryClient={queryClient} apiClient={apiClient}>
      {ui}
    </AppProviders>,
  );
  return { ...result, user, queryClient };
}

const POOL = POOL_PARAMETERS.map(({ parameter, defaultValue, description }) => ({ parameter, defaultValue, description }));

describe('the type picker', () => {
  it('offers every catalogue type as a button, filters as the user types, and Enter takes the first match', async () => {
    const onChoose = vi.fn();
    const { user } = renderInApp(<TypePickerDialog onChoose={onChoose} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Choose a database type' });
    const search = within(dialog).getByRole('searchbox', { name: 'Search database types' });
    expect(search).toHaveFocus();
    const tiles = within(dialog).getAllByRole('button').filter((button) => button.textContent !== 'Cancel');
    expect(tiles).toHaveLength(DATABASE_TYPES.length);
    for (const type of DATABASE_TYPES) expect(within(dialog).getByRole('button', { name: type.label })).toBeInTheDocument();

    await user.type(search, 'postgres');
    await waitFor(() => expect(within(dialog).queryByRole('button', { name: 'MySQL' })).toBeNull());
    expect(within(dialog).getByRole('button', { name: 'PostgreSQL' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith(findDatabaseType('POSTGRESQL'));
  });

  it('says when nothing matches', async () => {
    const { user } = renderInApp(<TypePickerDialog onChoose={() => undefined} onClose={() => undefined} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search database types' }), 'no such database');
    expect(await screen.findByText('No database type matches “no such database”.')).toBeInTheDocument();
  });
});

describe('new mode', () => {
  function renderNew(shortName: string, onSaved = vi.fn()) {
    const type = findDatabaseType(shortName);
    if (!type) throw new Error(shortName);
    const rendered = renderInApp(<ConnectionForm connection={newConnection(type)} mode="new" poolParameters={POOL} onSaved={onSaved} />);
    return { ...rendered, onSaved };
  }

  it('starts from the type\'s defaults, blocks an unnamed save, and sends a named one through add after checking the name', async () => {
    const { user, onSaved } = renderNew('IMPALASIMBA');
    const name = await screen.findByRole('textbox', { name: 'Connection name' });
    // Nothing of it exists on the server yet, typed into or not.
    expect(screen.getByText('Not saved yet')).toBeInTheDocument();
    expect(screen.queryByText('No unsaved changes')).toBeNull();
    // Pooling comes in its own code-split part, right after the first screen.
    await screen.findByRole('region', { name: 'Pooling' });
    expect(screen.getByRole('textbox', { name: 'Port number' })).toHaveValue('21050');
    expect(screen.getByRole('textbox', { name: 'Option name' })).toHaveValue('SocketTimeout');
    expect(screen.getByRole('switch', { name: 'Use connection pool' })).toBeChecked();

    // Untouched, the form is not "nothing to save": it is invalid until named.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter a connection name.')).toBeInTheDocument();
    expect(datafor.calls('add', 'checkexists')).toEqual([]);

    await user.type(name, 'impala_new');
    await user.type(screen.getByRole('textbox', { name: 'Host name' }), 'db.example');
    await user.type(screen.getByRole('textbox', { name: 'Database name' }), 'sales');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const review = await screen.findByRole('dialog', { name: 'Review changes' });
    expect(review).toHaveTextContent('Saving will create the connection “impala_new”');
    for (const row of [/Connection name/, /Host name/, /Database name/, /Port number/, /Option “SocketTimeout”/]) {
      expect(await within(review).findAllByRole('row', { name: row })).not.toHaveLength(0);
    }
    await user.click(within(review).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ name: 'impala_new', id: null }));
    // Checked once more right before sending, then added.
    expect(datafor.calls('checkexists', 'add').slice(-2)).toEqual(['checkexists', 'add']);
    const added = datafor.requests.find((r) => r.endpoint === 'add')?.body;
    expect(added).toMatchObject({
      id: null,
      name: 'impala_new',
      hostname: 'db.example',
      databasePort: '21050',
      extraOptions: { 'IMPALASIMBA.SocketTimeout': '10' },
      usingConnectionPool: true,
      initialPoolSize: 0,
      maximumPoolSize: 20,
      connectionPoolingProperties: {},
      password: null,
    });
  });

  it('flags a taken name at the field while typing, ignoring case, and never sends it', async () => {
    const { user } = renderNew('POSTGRESQL');
    const name = await screen.findByRole('textbox', { name: 'Connection name' });
    await user.type(name, 'FOODMART2');
    expect(await screen.findByText('A connection named “FOODMART2” already exists. Choose another name.')).toBeInTheDocument();
    expect(datafor.calls('checkexists')).toContain('checkexists');
    await user.type(screen.getByRole('textbox', { name: 'Host name' }), 'db.example');
    await user.type(screen.getByRole('textbox', { name: 'Database name' }), 'orders');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('dialog', { name: 'Review changes' })).toBeNull();
    expect(datafor.calls('add')).toEqual([]);
  });
});

describe('delete', () => {
  const listed = [foodmart2(), { ...foodmart2(), name: 'sales', id: 'sales-id' }].map((c) =>
    toListedConnectionView({ ...c, accessMap: [{ name: PERMISSION.full, value: 'true' }] }),
  );

  function renderLifecycle(userType: 'Administrator' | 'SYS_Reader' = 'Administrator', canDelete = true) {
    const onDeleted = vi.fn();
    const entries = listed.map((c) => ({ ...c, canDelete }));
    const rendered = renderInApp(
      <ConnectionLifecycle
        name="foodmart2"
        listed={entries[0]}
        connections={entries}
        userType={userType}
        isDirty={() => false}
        onDuplicate={() => undefined}
        onDeleted={onDeleted}
      />,
    );
    rendered.queryClient.setQueryData(connectionKeys.list(), entries);
    return { ...rendered, onDeleted };
  }

  it('asks first, with Cancel focused, then deletes by name and names the neighbour to open', async () => {
    const { user, onDeleted, queryClient } = renderLifecycle();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    // The dialog's code loads when Delete is first reached.
    const dialog = await screen.findByRole('dialog', { name: 'Delete connection “foodmart2”?' });
    expect(dialog).toHaveTextContent('Reports, dashboards and models using it will stop working');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Delete connection' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith('foodmart2', 'sales'));
    expect(datafor.calls('deletebyname')).toEqual(['deletebyname']);
    expect(datafor.connections.has('foodmart2')).toBe(false);
    expect(queryClient.getQueryData<{ name: string }[]>(connectionKeys.list())?.map((c) => c.name)).not.toContain('foodmart2');
  });

  it('a refused delete shows the server\'s words and keeps the list', async () => {
    const { user, onDeleted, queryClient } = renderLifecycle();
    answerOnce(datafor, 'delete', 'deletebyname', () =>
      HttpResponse.json({ success: false, code: '500', msg: 'CONNECTION_DELETE_FORBIDDEN: user "admin" may not delete connection "foodmart2"' }),
    );
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(await screen.findByRole('button', { name: 'Delete connection' }));
    expect(await screen.findByText('“foodmart2” was not deleted.')).toBeInTheDocument();
    expect(onDeleted).not.toHaveBeenCalled();
    expect(queryClient.getQueryData<{ name: string }[]>(connectionKeys.list())?.map((c) => c.name)).toEqual(['foodmart2', 'sales']);
  });

  it('is disabled, with the reason, for a reader, who duplicates nothing either', () => {
    renderLifecycle('SYS_Reader');
    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription('You cannot delete connections: your account can only view them.');
    expect(screen.queryByRole('button', { name: 'Duplicate' })).toBeNull();
  });

  it('is disabled, with the reason, without the Delete permission', () => {
    renderLifecycle('Administrator', false);
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(
      'You cannot delete “foodmart2”: you do not have the Delete permission on it.',
    );
  });
});
