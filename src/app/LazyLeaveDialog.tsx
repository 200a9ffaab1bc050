import { lazy, Suspense, type ComponentProps } from 'react';

const LeaveDialog = lazy(() => import('./LeaveDialog').then((m) => ({ default: m.LeaveDialog })));

/** The leave guard's question, loaded only when it is asked. */
export function LazyLeaveDialog(props: ComponentProps<typeof LeaveDialog>) {
  return (
    <Suspense fallback={null}>
      <LeaveDialog {...props} />
    </Suspense>
  );
}
