/**
 * Simplified Chinese from the browser's language or the switch, dark mode from the system
 * setting or the runtime configuration, and a host primary colour.
 */
import type { Page } from '@playwright/test';
import { DEMO_PASSWORDS } from '../server/seed';
import { basicAuth, expect, signIn, test } from './fixtures';
import { shownValue } from './editor-support';

const DOCS_SCREENSHOTS = process.env.DOCS_SCREENSHOTS === '1';

/** What a deployer writes into the served index.html's meta tag. */
async function configurePage(page: Page, config: Record<string, unknown>) {
  await page.route(
    (url) => url.pathname === '/' || url.pathname === '/index.html',
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const configured = html.replace(
        /<meta name="datafor-editor-config" content='[^']*'/,
        `<meta name="datafor-editor-config" content='${JSON.stringify({ apiBase: '', trustedOrigins: [], ...config })}'`,
      );
      expect(configured).not.toBe(html);
      await route.fulfill({ response, body: configured });
    },
  );
}

test.describe('in Simplified Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the whole flow: sign in, find, edit and save a connection with Chinese labels', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const signInDialog = page.getByRole('dialog', { name: '登录 Datafor' });
    await signInDialog.getByLabel('用户名').fill('admin');
    await signInDialog.getByLabel('密码').fill(DEMO_PASSWORDS.admin);
    await signInDialog.getByRole('button', { name: '登录' }).click();

    const nav = page.getByRole('navigation', { name: '数据库连接' });
    await expect(page.getByRole('heading', { name: '未打开连接' })).toBeVisible();
    await nav.getByLabel('搜索连接').fill('postgre');
    await nav.getByRole('link', { name: /foodmart2/ }).click();
    await expect(page.getByLabel('连接名称')).toHaveValue('foodmart2');
    await expect(page.getByRole('heading', { name: '常规' })).toBeVisible();
    await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();

    await page.getByLabel('主机名').fill('pg-cn.example.com');
    if (DOCS_SCREENSHOTS) await page.screenshot({ path: 'docs/zh-CN.png' });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('dialog', { name: '检查更改' }).getByRole('button', { name: '保存更改' }).click();
    await expect(page.getByRole('status').filter({ hasText: '连接已保存' })).toBeVisible();
    const stored = await (await page.request.get('/plugin/datafor-modeler/api/connection/get?name=foodmart2', { headers: basicAuth() })).json();
    expect(stored.hostname).toBe('pg-cn.example.com');
  });

  test('a permission refusal is explained in Chinese', async ({ page }) => {
    await signIn(page, 'creator');
    await page.goto('/?name=finance_oracle');
    await expect(page.getByRole('navigation', { name: '数据库连接' }).getByRole('link', { name: /finance_oracle/ })).toContainText('只读');
    await expect(shownValue(page, '连接名称')).toHaveText('finance_oracle');
    await expect(page.getByRole('textbox', { name: '连接名称' })).toHaveCount(0);
  });
});

test('the language switch changes every label at once and is remembered', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/?name=foodmart2');
  await expect(page.getByLabel('Connection name')).toHaveValue('foodmart2');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
  await expect(page.getByLabel('连接名称')).toHaveValue('foodmart2');
  await expect(page.getByRole('group', { name: '语言' }).getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByLabel('连接名称')).toHaveValue('foodmart2');
  await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByLabel('Connection name')).toHaveValue('foodmart2');
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system setting', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/?name=foodmart2');
    await expect(page.getByLabel('Connection name')).toHaveValue('foodmart2');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 18, 18)');
    const text = await page.getByLabel('Connection name').evaluate((input) => getComputedStyle(input).color);
    expect(text).toBe('rgb(255, 255, 255)');
    if (DOCS_SCREENSHOTS) await page.screenshot({ path: 'docs/dark.png' });
  });

  test('the configuration can force light mode and a host primary colour', async ({ page }) => {
    await configurePage(page, { theme: 'light', primaryColor: '#8e24aa' });
    await signIn(page, 'admin');
    await page.goto('/?name=foodmart2');
    await page.getByLabel('Host name').fill('changed.example.com');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(18, 18, 18)');
    const save = await page.getByRole('button', { name: 'Save', exact: true }).evaluate((button) => getComputedStyle(button).backgroundColor);
    expect(save).toBe('rgb(142, 36, 170)');
  });
});

test('the configuration can force dark mode on a light system', async ({ page }) => {
  await configurePage(page, { theme: 'dark' });
  await signIn(page, 'admin');
  await page.goto('/?name=foodmart2');
  await expect(page.getByLabel('Connection name')).toHaveValue('foodmart2');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
});

test('a broken configuration says exactly what is wrong instead of guessing', async ({ page }) => {
  await configurePage(page, { apiBase: 'javascript:alert(1)' });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('apiBase');
});
