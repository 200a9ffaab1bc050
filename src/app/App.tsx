import { lazy, Suspense } from 'react';
import { ConnectionsPage } from './ConnectionsPage';
import { RenderFailureBoundary } from './RenderFailure';

// The standalone page never needs the iframe page's code, and the other way round it is small.
const IframePage = lazy(() => import('./IframePage').then((m) => ({ default: m.IframePage })));

export function App({ embedded }: { embedded: boolean }) {
  return embedded ? (
    <RenderFailureBoundary>
      <Suspense fallback={null}>
        <IframePage />
      </Suspense>
    </RenderFailureBoundary>
  ) : (
    <ConnectionsPage />
  );
}
