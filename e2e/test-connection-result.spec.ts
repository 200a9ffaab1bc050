/**
 * Issue 14.3 — "Test connection" answers where the user is looking: at 1366×900 the button sits
 * just above the sticky save bar once the pane is scrolled to it, and its result must not land
 * under that bar. It is also announced to screen readers (a live region present beforehand).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { closedPort, openConnection, retype } from './editor-support';

test.use({ viewport: { width: 1366, height: 900 } });

/** Scrolls the editor pane so that `target` sits just above the sticky action bar, as a user would. */
async function scrollJustAboveTheBar(page: Page, target: Locator): Promise<void> {
  const bar = await page.getByRole('button', { name: 'Save', exact: true }).evaluate((save) => {
    let element: Element | null = save;
    while (element && getComputedStyle(element).position !== 'sticky') element = element.parentElement;
    return element?.getBoundingClientRect().top ?? window.innerHeight;
  });
  const box = await target.boundingBox();
  if (!box) throw new Error('no box');
  const by = box.y + box.height - (bar - 6);
  await page.getByRole('main').evaluate((pane, delta) => pane.scrollBy(0, delta), by);
}

/** The element drawn at the centre of `locator` is the locator's element or inside it. */
async function expectDrawnOnTop(locator: Locator): Promise<void> {
  const onTop = await locator.evaluate((element) => {
    const r = element.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (element === hit || element.contains(hit));
  });
  expect(onTop, 'nothing covers the result').toBe(true);
}

test('the result of Test connection shows fully, clear of the save bar, and sits in a live region', async ({ page }) => {
  const port = await closedPort();
  await signIn(page, 'admin');
  await openConnection(page, 'foodmart2');
  await retype(page, 'Port number', String(port));
  const test = page.getByRole('button', { name: 'Test connection' });
  await scrollJustAboveTheBar(page, test);
  await expectDrawnOnTop(test);
  const box = await test.boundingBox();
  if (!box) throw new Error('no box');
  // A real click at the button's centre: no automatic scrolling by the test runner.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

  const result = page.getByRole('alert').filter({ hasText: 'Connection failed' });
  await expect(result).toBeVisible();
  await expect(result).toBeInViewport({ ratio: 1 });
  await expectDrawnOnTop(result);
  // Screen readers hear it: it was put into a polite live region that was there before.
  await expect(page.locator('[aria-live="polite"]').filter({ has: result })).toHaveCount(1);
  // And the document itself did not move (issue 14.1).
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a user who went on typing elsewhere is not pulled to the result', async ({ page }) => {
  const port = await closedPort();
  await signIn(page, 'admin');
  await openConnection(page, 'foodmart2');
  await retype(page, 'Port number', String(port));
  await page.getByRole('button', { name: 'Test connection' }).click();
  const name = page.getByLabel('Connection name', { exact: true });
  await name.focus();
  await expect(page.getByRole('alert').filter({ hasText: 'Connection failed' })).toBeAttached();
  await expect(name).toBeInViewport();
  await expect(name).toBeFocused();
});
