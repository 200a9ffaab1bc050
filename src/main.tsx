import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { connectionQueries } from './api/connections';
import { signedInUserQuery } from './api/session';
import { App } from './app/App';
import { AppProviders, createEditorQueryClient } from './app/AppProviders';
import { readPageConfig } from './app/config';
import { untilSettledOrTimeout } from './app/first-render';
import { isIframeMode, readConnectionName } from './app/page-address';
import { takeEarlyResponses } from './early-requests';

/**
 * How long the first render may wait for the page's first reads (who is signed in, and the open
 * connection). Their GETs were sent by index.html's early script while the bundle downloaded,
 * so they have usually been answered by now: waiting lets the first render be the form itself,
 * instead of a "Loading…" render that is thrown away (with its layout) a moment later: on a
 * 2-core machine about 150 ms of main thread (bench/RESULTS.md). A slow server or a sign-in
 * only costs this much delay.
 */
const FIRST_RENDER_WAIT_MS = 300;

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
  const firstReads: Promise<void>[] = [];
  if (!embedded) {
    const queries = connectionQueries(apiClient);
    firstReads.push(queryClient.prefetchQuery(signedInUserQuery(apiClient)));
    const openName = readConnectionName();
    if (openName !== null) {
      firstReads.push(queryClient.prefetchQuery(queries.poolParameters()));
      firstReads.push(queryClient.prefetchQuery(queries.detail(openName)));
      // The list is left to the page, which asks for it once mounted: beside an open connection
      // it would only compete with the form (see startPageRequests).
    } else {
      // Not waited for either: with thousands of connections it takes longer than the page.
      void queryClient.prefetchQuery(queries.list());
    }
  }
  const render = () =>
    createRoot(container).render(
      <StrictMode>
        <AppProviders config={config} apiClient={apiClient} queryClient={queryClient} rememberLanguage={!embedded} dialogsInVisibleBand={embedded}>
          <App embedded={embedded} />
        </AppProviders>
      </StrictMode>,
    );
  if (firstReads.length > 0) {
    void untilSettledOrTimeout(firstReads, FIRST_RENDER_WAIT_MS).then(render);
  } else {
    render();
  }
} catch (error) {
  // A broken configuration is the deployer's to fix: say exactly what is wrong, in plain text.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = error instanceof Error ? error.message : String(error);
  container.replaceChildren(message);
  throw error;
}
