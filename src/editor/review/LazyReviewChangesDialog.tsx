import { lazy, Suspense, useEffect } from 'react';
import { useFormState } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import type { WireConnection } from '../../connection/wire';
import type { ReviewChangesDialogProps } from './ReviewChangesDialog';

const loadDialog = () => import('./ReviewChangesDialog');
// The dialog and the diff rules are needed only once the user saves: not in the first bundle.
const ReviewChangesDialog = lazy(loadDialog);

/** Starts fetching the dialog's code ahead of the first Save, so it opens without a pause. */
export function preloadReviewChangesDialog(): void {
  void loadDialog();
}

export interface LazyReviewChangesDialogProps extends Omit<ReviewChangesDialogProps, 'open' | 'payload'> {
  /** The payload under review; `null` when no review is open. */
  payload: WireConnection | null;
}

/**
 * Mounts a fresh dialog for every review (so a conflict seen last time is checked again), and
 * preloads its code as soon as the form is dirty — the first moment a save becomes possible.
 * Must be rendered inside the form's FormProvider.
 */
export function LazyReviewChangesDialog({ payload, ...handlers }: LazyReviewChangesDialogProps) {
  const { isDirty } = useFormState<ConnectionFormValues>();
  useEffect(() => {
    if (isDirty) preloadReviewChangesDialog();
  }, [isDirty]);
  if (!payload) return null;
  return (
    <Suspense fallback={null}>
      <ReviewChangesDialog open payload={payload} {...handlers} />
    </Suspense>
  );
}
