/**
 * Renders the connection editor the way the app does — the same providers (AppProviders) with
 * a fresh QueryClient that never retries and the editor's own API client — against the mock
 * Datafor of mock-datafor.ts, in English.
 */
import { render, screen, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { createApiClient, type ApiClient } from '../api/client';
import { AppProviders } from '../app/AppProviders';
import { ConnectionEditor, type ConnectionEditorProps } from '../editor/ConnectionEditor';
import { loadCodeSplitParts } from './code-split-parts';
import { API_BASE } from './mock-datafor';

export interface RenderedEditor extends RenderResult {
  user: UserEvent;
  queryClient: QueryClient;
  apiClient: ApiClient;
}

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** Renders `ConnectionEditor` for `name` (foodmart2 by default) and waits until its form is there. */
export async function renderEditor(props: Partial<ConnectionEditorProps> = {}): Promise<RenderedEditor> {
  await loadCodeSplitParts();
  const queryClient = createTestQueryClient();
  const apiClient = createApiClient({ apiBase: API_BASE });
  // No pause between keystrokes: a loaded machine turns every pause into a long wait.
  const user = userEvent.setup({ delay: null });
  const result = render(
    <AppProviders
      config={{ apiBase: API_BASE, trustedOrigins: [], locale: 'en', theme: 'light' }}
      queryClient={queryClient}
      apiClient={apiClient}
    >
      <ConnectionEditor name="foodmart2" {...props} />
    </AppProviders>,
  );
  await screen.findByRole('textbox', { name: 'Connection name' });
  // Pooling and Advanced come in their own code-split part, right after the first screen.
  await screen.findByRole('region', { name: 'Pooling' });
  return { ...result, user, queryClient, apiClient };
}
