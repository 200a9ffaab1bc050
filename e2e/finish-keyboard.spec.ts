/**
 * Issue 14.7 — Ctrl+S / ⌘S saves: it opens the review as the Save button does, from any field of
 * the editor (and with nothing focused), and the browser's "Save page" never sees it.
 */
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { EditorPage, recordUpdates } from './editor-support';

/** Records, for every Ctrl+S / ⌘S the page gets, whether the browser's default was prevented. */
async function watchSaveKeys(page: Page): Promise<() => Promise<boolean[]>> {
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { saveKeys: boolean[] }).saveKeys = seen;
    // On window, the last stop of the event: after the page's own handlers.
    window.addEventListener('keydown', (event) => {
      if (event.key.toLowerCase() === 's' && (event.ctrlKey || event.metaKey)) seen.push(event.defaultPrevented);
    });
  });
  return () => page.evaluate(() => (window as unknown as { saveKeys: boolean[] }).saveKeys);
}

test('Ctrl+S in a text box opens the review with the edit, and Save changes saves it', async ({ page }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  const saveKeys = await watchSaveKeys(page);
  await editor.field('Host name').fill('db.example.internal');
  await page.keyboard.press('Control+s');
  const review = page.getByRole('dialog', { name: 'Review changes' });
  await expect(review).toContainText('db.example.internal');
  expect(await saveKeys()).toEqual([true]);
  // Ctrl+S again inside the review does not send anything by itself, nor reach the browser.
  const sent = recordUpdates(page);
  await page.keyboard.press('Control+s');
  await expect(review).toBeVisible();
  expect(sent).toHaveLength(0);
  expect(await saveKeys()).toEqual([true, true]);
  await review.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor.saved()).toBeVisible();
});

test('⌘S works too, from a pool value far down the form', async ({ page }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  const saveKeys = await watchSaveKeys(page);
  await editor.poolValue('maxActive').fill('150');
  await page.keyboard.press('Meta+s');
  await expect(page.getByRole('dialog', { name: 'Review changes' })).toContainText('150');
  expect(await saveKeys()).toEqual([true]);
});

test('Ctrl+S with nothing changed says so beside Save, with no dialog; with nothing focused it is still ours', async ({ page }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  const saveKeys = await watchSaveKeys(page);
  await editor.field('Database name').focus();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'No changes to save. Nothing was sent.' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Nothing focused (the body): the key still saves the open form rather than the page.
  await editor.field('Database name').fill('foodmart_other');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('dialog', { name: 'Review changes' })).toContainText('foodmart_other');
  expect(await saveKeys()).toEqual([true, true]);
});

test('Ctrl+S with an invalid value focuses it and sends nothing', async ({ page }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  const sent = recordUpdates(page);
  await editor.field('Port number').fill('not a port');
  await editor.field('Host name').focus();
  await page.keyboard.press('Control+s');
  await expect(editor.field('Port number')).toBeFocused();
  await expect(editor.field('Port number')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(sent).toHaveLength(0);
});
