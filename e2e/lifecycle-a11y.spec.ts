/**
 * Issue 11: axe over the new states (type picker, new-connection form, delete confirmation,
 * a Delete refused with its reason), the same in Simplified Chinese, and — with SCREENSHOTS=1 —
 * the pictures in docs/screenshots/ at 1366×900.
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expect, signIn, test } from './fixtures';
import { field, openConnection } from './editor-support';

async function picture(page: Page, file: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `docs/screenshots/${file}`, animations: 'disabled' });
}

test.use({ viewport: { width: 1366, height: 900 } });

test('picker, new-connection form and delete confirmation pass axe', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  await openConnection(page, 'foodmart2');

  await page.getByRole('button', { name: 'New connection' }).click();
  const picker = page.getByRole('dialog', { name: 'Choose a database type' });
  await expect(picker.getByRole('button', { name: 'PostgreSQL', exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'type picker');
  await picture(page, 'new-connection-picker.png');

  await picker.getByRole('searchbox', { name: 'Search database types' }).fill('postgres');
  await picker.getByRole('button', { name: 'PostgreSQL', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'New PostgreSQL connection' })).toBeVisible();
  await field(page, 'Connection name').fill('orders_pg');
  await field(page, 'Host name').fill('db.example');
  await expectNoSeriousViolations(page, 'new-connection form');
  await picture(page, 'new-connection-form.png');

  // Leaving the draft asks first, then opens the chosen connection.
  await page.getByRole('navigation', { name: 'Database connections' }).getByRole('link').filter({ has: page.getByText('sales_mysql', { exact: true }) }).click();
  await page.getByRole('dialog', { name: 'Leave with unsaved changes?' }).getByRole('button', { name: 'Discard changes and leave' }).click();
  await expect(field(page, 'Connection name')).toHaveValue('sales_mysql');

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Delete connection “sales_mysql”?' })).toBeVisible();
  await expectNoSeriousViolations(page, 'delete confirmation');
  await picture(page, 'delete-connection.png');
});

test('in Simplified Chinese, and for a reader whose Delete is refused with its reason', async ({ page }) => {
  await signIn(page, 'reader');
  await openConnection(page, 'foodmart2');
  await expect(page.getByText('You cannot delete connections: your account can only view them.')).toBeVisible();
  await expectNoSeriousViolations(page, 'delete refused for a reader');

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByText('您无法删除连接：您的账号只能查看连接。')).toBeVisible();
  await expect(page.getByRole('button', { name: '删除', exact: true })).toBeDisabled();
});

test('the picker in Simplified Chinese', async ({ page }) => {
  await signIn(page);
  await page.goto('/');
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('button', { name: '新建连接' }).click();
  const picker = page.getByRole('dialog', { name: '选择数据库类型' });
  await expect(picker.getByRole('searchbox', { name: '搜索数据库类型' })).toBeFocused();
  await expectNoSeriousViolations(page, 'type picker, zh-CN');
});
