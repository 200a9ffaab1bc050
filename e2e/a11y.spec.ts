/**
 * axe-core over every state the editor can be in: no serious or critical violation in any.
 * Each test brings the page to one state the way a user would, then audits the whole page.
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { basicAuth, expect, signIn, test } from './fixtures';
import { shownValue } from './editor-support';

async function openConnection(page: Page, name: string): Promise<void> {
  await page.goto(`/?name=${encodeURIComponent(name)}`);
  await expect(page.getByRole('textbox', { name: /^(Connection name|连接名称)/ })).toHaveValue(name);
}

test.describe('accessibility (axe)', () => {
  test('loaded editor beside the list', async ({ page }) => {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    await expectNoSeriousViolations(page, 'loaded');
  });

  test('validation errors shown after a blocked save', async ({ page }) => {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    await page.getByRole('textbox', { name: 'Connection name' }).fill('');
    await page.getByRole('textbox', { name: 'Host name' }).fill('');
    await page.getByRole('textbox', { name: 'Port number' }).fill('not a port');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Connection name' })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('textbox', { name: 'Port number' })).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousViolations(page, 'validation errors');
  });

  test('review dialog open', async ({ page }) => {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    await page.getByRole('textbox', { name: 'Host name' }).fill('db.example.internal');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const review = page.getByRole('dialog', { name: 'Review changes' });
    await expect(review).toBeVisible();
    await expect(review).toContainText('db.example.internal');
    await expectNoSeriousViolations(page, 'review dialog');
  });

  test('review dialog showing a change someone else saved meanwhile', async ({ page }) => {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    await page.getByRole('textbox', { name: 'Host name' }).fill('db.example.internal');
    // Someone else saves a change through the API after this page loaded the connection.
    const api = '/plugin/datafor-modeler/api/connection';
    const current = await (await page.request.get(`${api}/get?name=foodmart2`, { headers: basicAuth('admin') })).json();
    const theirs = await page.request.post(`${api}/update`, {
      headers: basicAuth('admin'),
      data: { ...current, databaseName: 'foodmart_theirs' },
    });
    expect((await theirs.json()).success).toBe(true);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const review = page.getByRole('dialog', { name: 'Review changes' });
    // The editor reads the connection again just before sending, and finds their change.
    await review.getByRole('button', { name: 'Save changes' }).click();
    await expect(review).toContainText('foodmart_theirs');
    await expect(review.getByRole('button', { name: 'Overwrite anyway' })).toBeVisible();
    await expectNoSeriousViolations(page, 'review dialog with their changes');
  });

  test('sign-in dialog open after the session ended', async ({ page, dataforServer }) => {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    await page.getByRole('textbox', { name: 'Host name' }).fill('db.example.internal');
    dataforServer.expireSessions();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const review = page.getByRole('dialog', { name: 'Review changes' });
    const signInDialog = page.getByRole('dialog', { name: 'Sign in to Datafor' });
    await expect(review.or(signInDialog).first()).toBeVisible();
    if (await review.isVisible()) await review.getByRole('button', { name: 'Save changes' }).click();
    await expect(signInDialog).toBeVisible();
    await expectNoSeriousViolations(page, 'sign-in dialog');
  });

  test('sign-in dialog on a first visit', async ({ page }) => {
    await page.goto('/?name=foodmart2');
    await expect(page.getByRole('dialog', { name: 'Sign in to Datafor' })).toBeVisible();
    await expectNoSeriousViolations(page, 'first-visit sign-in dialog');
  });

  test('signed-out page', async ({ page }) => {
    await page.goto('/?name=foodmart2');
    await page.getByRole('dialog', { name: 'Sign in to Datafor' }).getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to see your database connections' })).toBeVisible();
    await expectNoSeriousViolations(page, 'signed-out page');
  });

  test('pooling with "Add parameter" open', async ({ page }) => {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    await page.getByRole('region', { name: 'Pooling' }).getByRole('button', { name: 'Add parameter' }).click();
    await expect(page.getByRole('menu', { name: 'Add parameter' })).toBeVisible();
    await expectNoSeriousViolations(page, 'add pool parameter menu');
  });

  test('leave guard open when choosing another connection with unsaved edits', async ({ page }) => {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    await page.getByRole('textbox', { name: 'Host name' }).fill('db.example.internal');
    await page.getByRole('list', { name: 'Connections' }).getByRole('link', { name: /sales_mysql/ }).click();
    await expect(page.getByRole('dialog', { name: 'Leave with unsaved changes?' })).toBeVisible();
    await expectNoSeriousViolations(page, 'leave guard');
  });

  test('read-only mode for a reader', async ({ page }) => {
    await signIn(page, 'reader');
    await page.goto('/?name=foodmart2');
    await expect(shownValue(page, 'Host name')).toHaveText('127.0.0.1');
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
    await expectNoSeriousViolations(page, 'read-only');
  });

  test.describe('in Simplified Chinese', () => {
    test.use({ locale: 'zh-CN' });

    test('loaded editor in zh-CN', async ({ page }) => {
      await signIn(page, 'admin');
      await openConnection(page, 'foodmart2');
      await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
      await expectNoSeriousViolations(page, 'zh-CN');
    });
  });

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' });

    test('loaded editor in dark mode', async ({ page }) => {
      await signIn(page, 'admin');
      await openConnection(page, 'foodmart2');
      // Dark really applied: the page background is dark, so contrast is checked on it.
      const background = await page.evaluate('getComputedStyle(document.body).backgroundColor');
      const [r = 255, g = 255, b = 255] = String(background).match(/\d+/g)?.map(Number) ?? [];
      expect(r + g + b, `body background ${String(background)}`).toBeLessThan(200);
      await expectNoSeriousViolations(page, 'dark mode');
    });
  });
});
