/**
 * Steps of the create / duplicate / delete specs (issue 11, e2e/lifecycle-*.spec.ts), on top of
 * the one page object (editor-support.ts).
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { basicAuth, expect } from './fixtures';
import { CONNECTION_API } from './editor-support';

export { CONNECTION_API, openConnection } from './editor-support';

export function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Database connections' });
}

/** The list's entry for exactly this connection: the link whose name line is `name`. */
export function listEntry(page: Page, name: string): Locator {
  return nav(page).getByRole('link').filter({ has: page.getByText(name, { exact: true }) });
}

export function field(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true });
}

/** Opens the picker with the mouse and chooses a type by its name. */
export async function pickType(page: Page, typeName: string, search: string): Promise<void> {
  await page.getByRole('button', { name: 'New connection' }).click();
  const picker = page.getByRole('dialog', { name: 'Choose a database type' });
  await expect(picker).toBeVisible();
  await picker.getByRole('searchbox', { name: 'Search database types' }).fill(search);
  await picker.getByRole('button', { name: typeName, exact: true }).click();
  await expect(picker).toBeHidden();
}

/** Save, then "Save changes" in the review; returns the review's text for the caller to check. */
export async function saveThroughReview(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const review = page.getByRole('dialog', { name: 'Review changes' });
  await expect(review).toBeVisible();
  const text = (await review.textContent()) ?? '';
  await review.getByRole('button', { name: 'Save changes' }).click();
  await expect(review).toBeHidden();
  return text;
}

/** What the server holds now, read as an administrator; null when it holds nothing of that name. */
export async function storedConnection(request: APIRequestContext, name: string): Promise<Record<string, unknown> | null> {
  const response = await request.get(`${CONNECTION_API}/get`, { params: { name }, headers: basicAuth('admin') });
  if (response.status() === 404) return null;
  expect(response.status(), `get ${name}`).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}
