/**
 * The one page object of the e2e specs: finds everything the way a person does — by role, label
 * and heading — reads and changes what the server holds over HTTP (as another administrator
 * would, behind the page's back), and finds the closed port and the real PostgreSQL the
 * Test connection specs need.
 */
import { createServer } from 'node:net';
import type { APIRequestContext, Locator, Page, Request } from '@playwright/test';
import { FOODMART2_DOCUMENTED_BODY } from '../src/connection/documented-example';
import { basicAuth, expect } from './fixtures';

export const CONNECTION_API = '/plugin/datafor-modeler/api/connection';

/** foodmart2 exactly as modify-a-connection.md shows it (and as the local API seeds it). */
export const FOODMART2 = FOODMART2_DOCUMENTED_BODY;

export class EditorPage {
  constructor(readonly page: Page) {}

  /** Opens `/?name=NAME` and waits until the form shows that connection (editable or read-only). */
  async open(name: string): Promise<void> {
    await openConnection(this.page, name);
  }

  /** A value of a read-only form: text named by its label, not a box (issue 14.4). */
  shown(label: string): Locator {
    return shownValue(this.page, label);
  }

  /** A text box by its exact accessible name. */
  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  combobox(label: string): Locator {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }

  switch(label: string): Locator {
    return this.page.getByRole('switch', { name: label, exact: true });
  }

  section(heading: 'General' | 'Database type' | 'Options' | 'Pooling' | 'Advanced'): Locator {
    return this.page.getByRole('region', { name: heading, exact: true });
  }

  /** Option rows are groups named "Option 1", "Option 2", … in their current order. */
  optionRow(position: number): Locator {
    return this.page.getByRole('group', { name: `Option ${position}`, exact: true });
  }

  optionName(position: number): Locator {
    return this.optionRow(position).getByRole('textbox', { name: 'Option name', exact: true });
  }

  optionValue(position: number): Locator {
    return this.optionRow(position).getByRole('textbox', { name: 'Option value', exact: true });
  }

  /**
   * The value box (text box or drop-down) of a switched-on pool parameter, labelled by the
   * parameter's name. A parameter that is not set has none: it waits behind "Add parameter".
   */
  poolValue(parameter: string): Locator {
    return this.section('Pooling').getByLabel(parameter, { exact: true });
  }

  /** The button that switches a pool parameter off. */
  poolRemoveButton(parameter: string): Locator {
    return this.section('Pooling').getByRole('button', { name: `Remove ${parameter}`, exact: true });
  }

  /** Opens "Add parameter" and returns its menu: the parameters not set, each with its default. */
  async poolParameterChoices(): Promise<Locator> {
    await this.section('Pooling').getByRole('button', { name: 'Add parameter', exact: true }).click();
    const menu = this.page.getByRole('menu', { name: 'Add parameter' });
    await expect(menu).toBeVisible();
    return menu;
  }

  /** Switches a pool parameter on through "Add parameter"; its value box then has the focus. */
  async addPoolParameter(parameter: string): Promise<void> {
    const menu = await this.poolParameterChoices();
    await menu.getByRole('menuitem', { name: new RegExp(`^${parameter} `) }).click();
    await expect(this.poolValue(parameter)).toBeFocused();
  }

  /** Switches a pool parameter off: it is no longer sent, and its value box goes. */
  async removePoolParameter(parameter: string): Promise<void> {
    await this.poolRemoveButton(parameter).click();
    await expect(this.poolValue(parameter)).toHaveCount(0);
  }

  async choose(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(this.page.getByRole('listbox')).toBeHidden();
  }

  /**
   * Chooses another database type. A connection with options asks what becomes of them
   * (issue 12): `options` answers that question, and is required exactly when it is asked.
   */
  async chooseType(type: string, options?: 'Keep options' | 'Remove options'): Promise<void> {
    await this.choose('Database type', type);
    if (options === undefined) return;
    const dialog = this.page.getByRole('dialog', { name: `Change the type to ${type}?` });
    await dialog.getByRole('button', { name: options, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /**
   * Save, then confirm in the "Review changes" dialog (issue 4), and wait until the request
   * has left. Use saveButton() to test the button itself.
   */
  async save(): Promise<void> {
    await this.saveButton().click();
    const dialog = this.page.getByRole('dialog', { name: 'Review changes' });
    await dialog.getByRole('button', { name: 'Save changes', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save', exact: true });
  }

  discardButton(): Locator {
    return this.page.getByRole('button', { name: 'Discard changes', exact: true });
  }

  /** The save result: the status element that says "Connection saved". */
  saved(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Connection saved' });
  }

  /** The editor's result alert (the validation summary is an alert too, so match by text). */
  alert(text?: string | RegExp): Locator {
    return text === undefined ? this.page.getByRole('alert') : this.page.getByRole('alert').filter({ hasText: text });
  }
}

/** Records every update call the page makes, to prove that nothing was sent. */
export function recordUpdates(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (request.url().includes(`${CONNECTION_API}/update`)) sent.push(request);
  });
  return sent;
}

/** What the server holds now, read as an administrator (not through the page's session). */
export async function readConnection(request: APIRequestContext, name: string): Promise<Record<string, unknown>> {
  const response = await request.get(`${CONNECTION_API}/get`, { params: { name }, headers: basicAuth('admin') });
  expect(response.status(), `get ${name}`).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/** Opens `/?name=NAME` and waits until the form shows that connection. */
export async function openConnection(page: Page, name: string): Promise<void> {
  await page.goto(`/?name=${encodeURIComponent(name)}`);
  // The box when the form is editable, the text when it is read-only.
  const box = page.getByRole('textbox', { name: 'Connection name', exact: true });
  const text = shownValue(page, 'Connection name');
  await expect(box.or(text)).toBeVisible();
  if ((await box.count()) > 0) await expect(box).toHaveValue(name);
  else await expect(text).toHaveText(name);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A value of a read-only form (issue 14.4): the definition that follows the term saying its
 * label. ARIA gives a definition no name of its own, so it is found the way it is read: after
 * its term. A pool parameter's term is its name, then its description.
 */
export function shownValue(scope: Page | Locator, label: string, { pool = false } = {}): Locator {
  const term = new RegExp(`^${escaped(label)}${pool ? '' : '$'}`);
  return scope.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');
}

/** Saves a connection as another administrator would, from outside the page. */
export async function updateConnectionAsAdmin(request: APIRequestContext, body: Record<string, unknown>): Promise<void> {
  const response = await request.post(`${CONNECTION_API}/update`, { data: body, headers: basicAuth('admin') });
  const answer = (await response.json()) as { success: boolean; msg?: string };
  expect(answer.success, answer.msg).toBe(true);
}

/** A TCP port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Replaces a text box's whole value and waits until the form shows it. */
export async function retype(page: Page, label: string, value: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.fill(value);
  await expect(box).toHaveValue(value);
}

/**
 * The real PostgreSQL the "Test connection" tests need (`bash .ci/postgres.sh` prints the URL).
 * In CI (`REQUIRE_POSTGRES=1`) its absence is a failure, elsewhere a skip.
 */
export function postgresTarget():
  | { available: true; host: string; port: string; database: string; user: string; password: string }
  | { available: false; required: boolean } {
  const raw = process.env.DATAFOR_TEST_PG_URL;
  if (!raw) return { available: false, required: process.env.REQUIRE_POSTGRES === '1' };
  const url = new URL(raw);
  return {
    available: true,
    host: url.hostname,
    port: url.port || '5432',
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres',
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
}

// --- create / duplicate / delete (issue 11, e2e/lifecycle-*.spec.ts) ---

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
