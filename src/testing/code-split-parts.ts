/**
 * Every code-split part of the app, loaded through the very LazyPart objects the app uses, so
 * a component mounted afterwards finds each one already loaded (`LazyPart.loaded()`) and
 * renders it at once.
 *
 * Why not just `import()` the modules first: the app's own `import()` still has to resolve
 * the module through Vitest's runner, and on a fresh, loaded CI machine that has once taken
 * longer than the ten seconds a test waits for the screen (the review dialog stayed on
 * "Preparing the review…"). What these tests check is the save flow, not how fast a chunk
 * arrives; loading and its failure have their own tests (lazy-part.test.ts, the e2e suite).
 */
import { belowFoldPart } from '../editor/below-fold/LazyBelowFoldSections';
import { toastPart } from '../editor/readonly/LazyReadOnlySaveToast';
import { reviewDialogPart } from '../editor/review/LazyReviewChangesDialog';
import { previewPart } from '../editor/url-preview/LazyJdbcUrlPreview';
import { deleteDialogPart } from '../lifecycle/ConnectionLifecycle';
import { pickerPart } from '../lifecycle/NewConnectionButton';

export async function loadCodeSplitParts(): Promise<void> {
  await Promise.all(
    [belowFoldPart, toastPart, reviewDialogPart, previewPart, deleteDialogPart, pickerPart].map((part) => part.load()),
  );
}
