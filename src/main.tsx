import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { primeConnectionPageRequests } from './api/connections';
import { setApiBase } from './api/http';
import { App, isIframeMode } from './app/App';
import { AppProviders } from './app/AppProviders';
import { readPageConfig } from './app/config';
import { readConnectionName } from './app/useConnectionNavigation';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks <div id="root">');

try {
  const config = readPageConfig();
  // Before the first render, so the very first requests already go to the right server.
  setApiBase(config.apiBase);
  const embedded = isIframeMode();
  // The page's first calls leave now and travel while React renders the page shell. (The
  // iframe page learns its connection from the host, later.)
  if (!embedded) primeConnectionPageRequests(readConnectionName());
  createRoot(container).render(
    <StrictMode>
      <AppProviders config={config} rememberLanguage={!embedded} dialogsInVisibleBand={embedded}>
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
