/**
 * What the bench does in a page: sign in, load the editor and time it, type into a field and
 * into the same position of a plain page, save, weigh the heap, scroll the connection list.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { DEMO_PASSWORDS } from '../server/seed';
import { plainInputsPage } from './plain-inputs';
import { PROBE_SCRIPT, type ProbeSnapshot, type ScrollRecord } from './probe';
import { groupKeystrokes, type Keystroke } from './stats';

/** Pause between keystrokes: long enough that one keystroke's paint is not the next one's. */
export const KEYSTROKE_GAP_MS = 70;
/** Keys typed into one page before switching to the other. */
export const KEYS_PER_BLOCK = 5;
/** Generated pages (the plain-input baselines) go here; git ignores it. */
export const OUTPUT_DIR = join(import.meta.dirname, 'output');
const PLAIN_PAGE_PATH = '/__bench/plain-inputs.html';

/**
 * The probe's page-side API. Predicates are passed as functions, never strings: Playwright
 * evaluates string predicates with eval(), which the app's CSP (rightly) refuses.
 */
interface BenchWindow {
  __bench: {
    newMessage(known: string[], savedPattern: string): { role: string; text: string; t: number } | false;
  };
}

/** What the probe reports about a page's form through the `__benchReport` binding. */
interface FormReports {
  ready: { t: number; name: string; firstOptionValue: string };
  complete: { t: number; lastOptionValue: string | null };
}
type FormReportListener = <K extends keyof FormReports>(what: K, detail: FormReports[K]) => void;
/** Each page's listener for the probe's reports (one load at a time per page). */
const formReportListeners = new WeakMap<Page, FormReportListener>();

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function newContext(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: playwrightConfig.use?.viewport ?? { width: 1280, height: 720 },
    locale: 'en-US',
  });
  await context.addInitScript({ content: PROBE_SCRIPT });
  await context.exposeBinding('__benchReport', ({ page }, what: keyof FormReports, detail: FormReports[keyof FormReports]) => {
    formReportListeners.get(page)?.(what, detail as never);
  });
  const login = await context.request.post('/plugin/datafor/api/extension/auth/login', {
    form: { username: 'admin', password: DEMO_PASSWORDS.admin },
  });
  if (!login.ok()) throw new Error(`sign-in failed: HTTP ${login.status()}`);
  return context;
}

async function probeSnapshot(page: Page, expectedKeydowns: number): Promise<Keystroke[]> {
  const snapshot = (await page.evaluate(
    '({ events: window.__bench.events, keydowns: window.__bench.keydowns, observerError: window.__bench.observerError })',
  )) as ProbeSnapshot;
  if (snapshot.observerError) throw new Error(`Event Timing unavailable: ${snapshot.observerError}`);
  if (snapshot.keydowns.length !== expectedKeydowns) {
    throw new Error(`expected ${expectedKeydowns} keydowns, the page saw ${snapshot.keydowns.length}`);
  }
  return groupKeystrokes(snapshot.keydowns, snapshot.events);
}

/**
 * Types `keys` into the focused control of the editor and of the plain page, alternating
 * blocks of a few keys, so a burst of load from elsewhere on the machine hits both sides
 * alike instead of skewing one of them.
 */
export async function typeInterleaved(
  editor: Page,
  plain: Page,
  keys: readonly string[],
): Promise<{ editor: Keystroke[]; plain: Keystroke[] }> {
  // Let the focusing clicks' own paints and observer callbacks settle before counting.
  await sleep(300);
  for (const page of [editor, plain]) await page.evaluate('window.__bench.reset()');
  for (let start = 0; start < keys.length; start += KEYS_PER_BLOCK) {
    const block = keys.slice(start, start + KEYS_PER_BLOCK);
    for (const page of [editor, plain]) {
      for (const key of block) {
        await page.keyboard.press(key);
        await sleep(KEYSTROKE_GAP_MS);
      }
    }
  }
  // Event Timing entries are delivered after the next paint; give the observer time.
  await sleep(500);
  return { editor: await probeSnapshot(editor, keys.length), plain: await probeSnapshot(plain, keys.length) };
}

/**
 * The value box of option row `index` (0-based). A virtualised option list renders only the rows
 * in its scroll box, so the box is scrolled until the row is rendered, as a user would scroll.
 */
export async function optionValueBox(page: Page, index: number): Promise<Locator> {
  // A string, not a function: tsx would wrap a function's inner arrows in a helper the page lacks.
  await page.evaluate(`(async (row) => {
    const selector = '[data-option-index="' + row + '"]';
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let attempt = 0; attempt < 50 && !document.querySelector(selector); attempt += 1) {
      const box = document.querySelector('[data-option-scroller]');
      if (!box) break;
      // Jump by the rendered rows' average height towards the wanted row, then look again.
      const rendered = Array.from(box.querySelectorAll('[data-option-index]'));
      const first = rendered[0];
      const last = rendered[rendered.length - 1];
      if (!first || !last) break;
      const firstIndex = Number(first.dataset.optionIndex);
      const lastIndex = Number(last.dataset.optionIndex);
      const top = (el) => el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
      const rowHeight = lastIndex > firstIndex ? (top(last) - top(first)) / (lastIndex - firstIndex) : 70;
      box.scrollTop = top(first) + (row - firstIndex) * rowHeight - box.clientHeight / 2;
      await frame();
    }
    document.querySelector(selector)?.scrollIntoView({ block: 'center' });
    await frame();
  })(${index})`);
  return page.locator(`[data-option-index="${index}"]`).getByRole('textbox', { name: 'Option value', exact: true });
}

/** Focuses a control with the caret at its end; returns its index among the page's controls. */
export async function focusAtEnd(page: Page, control: Locator): Promise<number> {
  await control.click();
  await page.keyboard.press('End');
  return (await page.evaluate('window.__bench.controls().indexOf(document.activeElement)')) as number;
}

/**
 * A page of as many plain inputs as the editor rendered, served to `context` by a route; a
 * copy is written to bench/output/ for whoever wants to look at it.
 */
export async function openPlainPage(context: BrowserContext, controlCount: number) {
  const html = plainInputsPage(controlCount);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(join(OUTPUT_DIR, `plain-inputs-${controlCount}.html`), html);
  const plain = await context.newPage();
  await plain.route(`**${PLAIN_PAGE_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await plain.goto(PLAIN_PAGE_PATH);
  // The plain page types at the same positions among its controls as the editor does.
  const field = (index: number) => plain.getByRole('textbox', { name: `Field ${index + 1}`, exact: true });
  return { page: plain, field };
}

export interface LoadFigures {
  initialBytes: number;
  initialFiles: { url: string; gzipBytes: number }[];
  /** Navigation start → the connection's name and first option value sit in enabled inputs. */
  formReadyMs: number;
  /** Every option row and section rendered (a long form paints its first screen first). */
  formCompleteMs: number;
  /** When the `connection/get` answer had fully arrived (ms since navigation start). */
  getResponseEnd: number;
  /** When the `connection/list` answer had fully arrived. */
  listResponseEnd: number;
  controlCount: number;
}

const responseEnd = (page: Page, part: string) =>
  page.evaluate(
    `Math.max(0, ...performance.getEntriesByType('resource').filter((e) => e.name.includes(${JSON.stringify(part)})).map((e) => e.responseEnd))`,
  ) as Promise<number>;

export async function loadEditor(
  page: Page,
  connection: { name: string; firstOptionValue: string; lastOptionValue: string },
  staticDir = 'dist',
): Promise<LoadFigures> {
  const reports: { [K in keyof FormReports]?: (detail: FormReports[K]) => void } = {};
  const reported = <K extends keyof FormReports>(what: K) =>
    new Promise<FormReports[K]>((resolve, reject) => {
      reports[what] = resolve as (typeof reports)[K];
      setTimeout(() => reject(new Error(`the form was not ${what} within 60 s`)), 60_000).unref();
    });
  const ready = reported('ready');
  const complete = reported('complete');
  // Awaited after `ready`: if `ready` fails first, this one's later time-out must not crash the run.
  complete.catch(() => undefined);
  formReportListeners.set(page, (what, detail) => reports[what]?.(detail));

  // Only until the navigation commits: waiting for its load event would have Playwright act in
  // the page while the form loads. The probe reports the rest.
  await page.goto(`/?name=${encodeURIComponent(connection.name)}`, { waitUntil: 'commit' });
  const shown = await ready;
  if (shown.name !== connection.name || shown.firstOptionValue !== connection.firstOptionValue) {
    throw new Error(`the form opened with ${JSON.stringify(shown)}, not ${connection.name} / ${connection.firstOptionValue}`);
  }
  const formReadyMs = shown.t;
  const completed = await complete;
  if (completed.lastOptionValue !== null && completed.lastOptionValue !== connection.lastOptionValue) {
    throw new Error(`the form's last option value is ${JSON.stringify(completed.lastOptionValue)}, not ${connection.lastOptionValue}`);
  }
  const formCompleteMs = completed.t;

  // Where the time before "ready" went: the data arrived at getResponseEnd (and the list, which
  // says whether the user may edit, at listResponseEnd); the rest is React rendering the form.
  const getResponseEnd = await responseEnd(page, '/connection/get?');
  const listResponseEnd = await responseEnd(page, '/connection/list?');

  // What the page had fetched when the form was ready, by the page's own resource timing: its
  // scripts and style sheets, weighed from the build the server serves them from (fetching
  // their bodies from the browser during the load would compete with the load for the CPU).
  const fetchedBeforeReady = (await page.evaluate(
    `performance.getEntriesByType('resource').filter((e) => e.startTime <= ${formReadyMs}).map((e) => e.name)`,
  )) as string[];
  const initialFiles: { url: string; gzipBytes: number }[] = [];
  for (const url of new Set(fetchedBeforeReady)) {
    const path = new URL(url).pathname;
    if (!/\.(js|mjs|css)$/.test(path)) continue;
    initialFiles.push({ url: path, gzipBytes: gzipSync(readFileSync(join(staticDir, path)), { level: 9 }).length });
  }
  const initialBytes = initialFiles.reduce((sum, f) => sum + f.gzipBytes, 0);
  const controlCount = (await page.evaluate('window.__bench.controls().length')) as number;
  return { initialBytes, initialFiles, formReadyMs, formCompleteMs, getResponseEnd, listResponseEnd, controlCount };
}

const SAVED_MESSAGE = /Connection saved/;
export type SaveFlow = 'review dialog' | 'direct';

/** Save → ("Save changes" in the review dialog) → "Connection saved", from the sending click. */
export async function measureSave(page: Page): Promise<{ saveMs: number; saveFlow: SaveFlow }> {
  const before = (await page.evaluate('window.__bench.messageTexts()')) as { role: string; text: string }[];
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const review = page.getByRole('dialog', { name: /Review changes/ });
  const saved = page.getByRole('status').filter({ hasText: SAVED_MESSAGE });
  const failed = page.getByRole('alert');
  await review.or(saved).or(failed).first().waitFor({ timeout: 30_000 });
  let saveFlow: SaveFlow = 'direct';
  let sendingButton = 'Save';
  if (await review.isVisible()) {
    saveFlow = 'review dialog';
    sendingButton = 'Save changes';
    const confirm = review.getByRole('button', { name: 'Save changes', exact: true });
    try {
      await confirm.waitFor({ timeout: 30_000 });
    } catch {
      throw new Error(`the review dialog offers no "Save changes": ${(await review.innerText()).slice(0, 300)}`);
    }
    await confirm.click();
  }
  const shown = await page.waitForFunction(
    ([known, savedPattern]) => (window as unknown as BenchWindow).__bench.newMessage(known, savedPattern),
    [before.map((m) => `${m.role}:${m.text}`), SAVED_MESSAGE.source] as const,
    { polling: 'raf', timeout: 30_000 },
  );
  const message = (await shown.jsonValue()) as { role: string; text: string; t: number };
  if (message.role !== 'status' || !SAVED_MESSAGE.test(message.text)) {
    throw new Error(`save did not succeed: ${message.role} "${message.text}"`);
  }
  const clicks = (await page.evaluate('window.__bench.clicks')) as { text: string; t: number }[];
  const click = clicks.filter((c) => c.text === sendingButton).at(-1);
  if (!click) throw new Error(`no click on "${sendingButton}" was recorded`);
  return { saveMs: message.t - click.t, saveFlow };
}

/** The page's JS heap in use after a full garbage collection, in bytes (Chrome DevTools Protocol). */
export async function measureHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** Scrolls the connection list from its top to its bottom, a few screens per frame. */
export async function scrollListToEnd(page: Page, stepPx: number): Promise<ScrollRecord> {
  return (await page.evaluate(`window.__bench.scrollListToEnd(${stepPx})`)) as ScrollRecord;
}

export async function maxListRows(page: Page): Promise<number> {
  return (await page.evaluate('window.__bench.maxListRows')) as number;
}
