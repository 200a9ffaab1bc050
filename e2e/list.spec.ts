import { expect, signIn, test } from './fixtures';
import { shownValue } from './editor-support';

test.describe('connection list and page shell', () => {
  test('lists the readable connections with their types and opens one by click, updating the URL', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Database connections' });
    await expect(nav.getByRole('link', { name: /foodmart2/ })).toContainText('PostgreSQL');
    await expect(nav.getByRole('link', { name: /finance_oracle/ })).toContainText('Oracle');
    await expect(page.getByRole('heading', { name: 'No connection open' })).toBeVisible();

    await nav.getByRole('link', { name: /sales_mysql/ }).click();
    await expect(page).toHaveURL(/\?name=sales_mysql$/);
    await expect(page.getByLabel('Connection name')).toHaveValue('sales_mysql');
    await expect(nav.getByRole('link', { name: /sales_mysql/ })).toHaveAttribute('aria-current', 'page');

    await nav.getByRole('link', { name: /foodmart2/ }).click();
    await expect(page).toHaveURL(/\?name=foodmart2$/);
    await expect(page.getByLabel('Connection name')).toHaveValue('foodmart2');

    await page.goBack();
    await expect(page.getByLabel('Connection name')).toHaveValue('sales_mysql');
    await page.goForward();
    await expect(page.getByLabel('Connection name')).toHaveValue('foodmart2');
  });

  test('/?name= opens that connection directly', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/?name=foodmart2');
    await expect(page.getByLabel('Connection name')).toHaveValue('foodmart2');
    await expect(page.getByLabel('Host name')).toHaveValue('127.0.0.1');
  });

  test('search filters by name and type and says when nothing matches', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Database connections' });
    const links = nav.getByRole('link');
    // The demo data: five connections, then four of the shapes real servers hold (server/seed.ts).
    await expect(links).toHaveCount(9);
    await nav.getByLabel('Search connections').fill('oracle');
    await expect(links).toHaveCount(2);
    await expect(links.first()).toContainText('finance_oracle');
    await expect(links.nth(1)).toContainText('oracle_rac_tns');
    await nav.getByLabel('Search connections').fill('postgresql');
    await expect(links).toHaveCount(4);
    await nav.getByLabel('Search connections').fill('no such thing');
    await expect(links).toHaveCount(0);
    await expect(nav.getByText('No connection matches “no such thing”.')).toBeVisible();
  });

  test('a creator sees only readable connections, the read-only ones marked', async ({ page }) => {
    await signIn(page, 'creator');
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Database connections' });
    await expect(nav.getByRole('link', { name: /foodmart2/ })).toBeVisible();
    await expect(nav.getByRole('link', { name: /warehouse_generic/ })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: /finance_oracle/ })).toContainText('Read-only');
    await expect(nav.getByRole('link', { name: /foodmart2/ })).not.toContainText('Read-only');
    await nav.getByRole('link', { name: /finance_oracle/ }).click();
    await expect(shownValue(page, 'Connection name')).toHaveText('finance_oracle');
    await expect(page.getByRole('textbox', { name: 'Connection name' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  });

  test('choosing another connection with unsaved edits asks first', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Database connections' });
    await nav.getByRole('link', { name: /foodmart2/ }).click();
    const host = page.getByLabel('Host name');
    await host.fill('db.example.com');

    await nav.getByRole('link', { name: /sales_mysql/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave with unsaved changes?' });
    await expect(dialog).toContainText('foodmart2');
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\?name=foodmart2$/);
    await expect(host).toHaveValue('db.example.com');

    // Back button while dirty: also asked, and staying keeps the edit.
    await page.goBack();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(host).toHaveValue('db.example.com');

    await nav.getByRole('link', { name: /sales_mysql/ }).click();
    await dialog.getByRole('button', { name: 'Discard changes and leave' }).click();
    await expect(page).toHaveURL(/\?name=sales_mysql$/);
    await expect(page.getByLabel('Connection name')).toHaveValue('sales_mysql');
  });

  test('leaving the page with unsaved edits triggers the browser prompt', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/?name=foodmart2');
    // Chromium shows the prompt only after a real user gesture on the page: click and type.
    await page.getByLabel('Host name').click();
    await page.keyboard.type('x');
    const prompts: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.type());
      void dialog.accept();
    });
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(prompts).toEqual(['beforeunload']);
  });

  test('a clean form leaves without asking', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/?name=foodmart2');
    await expect(page.getByLabel('Connection name')).toHaveValue('foodmart2');
    await page.getByRole('navigation', { name: 'Database connections' }).getByRole('link', { name: /sales_mysql/ }).click();
    await expect(page.getByLabel('Connection name')).toHaveValue('sales_mysql');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('on a narrow window a button above the editor opens the list full screen', async ({ page }) => {
    await page.setViewportSize({ width: 420, height: 800 });
    await signIn(page, 'admin');
    await page.goto('/');
    await expect(page.getByLabel('Search connections')).toHaveCount(0);
    await page.getByRole('button', { name: 'Connection: Choose a connection' }).click();
    const dialog = page.getByRole('dialog', { name: 'Choose a connection' });
    await expect(dialog.getByRole('searchbox', { name: 'Search connections' })).toBeFocused();
    await dialog.getByRole('link', { name: /sales_mysql/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\?name=sales_mysql$/);
    await expect(page.getByLabel('Connection name')).toHaveValue('sales_mysql');
    await expect(page.getByRole('button', { name: 'Connection: sales_mysql' })).toBeVisible();
  });

  test('saving a rename updates the URL and the list', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/?name=sales_mysql');
    await page.getByLabel('Connection name').fill('sales_mysql_renamed');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('dialog', { name: 'Review changes' }).getByRole('button', { name: 'Save changes' }).click();
    await expect(page).toHaveURL(/\?name=sales_mysql_renamed$/);
    const nav = page.getByRole('navigation', { name: 'Database connections' });
    await expect(nav.getByRole('link', { name: /sales_mysql_renamed/ })).toBeVisible();
    await expect(nav.getByRole('link', { name: /^sales_mysql MySQL/ })).toHaveCount(0);
  });
});
