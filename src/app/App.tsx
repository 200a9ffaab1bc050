import { ConnectionsPage } from './ConnectionsPage';
import { IframePage } from './IframePage';

/** `?embed=1` only hides chrome; where the API lives never comes from the URL. */
export function isIframeMode(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

export function App({ embedded }: { embedded: boolean }) {
  return embedded ? <IframePage /> : <ConnectionsPage />;
}
