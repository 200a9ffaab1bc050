/**
 * The page around the editor: the form does not wait for the list of connections (10,000 of
 * them take a while, issue 16); the list's access map then decides whether it stays editable.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { createApiClient } from '../api/client';
import { PERMISSION } from '../connection/wire';
import { API_BASE, answerOnce, setUpMockDatafor } from '../testing/mock-datafor';
import { loadCodeSplitParts } from '../testing/code-split-parts';
import { createTestQueryClient } from '../testing/render-editor';
import { AppProviders } from './AppProviders';
import { ConnectionsPage } from './ConnectionsPage';

vi.setConfig({ testTimeout: 30_000 });

// The code-split parts loaded before any test waits for one (see code-split-parts.ts).
beforeAll(loadCodeSplitParts, 60_000);

const datafor = setUpMockDatafor();

function renderPage(address: string) {
  window.history.replaceState(null, '', address);
  return render(
    <AppProviders
      config={{ apiBase: API_BASE, trustedOrigins: [], locale: 'en', theme: 'light' }}
      queryClient={createTestQueryClient()}
      apiClient={createApiClient({ apiBase: API_BASE })}
    >
      <ConnectionsPage />
    </AppProviders>,
  );
}

/** Holds the list's answer until `release`, granting the access map given. */
function holdList(...codes: string[]) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  answerOnce(datafor, 'get', 'list', async () => {
    await held;
    const stored = datafor.connections.get('foodmart2');
    return HttpResponse.json({
      success: true,
      databaseConnections: [
        { name: 'foodmart2', id: stored?.id, databaseType: stored?.databaseType, accessMap: codes.map((name) => ({ name, value: 'true' })) },
      ],
    });
  });
  return () => release();
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the editor beside a list still arriving', () => {
  it('opens the connection editable before the list has come, and keeps it so when the list grants Edit', async () => {
    const release = holdList(PERMISSION.read, PERMISSION.edit);
    renderPage('/?name=foodmart2');
    const name = await screen.findByRole('textbox', { name: 'Connection name' });
    expect(name).toHaveValue('foodmart2');
    expect(name).toBeEnabled();
    expect(datafor.calls('get', 'list')).toEqual(['list', 'get']);

    expect(screen.getByText('Loading connections…')).toBeInTheDocument();
    release();
    const nav = await screen.findByRole('navigation', { name: 'Database connections' });
    expect(await within(nav).findByText('1 of 1 connections')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Connection name' })).toBeEnabled();
    expect(screen.queryByRole('note', { name: 'Read-only' })).toBeNull();
  });

  it('turns the form read-only, saying why, when the list then shows the user may only read it', async () => {
    const release = holdList(PERMISSION.read);
    renderPage('/?name=foodmart2');
    expect(await screen.findByRole('textbox', { name: 'Connection name' })).toBeEnabled();

    release();
    const banner = await screen.findByRole('note', { name: 'Read-only' });
    expect(banner).toHaveTextContent('you do not have Edit permission on it');
    expect(screen.queryByRole('textbox', { name: 'Connection name' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });
});
