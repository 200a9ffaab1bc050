/**
 * `mountConnectionEditor` in a host page: saving reaches onSaved, unmount leaves nothing
 * behind, the host's global CSS does not change the editor's look and the editor does not
 * change the host's, and the editor's form events never reach the host's form.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { basicAuth, expect, signIn, test } from './fixtures';
import { moduleHostPage } from './hosts/module-host';

const MODULE_URL = '/embed/datafor-connection-editor.js';

async function openHost(page: Page, options: { hostile: boolean; connectionName?: string; mount?: boolean }) {
  const html = moduleHostPage({ hostile: options.hostile, connectionName: options.connectionName ?? 'foodmart2', moduleUrl: MODULE_URL });
  await page.route('**/module-host.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto('/module-host.html');
  await page.waitForFunction(() => (window as unknown as { mountReady?: boolean }).mountReady === true);
  if (options.mount !== false) {
    await page.evaluate(() => (window as unknown as { mountEditor(): void }).mountEditor());
    await expect(page.getByLabel('Connection name')).toHaveValue(options.connectionName ?? 'foodmart2');
  }
}

const hostState = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { hostEvents: string[]; saved: unknown[]; closeCount: number };
    return { hostEvents: w.hostEvents, saved: w.saved, closed: w.closeCount };
  });

test('mounts, saves through the review dialog, reports onSaved, and keeps form events away from the host form', async ({ page }) => {
  await signIn(page, 'admin');
  await openHost(page, { hostile: true });

  await page.getByLabel('Host name').fill('mounted.example.com');
  // Enter submits the editor's own form (the review opens), never the host form around it.
  await page.getByLabel('Port number').press('Enter');
  await page.getByRole('dialog', { name: 'Review changes' }).getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(async () => (await hostState(page)).saved).toEqual([{ name: 'foodmart2', id: 'd55f86ef-0c20-4442-b806-074d4211b0fb' }]);

  const stored = await (await page.request.get('/plugin/datafor-modeler/api/connection/get?name=foodmart2', { headers: basicAuth() })).json();
  expect(stored.hostname).toBe('mounted.example.com');
  expect((await hostState(page)).hostEvents).toEqual([]);
  expect(new URL(page.url()).pathname).toBe('/module-host.html');
  // The host's own field still works and still belongs to the host.
  await page.getByLabel('Host search').fill('still mine');
  expect((await hostState(page)).hostEvents).toEqual([]);
});

test('close reports onClose; unmount removes the editor and its styles cleanly', async ({ page }) => {
  await signIn(page, 'admin');
  await openHost(page, { hostile: false });
  await page.getByRole('button', { name: 'Close' }).click();
  await expect.poll(async () => (await hostState(page)).closed).toBe(1);

  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.evaluate(() => (window as unknown as { unmount(): void }).unmount());
  await expect(page.getByRole('region', { name: 'General' })).toHaveCount(0);
  const leftovers = await page.evaluate(() => ({
    shadowChildren: document.getElementById('editor-slot')?.shadowRoot?.childNodes.length ?? 0,
    documentStyles: document.querySelectorAll('style').length,
  }));
  expect(leftovers).toEqual({ shadowChildren: 0, documentStyles: 0 });

  // Mounting again into the same element works.
  await page.evaluate(() => (window as unknown as { mountEditor(): void }).mountEditor());
  await expect(page.getByLabel('Connection name')).toHaveValue('foodmart2');
  expect(errors).toEqual([]);
});

test('a host stylesheet styling input, button and h2 does not change the editor, nor the editor the host', async ({ page, browser }) => {
  // Two pages and two full loads on a shared 2-core machine.
  test.setTimeout(90_000);
  await signIn(page, 'admin');
  await openHost(page, { hostile: false });
  const plain = await page.getByRole('region', { name: 'General' }).screenshot({ animations: 'disabled', caret: 'hide' });

  const hostilePage = await browser.newPage({ baseURL: new URL(page.url()).origin });
  await signIn(hostilePage, 'admin');
  await openHost(hostilePage, { hostile: true, mount: false });
  const hostInputLook = () =>
    hostilePage.getByLabel('Host search').evaluate((input) => {
      const style = getComputedStyle(input);
      return [style.backgroundColor, style.borderTopStyle, style.fontSize, style.fontFamily, style.padding].join('|');
    });
  const inputBefore = await hostInputLook();
  expect(inputBefore).toContain('rgb(255, 255, 0)|dashed|22px');
  const headingBefore = await hostilePage.getByRole('heading', { name: 'Host heading' }).screenshot();
  await hostilePage.evaluate(() => (window as unknown as { mountEditor(): void }).mountEditor());
  await expect(hostilePage.getByLabel('Connection name')).toHaveValue('foodmart2');
  const styled = await hostilePage.getByRole('region', { name: 'General' }).screenshot({ animations: 'disabled', caret: 'hide' });
  if (!styled.equals(plain)) {
    writeFileSync(test.info().outputPath('editor-plain-host.png'), plain);
    writeFileSync(test.info().outputPath('editor-hostile-host.png'), styled);
  }
  expect(styled.equals(plain), 'the editor looks the same under a hostile host stylesheet').toBe(true);

  // The host looks the same with the editor mounted (the editor grows below, so compare the parts above it).
  await hostilePage.evaluate(() => window.scrollTo(0, 0));
  const headingAfter = await hostilePage.getByRole('heading', { name: 'Host heading' }).screenshot();
  expect(headingAfter.equals(headingBefore)).toBe(true);
  expect(await hostInputLook()).toBe(inputBefore);
  await hostilePage.close();
});
