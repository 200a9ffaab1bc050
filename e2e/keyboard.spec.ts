/**
 * Keyboard alone: open a connection from the list, edit a field, reorder an option, turn the
 * pool on and add a parameter, and save (through the review dialog), with a visible focus
 * indicator at every stop on the way.
 */
import { writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { basicAuth, expect, signIn, test } from './fixtures';

/** Counts pointer input, so the test proves the mouse was never used. */
const POINTER_PROBE = `
  window.__pointerEvents = 0;
  const count = (e) => { if (e.isTrusted) window.__pointerEvents += 1; };
  addEventListener('pointerdown', count, true);
  addEventListener('mousedown', count, true);
  // A click from Enter or Space has detail 0; only a pointer click counts.
  addEventListener('click', (e) => { if (e.detail > 0) count(e); }, true);
`;

/**
 * Pixels around the focused element that count as "its" focus indicator: outlines sit just
 * outside an element, and a multi-line field's border and floating label sit ~26 px outside
 * its textarea (the padding belongs to the field, not to the textarea).
 */
const RING_MARGIN = 28;

/**
 * The focused element must look different from the same element unfocused. Compares the
 * pixels around it with focus and after blurring it (animations settled, caret hidden), then
 * gives focus back so the next Tab continues from it.
 */
async function expectVisibleFocus(page: Page): Promise<string> {
  const focused = (await page.evaluateHandle(() => document.activeElement)).asElement();
  if (!focused) throw new Error('nothing is focused');
  if (await focused.evaluate((el) => el === document.body)) {
    throw new Error('focus fell back to the page body (the focused element disappeared, or Tab left the page)');
  }
  const description = await focused.evaluate(
    (el) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').trim().slice(0, 40)}"`,
  );
  // WCAG 2.4.11 (Focus Not Obscured): the focused control must not be entirely hidden, e.g.
  // under the sticky action bar. Probed at its centre and four points just inside its corners.
  // Polled: a menu that has just closed (Add parameter) fades out over the control for a moment;
  // what must hold is the page as it settles, not a frame of that fade.
  const coveringElement = () => focused.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const inset = Math.min(3, r.width / 4, r.height / 4);
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + inset, r.top + inset],
      [r.right - inset, r.top + inset],
      [r.left + inset, r.bottom - inset],
      [r.right - inset, r.bottom - inset],
    ] as const;
    let cover: Element | null = null;
    for (const [x, y] of points) {
      const hit = document.elementFromPoint(x, y);
      if (hit && (el.contains(hit) || hit.contains(el))) return null;
      cover = hit ?? cover;
    }
    return cover ? `${cover.tagName.toLowerCase()} "${(cover.textContent ?? '').trim().slice(0, 40)}"` : 'nothing on screen';
  });
  await expect.poll(coveringElement, { message: `focused ${description} is entirely hidden`, timeout: 2_000 }).toBeNull();
  const box = await focused.boundingBox();
  if (!box) throw new Error(`focused ${description} has no box on screen`);
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const x = Math.max(0, box.x - RING_MARGIN);
  const y = Math.max(0, box.y - RING_MARGIN);
  const clip = {
    x,
    y,
    width: Math.min(viewport.width, box.x + box.width + RING_MARGIN) - x,
    height: Math.min(viewport.height, box.y + box.height + RING_MARGIN) - y,
  };
  const withFocus = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await focused.evaluate((el) => (el as HTMLElement).blur());
  const withoutFocus = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await focused.evaluate((el) => (el as HTMLElement).focus());
  if (withFocus.equals(withoutFocus)) {
    await page.screenshot({ path: test.info().outputPath('focus-missed-page.png') });
    writeFileSync(test.info().outputPath('focus-missed-element.png'), withFocus);
  }
  expect(withFocus.equals(withoutFocus), `focus is not visible on ${description}`).toBe(false);
  return description;
}

/** Presses Tab until `target` has focus, checking the focus is visible at every stop. */
async function tabTo(page: Page, target: Locator, stops: string[], maxTabs = 150): Promise<void> {
  for (let i = 0; i < maxTabs; i += 1) {
    await page.keyboard.press('Tab');
    try {
      stops.push(await expectVisibleFocus(page));
    } catch (error) {
      throw new Error(`after: ${stops.slice(-6).join(' → ')}\n${String(error)}`);
    }
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${maxTabs} presses of Tab never reached the target; stops: ${stops.slice(-10).join(', ')}`);
}

test('keyboard only: open from the list, edit a field, reorder an option, save through the review', async ({
  page,
}) => {
  // Two screenshots at every Tab stop: 37 s on a quiet machine, 2.2 min in a CI run beside another
  // worker on the same two cores. A ceiling, not a speed goal.
  test.setTimeout(300_000);
  const stops: string[] = [];
  await page.addInitScript({ content: POINTER_PROBE });
  await signIn(page, 'admin');
  await page.goto('/');

  // The list: search, then open the connection by its link.
  const search = page.getByRole('searchbox', { name: 'Search connections' });
  // The first render waits (up to 300 ms) for the first reads; a Tab pressed into the still
  // empty page would take focus out of the document, which is not what this test is about.
  await expect(search).toBeVisible();
  await tabTo(page, search, stops);
  await page.keyboard.type('sales');
  const link = page.getByRole('link', { name: /sales_mysql/ });
  await expect(link).toBeVisible();
  await tabTo(page, link, stops);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]name=sales_mysql\b/);
  const nameBox = page.getByRole('textbox', { name: 'Connection name' });
  await expect(nameBox).toHaveValue('sales_mysql');

  // A field.
  const host = page.getByRole('textbox', { name: 'Host name' });
  await tabTo(page, host, stops);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('mysql-sales-2.internal');
  await expect(host).toHaveValue('mysql-sales-2.internal');

  // Reorder: the second option moves up, and focus stays with the row that moved.
  const firstRow = page.getByRole('group', { name: 'Option 1' });
  const secondRow = page.getByRole('group', { name: 'Option 2' });
  await expect(firstRow.getByRole('textbox', { name: 'Option name' })).toHaveValue('serverTimezone');
  await expect(secondRow.getByRole('textbox', { name: 'Option name' })).toHaveValue('useSSL');
  await tabTo(page, secondRow.getByRole('button', { name: 'Move up' }), stops);
  await page.keyboard.press('Enter');
  await expect(firstRow.getByRole('textbox', { name: 'Option name' })).toHaveValue('useSSL');
  await expect(secondRow.getByRole('textbox', { name: 'Option name' })).toHaveValue('serverTimezone');
  // Move up is now disabled on the first row, so focus must have landed somewhere usable in it.
  const focusInFirstRow = await firstRow.evaluate((row) => row.contains(document.activeElement));
  expect(focusInFirstRow, 'focus follows the moved option').toBe(true);
  stops.push(await expectVisibleFocus(page));

  // Pooling: turn the pool on, then add a parameter from "Add parameter" and set its value.
  const poolSwitch = page.getByRole('switch', { name: 'Use connection pool' });
  await tabTo(page, poolSwitch, stops);
  await page.keyboard.press('Space');
  await expect(poolSwitch).toBeChecked();
  const addParameter = page.getByRole('button', { name: 'Add parameter' });
  await tabTo(page, addParameter, stops);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Add parameter' });
  await expect(menu).toBeVisible();
  // The menu takes focus itself; typing the start of a name jumps to it.
  expect(await menu.evaluate((list) => list.contains(document.activeElement))).toBe(true);
  await page.keyboard.type('maxw');
  await expect(menu.getByRole('menuitem', { name: /^maxWait / })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  const maxWait = page.getByRole('region', { name: 'Pooling' }).getByLabel('maxWait', { exact: true });
  await expect(maxWait).toBeFocused();
  stops.push(await expectVisibleFocus(page));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('5000');

  // Save, through the review dialog when there is one.
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await tabTo(page, save, stops);
  await page.keyboard.press('Enter');
  const review = page.getByRole('dialog', { name: 'Review changes' });
  const saved = page.getByRole('status').filter({ hasText: 'Connection saved' });
  await expect(review.or(saved).first()).toBeVisible();
  if (await review.isVisible()) {
    // A modal dialog takes focus itself; the keyboard user never has to find it.
    expect(await review.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    await expect(review).toContainText('mysql-sales-2.internal');
    await tabTo(page, review.getByRole('button', { name: 'Save changes' }), stops, 30);
    await page.keyboard.press('Enter');
  }
  await expect(saved).toBeVisible();

  // What the server holds now, read back through the API.
  const stored = await (
    await page.request.get('/plugin/datafor-modeler/api/connection/get?name=sales_mysql', { headers: basicAuth('admin') })
  ).json();
  expect(stored.hostname).toBe('mysql-sales-2.internal');
  expect(stored.extraOptionsOrder).toEqual({
    '0': 'MYSQL.useSSL',
    '1': 'MYSQL.serverTimezone',
    '2': 'MYSQL.characterEncoding',
    '3': 'MYSQL.zeroDateTimeBehavior',
  });
  expect(stored.usingConnectionPool).toBe(true);
  expect(stored.connectionPoolingProperties).toMatchObject({ maxActive: '200', maxWait: '5000' });

  expect(await page.evaluate('window.__pointerEvents'), 'the mouse was never used').toBe(0);
  expect(stops.length).toBeGreaterThan(5);
});
