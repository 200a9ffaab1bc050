import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { connectionQueries } from './api/connections';
import { signedInUserQuery } from './api/session';
import { App } from './app/App';
import { AppProviders, createEditorQueryClient } from './app/AppProviders';
import { readPageConfig } from './app/config';
import { isIframeMode, readConnectionName } from './app/page-address';
import { takeEarlyResponses } from './early-requests';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks <div id="root">');

try {
  const config = readPageConfig();
  const apiClient = createApiClient({ apiBase: config.apiBase, early: takeEarlyResponses() });
  const queryClient = createEditorQueryClient();
  const embedded = isIframeMode();
  // The page's first reads, into the query cache before the first render: each takes the GET
  // index.html's early script already sent (early-requests.ts), or sends it now. (The iframe
  // page learns its connection from the host, later.) A call that finds no session waits at
  // the client's sign-in gate until the dialog is there.
  if (!embedded) {
    const queries = connectionQueries(apiClient);
    void queryClient.prefetchQuery(queries.list());
    void queryClient.prefetchQuery(signedInUserQuery(apiClient));
    const openName = readConnectionName();
    if (openName !== null) {
      void queryClient.prefetchQuery(queries.poolParameters());
      void queryClient.prefetchQuery(queries.detail(openName));
    }
  }
  createRoot(container).render(
    <StrictMode>
      <AppProviders config={config} apiClient={apiClient} queryClient={queryClient} rememberLanguage={!embedded} dialogsInVisibleBand={embedded}>
        <App embedded={embedded} />
      </AppProviders>
    </StrictMode>,
  );
} catch (error) {
  // A broken configuration is the deployer's to fix: say exactly what is wrong, in plain text.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = error instanceof Error ? error.message : String(error);
  container.replaceChildren(message);
  throw error;
}
