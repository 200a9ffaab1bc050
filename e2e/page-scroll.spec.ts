/**
 * Issue 14.1 — on the standalone page only the list and the editor pane scroll; the document
 * itself never does, at any window size: the header never slides away and no blank band appears.
 */
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { EditorPage } from './editor-support';

/** The document is exactly one window tall and not scrolled. */
async function expectDocumentStill(page: Page, when: string): Promise<void> {
  const metrics = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return {
      scrollHeight: root.scrollHeight,
      scrollWidth: root.scrollWidth,
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
      scrollY: window.scrollY,
      headerTop: document.querySelector('header')?.getBoundingClientRect().top ?? null,
    };
  });
  expect(metrics.scrollHeight, `document height ${when}`).toBe(metrics.innerHeight);
  expect(metrics.scrollWidth, `document width ${when}`).toBe(metrics.innerWidth);
  expect(metrics.scrollY, `document scrolled ${when}`).toBe(0);
  expect(metrics.headerTop, `header position ${when}`).toBe(0);
}

/** A pool value far down the form made invalid, so Save focuses (and scrolls to) it. */
async function blockSaveFarDown(editor: EditorPage): Promise<void> {
  await editor.poolValue('initialSize').fill('many');
  await editor.saveButton().click();
  await expect(editor.poolValue('initialSize')).toBeFocused();
  await expect(editor.poolValue('initialSize')).toHaveAttribute('aria-invalid', 'true');
}

for (const { label, width, height } of [
  { label: 'desktop 1366×900', width: 1366, height: 900 },
  { label: 'phone 375 px', width: 375, height: 812 },
]) {
  test.describe(label, () => {
    test.use({ viewport: { width, height } });

    test('the document never scrolls: loaded, after wheel over the list, after a blocked save', async ({ page }) => {
      await signIn(page, 'admin');
      const editor = new EditorPage(page);
      await editor.open('foodmart2');
      await expect(editor.section('Advanced')).toBeAttached();
      await expectDocumentStill(page, 'when loaded');

      // The wheel over the connection list (the picker above the form on a phone).
      const list = page.getByRole('navigation', { name: 'Database connections' });
      const box = await list.boundingBox();
      if (!box) throw new Error('the connection list has no box');
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
      await page.mouse.wheel(0, 1500);
      // Then over the editor pane, until it has scrolled: the first wheel has landed by then.
      const pane = page.getByRole('main');
      const paneBox = await pane.boundingBox();
      if (!paneBox) throw new Error('the editor pane has no box');
      await page.mouse.move(paneBox.x + paneBox.width / 2, paneBox.y + paneBox.height / 2);
      await page.mouse.wheel(0, 400);
      await expect.poll(() => pane.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
      await expectDocumentStill(page, 'after the wheel over the list');

      await blockSaveFarDown(editor);
      await expectDocumentStill(page, 'after a blocked save focused a field far down');
      // The editor pane scrolled instead, and the field sits in view.
      await expect(editor.poolValue('initialSize')).toBeInViewport();
    });
  });
}

test('the signed-out page and the sign-in dialog do not make the document scroll either', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 640 });
  await page.goto('/?name=foodmart2');
  const dialog = page.getByRole('dialog', { name: 'Sign in to Datafor' });
  await expect(dialog).toBeVisible();
  await expectDocumentStill(page, 'with the sign-in dialog open');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expectDocumentStill(page, 'on the signed-out page');
});
