/**
 * The session as the page sees it. Its first reads are answered before the first render
 * (main.tsx waits a moment for them): the page then starts signed in, instead of rendering
 * "checking" and then everything again a moment after mounting.
 */
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { createApiClient } from '../api/client';
import { signedInUserQuery } from '../api/session';
import { API_BASE, setUpMockDatafor } from '../testing/mock-datafor';
import { createTestQueryClient } from '../testing/render-editor';
import { AppProviders } from './AppProviders';
import { useSession } from './session';
import type { SessionStatus } from './session-state';

setUpMockDatafor();

function StatusLog({ seen }: { seen: SessionStatus[] }) {
  const { status } = useSession();
  if (seen.at(-1) !== status) seen.push(status);
  return <p>{status}</p>;
}

async function renderSession(readFirst: boolean) {
  const apiClient = createApiClient({ apiBase: API_BASE });
  const queryClient = createTestQueryClient();
  if (readFirst) await queryClient.prefetchQuery(signedInUserQuery(apiClient));
  const seen: SessionStatus[] = [];
  const view = render(
    <AppProviders config={{ apiBase: API_BASE, trustedOrigins: [], locale: 'en', theme: 'light' }} queryClient={queryClient} apiClient={apiClient}>
      <StatusLog seen={seen} />
    </AppProviders>,
  );
  return { seen, apiClient, queryClient, view };
}

describe('the session when the page mounts', () => {
  it('starts signed in when a read answered before the first render proves it', async () => {
    const { seen } = await renderSession(true);
    expect(await screen.findByText('signed-in')).toBeInTheDocument();
    expect(seen).toEqual(['signed-in']);
  });

  it('is checking until the first answer when nothing was read before', async () => {
    const { seen, apiClient, queryClient } = await renderSession(false);
    expect(screen.getByText('checking')).toBeInTheDocument();
    await act(() => queryClient.fetchQuery(signedInUserQuery(apiClient)));
    expect(await screen.findByText('signed-in')).toBeInTheDocument();
    expect(seen).toEqual(['checking', 'signed-in']);
  });
});
