/**
 * The save flow's states (useSaveFlow.ts) through the real editor and a mock Datafor: what the
 * user sees in each, and what reaches the server. The e2e suite covers the same against the
 * real local API; these fail first, in seconds.
 */
import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { QueryObserver } from '@tanstack/react-query';
import { connectionKeys, connectionQueries } from '../api/connections';
import { answerOnce, foodmart2, setUpMockDatafor } from '../testing/mock-datafor';
import { renderEditor } from '../testing/render-editor';

// Each test renders the whole editor (about 3 s of CPU in happy-dom); on the shared 2-core
// machine the default 20 s is not always enough.
vi.setConfig({ testTimeout: 60_000 });

const datafor = setUpMockDatafor();

const field = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });
const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });
const reviewDialog = () => screen.getByRole('dialog', { name: 'Review changes' });

async function retype(user: UserEvent, name: string, value: string): Promise<void> {
  await user.clear(field(name));
  await user.type(field(name), value);
}

/** Opens the editor, changes the host name, presses Save and waits for the review to list it. */
async function reviewHostChange(props: Parameters<typeof renderEditor>[0] = {}) {
  const editor = await renderEditor(props);
  await retype(editor.user, 'Host name', 'db.example');
  datafor.forget();
  await editor.user.click(button('Save'));
  await within(await screen.findByRole('dialog', { name: 'Review changes' })).findByRole('row', { name: /Host name/ });
  return editor;
}

/** The payload foodmart2 becomes with the host name changed: nothing else differs. */
const withNewHost = () => ({ ...foodmart2(), hostname: 'db.example' });

describe('reviewing', () => {
  it('lists exactly the changes made and sends nothing; "Back" keeps every edit', async () => {
    const { user } = await reviewHostChange();
    const rows = within(reviewDialog()).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'SettingBeforeAfter',
      'Host name127.0.0.1db.example',
      // The URL these settings make, as the preview shows it.
      'JDBC URLjdbc:postgresql://127.0.0.1:25432/foodmart?TimeZone=Asia/Shanghaijdbc:postgresql://db.example:25432/foodmart?TimeZone=Asia/Shanghai',
    ]);
    expect(datafor.calls()).toEqual([]);

    await user.click(within(reviewDialog()).getByRole('button', { name: 'Back' }));
    expect(screen.queryByRole('dialog', { name: 'Review changes' })).toBeNull();
    expect(field('Host name')).toHaveValue('db.example');
    expect(datafor.calls()).toEqual([]);
  });
});

describe('saving', () => {
  it('"Save changes" re-reads the connection, then sends exactly the reviewed payload', async () => {
    const onSaved = vi.fn();
    const { user, queryClient } = await renderEditor({ onSaved });
    await retype(user, 'Host name', 'db.example');
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'typed-secret');
    datafor.forget();
    await user.click(button('Save'));
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Connection saved.')).toBeInTheDocument();
    expect(datafor.calls()).toEqual(['get', 'update']);
    expect(datafor.updates()).toEqual([{ ...withNewHost(), password: 'typed-secret' }]);
    expect(onSaved).toHaveBeenCalledWith({ name: 'foodmart2', id: foodmart2().id });
    // The saved values are the new baseline; the cache holds them, never the password.
    await waitFor(() => expect(screen.getByText('No unsaved changes')).toBeInTheDocument());
    expect(button('Discard changes')).toBeDisabled();
    expect(field('Host name')).toHaveValue('db.example');
    expect(queryClient.getQueryData(connectionKeys.detail('foodmart2'))).toEqual({ ...withNewHost(), password: null });
  });

  it('after a save the option rows stay as they are (not rebuilt), the password box empties, and a later error still takes focus to its field', async () => {
    const { user } = await renderEditor();
    const optionValue = screen.getAllByRole('textbox', { name: 'Option value' })[0];
    const password = screen.getByLabelText('Password', { selector: 'input' });
    await retype(user, 'Host name', 'db.example');
    await user.type(password, 'typed-secret');
    await user.click(button('Save'));
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Connection saved.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('No unsaved changes')).toBeInTheDocument());
    // Rebuilding 2,000 rows after each save is what issue 16's save budget could not afford.
    expect(screen.getAllByRole('textbox', { name: 'Option value' })[0]).toBe(optionValue);
    expect(screen.getByLabelText('Password', { selector: 'input' })).toHaveValue('');

    // The form still knows its fields: an edit after the save is unsaved again, and an error
    // found on the next Save moves focus to the field at fault.
    await user.clear(field('Connection name'));
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await user.click(button('Save'));
    await waitFor(() => expect(field('Connection name')).toHaveFocus());
    expect(field('Connection name')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says "Connection saved" without waiting for the list to be read again (10,000 connections take a while)', async () => {
    const { user, queryClient, apiClient } = await renderEditor();
    // The page shows the list: its query is active, so a save makes it read again.
    const listObserver = new QueryObserver(queryClient, connectionQueries(apiClient).list());
    const stopObserving = listObserver.subscribe(() => undefined);
    await waitFor(() => expect(listObserver.getCurrentResult().isSuccess).toBe(true));
    answerOnce(datafor, 'get', 'list', () => new Promise<Response>(() => undefined));
    try {
      await retype(user, 'Host name', 'db.example');
      await user.click(button('Save'));
      await user.click(await screen.findByRole('button', { name: 'Save changes' }));
      expect(await screen.findByText('Connection saved.')).toBeInTheDocument();
      // The list is being read again meanwhile, and shows the save once it has arrived.
      expect(listObserver.getCurrentResult().isFetching).toBe(true);
    } finally {
      stopObserving();
    }
  });

  it('a rename is cached under the new name', async () => {
    const { user, queryClient } = await renderEditor();
    await retype(user, 'Connection name', 'foodmart_renamed');
    await user.click(button('Save'));
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    await screen.findByText('Connection saved.');
    expect(queryClient.getQueryData(connectionKeys.detail('foodmart_renamed'))).toMatchObject({ name: 'foodmart_renamed', id: foodmart2().id });
  });

  it('a double click sends once', async () => {
    const { user } = await reviewHostChange();
    const saveChanges = within(reviewDialog()).getByRole('button', { name: 'Save changes' });
    // Both clicks land before React re-renders (and disables) the button.
    act(() => {
      saveChanges.click();
      saveChanges.click();
    });
    await screen.findByText('Connection saved.');
    expect(datafor.calls()).toEqual(['get', 'update']);

    // The same for "Overwrite anyway", which sends straight away.
    await retype(user, 'Host name', 'db2.example');
    datafor.connections.get('foodmart2')!.databaseName = 'theirs';
    datafor.forget();
    await user.click(button('Save'));
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    const overwrite = await screen.findByRole('button', { name: 'Overwrite anyway' });
    act(() => {
      overwrite.click();
      overwrite.click();
    });
    await screen.findByText('Connection saved.');
    expect(datafor.calls()).toEqual(['get', 'update']);
  });
});

describe('while the check runs', () => {
  it('"Save changes" keeps the focus, says it is unavailable, and another click sends nothing more', async () => {
    const { user } = await reviewHostChange();
    let answerCheck: (response: Response) => void = () => undefined;
    answerOnce(datafor, 'get', 'get', () => new Promise<Response>((resolve) => (answerCheck = resolve)));
    const saveChanges = within(reviewDialog()).getByRole('button', { name: 'Save changes' });
    await user.click(saveChanges);
    await within(reviewDialog()).findByRole('status');
    expect(saveChanges).toHaveFocus();
    expect(saveChanges).toHaveAttribute('aria-disabled', 'true');
    await user.click(saveChanges);
    await user.keyboard('{Enter}');
    expect(datafor.calls()).toEqual(['get']);

    answerCheck(HttpResponse.json({ ...datafor.connections.get('foodmart2'), password: null }));
    await screen.findByText('Connection saved.');
    expect(datafor.calls()).toEqual(['get', 'update']);
  });
});

describe('someone else saved it meanwhile', () => {
  async function conflict() {
    const editor = await reviewHostChange();
    const theirs = datafor.connections.get('foodmart2')!;
    theirs.databaseName = 'foodmart_v2';
    await editor.user.click(within(reviewDialog()).getByRole('button', { name: 'Save changes' }));
    expect(await within(reviewDialog()).findByRole('alert')).toHaveTextContent('Changed on the server since you opened it');
    return editor;
  }

  it('shows theirs beside yours and sends nothing until the user chooses', async () => {
    await conflict();
    const dialog = reviewDialog();
    const their = within(dialog).getByRole('table', { name: 'Their changes (now on the server)' });
    const yours = within(dialog).getByRole('table', { name: 'Your changes (not saved yet)' });
    expect(within(their).getByRole('row', { name: /Database name/ })).toHaveTextContent(/foodmart\s*foodmart_v2/);
    expect(within(yours).getByRole('row', { name: /Host name/ })).toHaveTextContent(/127\.0\.0\.1\s*db\.example/);
    expect(datafor.calls()).toEqual(['get']);
  });

  it('"Overwrite anyway" sends the version reviewed, not a merge', async () => {
    const { user } = await conflict();
    await user.click(within(reviewDialog()).getByRole('button', { name: 'Overwrite anyway' }));
    await screen.findByText('Connection saved.');
    expect(datafor.updates()).toEqual([withNewHost()]);
  });

  it('"Reload their version" shows their copy, sends nothing, and later saves are checked against it', async () => {
    const { user, queryClient } = await conflict();
    await user.click(within(reviewDialog()).getByRole('button', { name: 'Reload their version' }));
    expect(screen.queryByRole('dialog', { name: 'Review changes' })).toBeNull();
    expect(field('Database name')).toHaveValue('foodmart_v2');
    expect(field('Host name')).toHaveValue('127.0.0.1');
    expect(datafor.calls()).toEqual(['get']);
    expect(queryClient.getQueryData(connectionKeys.detail('foodmart2'))).toMatchObject({ databaseName: 'foodmart_v2', password: null });
    await waitFor(() => expect(button('Discard changes')).toBeDisabled());

    await retype(user, 'Host name', 'after-reload.example');
    await user.click(button('Save'));
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    await screen.findByText('Connection saved.');
    expect(datafor.updates()).toEqual([{ ...foodmart2(), databaseName: 'foodmart_v2', hostname: 'after-reload.example' }]);
  });
});

describe('when the check cannot tell', () => {
  it('a connection renamed or deleted meanwhile is reported; Back keeps the edits', async () => {
    const { user } = await reviewHostChange();
    datafor.connections.delete('foodmart2');
    await user.click(within(reviewDialog()).getByRole('button', { name: 'Save changes' }));
    expect(await within(reviewDialog()).findByRole('alert')).toHaveTextContent('no longer has a connection named “foodmart2”');
    expect(within(reviewDialog()).getByRole('button', { name: 'Overwrite anyway' })).toBeEnabled();
    await user.click(within(reviewDialog()).getByRole('button', { name: 'Back' }));
    expect(field('Host name')).toHaveValue('db.example');
    expect(datafor.calls()).toEqual(['get']);
  });

  it('a failed check sends nothing and offers "Try again"', async () => {
    const { user } = await reviewHostChange();
    answerOnce(datafor, 'get', 'get', () => HttpResponse.text('<h1>Bad gateway</h1>', { status: 502 }));
    await user.click(within(reviewDialog()).getByRole('button', { name: 'Save changes' }));
    expect(await within(reviewDialog()).findByRole('alert')).toHaveTextContent(
      'Could not check whether someone else changed this connection, so nothing was sent',
    );
    expect(datafor.calls()).toEqual(['get']);
    await user.click(within(reviewDialog()).getByRole('button', { name: 'Try again' }));
    await screen.findByText('Connection saved.');
    expect(datafor.calls()).toEqual(['get', 'get', 'update']);
  });
});

describe('when the save fails', () => {
  async function saveAnswered(answer: () => Response) {
    const editor = await reviewHostChange();
    answerOnce(datafor, 'post', 'update', answer);
    await editor.user.click(within(reviewDialog()).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Review changes' })).toBeNull());
    return editor;
  }

  it('says why, keeps every edit, and the next try can succeed', async () => {
    const { user } = await saveAnswered(() => HttpResponse.json({ success: false, code: '500', msg: 'update failed: disk full' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server said: update failed: disk full');
    expect(field('Host name')).toHaveValue('db.example');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    expect(button('Discard changes')).toBeEnabled();

    await user.click(button('Save'));
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    await screen.findByText('Connection saved.');
    expect(datafor.updates()).toEqual([withNewHost(), withNewHost()]);
  });

  it('CONNECTION_WRITE_FORBIDDEN switches to read-only with the server’s reason, keeping the values', async () => {
    const reason = 'CONNECTION_WRITE_FORBIDDEN: creator has no Edit permission on foodmart2';
    await saveAnswered(() => HttpResponse.json({ success: false, code: '500', msg: reason }));
    const banner = await screen.findByRole('alert', { name: 'Read-only' });
    expect(banner).toHaveTextContent('The server refused to save');
    expect(banner).toHaveTextContent(reason);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    // The typed values stay on screen as text, to copy; no box invites more typing.
    expect(screen.queryByRole('textbox', { name: 'Host name' })).toBeNull();
    expect(screen.getByText('Host name', { selector: 'dt' }).nextElementSibling).toHaveTextContent('db.example');
  });
});

describe('a session that expires during the send', () => {
  it('waits for the sign-in, then sends the same payload again and saves', async () => {
    const { user } = await reviewHostChange();
    answerOnce(datafor, 'post', 'update', () => HttpResponse.json({ success: false, code: '401', msg: 'not signed in' }, { status: 401 }));
    await user.click(within(reviewDialog()).getByRole('button', { name: 'Save changes' }));

    const signIn = await screen.findByRole('dialog', { name: 'Sign in to Datafor' });
    // signed-out-resume: still saving (the sign-in dialog hides the rest from the accessibility tree), nothing failed, nothing lost.
    expect(screen.getByRole('button', { name: 'Save', hidden: true })).toBeDisabled();
    expect(screen.queryByRole('alert', { hidden: true })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Host name', hidden: true })).toHaveValue('db.example');

    await user.type(within(signIn).getByRole('textbox', { name: /^User name/ }), 'admin');
    await user.type(within(signIn).getByLabelText(/^Password/), 'admin123');
    await user.click(within(signIn).getByRole('button', { name: 'Sign in' }));

    await screen.findByText('Connection saved.');
    expect(datafor.calls()).toEqual(['get', 'update', 'login', 'update']);
    expect(datafor.updates()).toEqual([withNewHost(), withNewHost()]);
  });
});

describe('"Unsaved" and "Save" agree (issue 14)', () => {
  it('Save on a form without changes says so beside the button, opens nothing and sends nothing', async () => {
    const { user } = await renderEditor();
    datafor.forget();
    await user.click(button('Save'));
    // In a live region, so a screen reader says it too.
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('No changes to save. Nothing was sent.'),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(datafor.calls()).toEqual([]);
  });

  it('an empty new option row is not a change: no "unsaved", no leave prompt, nothing to save', async () => {
    const onDirtyChange = vi.fn();
    const { user } = await renderEditor({ onDirtyChange });
    await user.click(button('Add option'));
    const names = screen.getAllByRole('textbox', { name: 'Option name' });
    expect(names).toHaveLength(2);
    expect(screen.getByText('No unsaved changes')).toBeInTheDocument();
    expect(button('Discard changes')).toBeDisabled();
    expect(onDirtyChange).not.toHaveBeenCalledWith(true);

    datafor.forget();
    await user.click(button('Save'));
    expect(await screen.findByText('No changes to save. Nothing was sent.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();

    // Naming the row makes it a change, and the notice goes.
    await user.type(names[1]!, 'ApplicationName');
    await waitFor(() => expect(screen.getByText('Unsaved changes')).toBeInTheDocument());
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    expect(screen.queryByText('No changes to save. Nothing was sent.')).toBeNull();
    expect(datafor.calls()).toEqual([]);
  });
});
