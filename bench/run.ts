/**
 * `npm run bench`: the editor's speed, measured in headless Chromium against the local API.
 *
 * Figures (median and p95 over BENCH_RUNS runs, after one discarded warm-up run):
 *  - initial JS+CSS: gzip -9 bytes of every script/stylesheet response fetched before the
 *    form was ready;
 *  - form ready: navigation start → the connection's name and first option value sit in
 *    enabled inputs;
 *  - keystroke duration and JS processing (Event Timing) typing into an option value and
 *    into the connection name, against a generated page of as many plain inputs, typed in
 *    alternating blocks in the same run;
 *  - save: the click that sends (Save, or "Save changes" in the review dialog) → message.
 *
 * BENCH_VERBOSE=1 prints every keystroke (duration/processing, "·" below the threshold).
 *
 * Exit code 0 when every budget holds, 1 when one is broken, 2 when the bench itself failed.
 * Expects a fresh `dist/` (the npm script builds first).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Response } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { FOODMART2_DOCUMENTED_BODY } from '../src/connection/documented-example';
import { POOL_PARAMETERS } from '../src/connection/pool';
import { startServer, type RunningServer } from '../server/app';
import { DEMO_PASSWORDS } from '../server/seed';
import { PROBE_SCRIPT, type ProbeSnapshot } from './probe';
import { plainInputsPage } from './plain-inputs';
import { formatKB, formatLatency, formatMs, groupKeystrokes, median, p95, type Keystroke } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const OPTION_COUNT = 300;
const CONNECTION_NAME = 'bench-300-options';
/** The option typed into: mid-list, so the rows around it are real rows, not the edge. */
const TYPED_OPTION_INDEX = 150;
/** Pause between keystrokes: long enough that one keystroke's paint is not the next one's. */
const KEYSTROKE_GAP_MS = 70;
const OPTION_TEXT = 'abcdefghijklmnopqrst';
/** Typed then erased again, so the name is unchanged and the next run finds the connection. */
const NAME_TEXT = 'abcdefghij';
const PLAIN_PAGE_PATH = '/__bench/plain-inputs.html';
const API = '/plugin/datafor-modeler/api/connection';

const BUDGET = {
  initialBytes: 230_000,
  formReadyMedianMs: 600,
  /** One Event Timing step (durations are rounded to 8 ms) above the plain-input page. */
  keystrokeOverPlainMs: 8,
  processingP95Ms: 16,
};

const optionKey = (i: number) => `POSTGRESQL.option${String(i + 1).padStart(3, '0')}`;
const optionValue = (i: number) => `value-${String(i + 1).padStart(3, '0')}`;

/** A value for every pool parameter that the editor's validation accepts. */
function everyPoolParameterOn(): Record<string, string> {
  const chosen: Record<string, string> = {
    defaultReadOnly: 'false',
    defaultTransactionIsolation: 'READ_COMMITTED',
    defaultCatalog: 'bench',
    initialSize: '5',
    maxActive: '200',
    maxIdle: '20',
    minIdle: '5',
    validationQuery: 'select 1',
    timeBetweenEvictionRunsMillis: '60000',
  };
  return Object.fromEntries(
    POOL_PARAMETERS.map((p) => [p.parameter, chosen[p.parameter] ?? (p.defaultValue || '1')]),
  );
}

function benchConnection(): Record<string, unknown> {
  const extraOptions: Record<string, string> = {};
  const extraOptionsOrder: Record<string, string> = {};
  for (let i = 0; i < OPTION_COUNT; i += 1) {
    extraOptions[optionKey(i)] = optionValue(i);
    extraOptionsOrder[String(i)] = optionKey(i);
  }
  return {
    id: null,
    name: CONNECTION_NAME,
    accessType: 'NATIVE',
    accessTypeValue: 'NATIVE',
    // PostgreSQL's type object exactly as Datafor documents it.
    databaseType: { ...FOODMART2_DOCUMENTED_BODY.databaseType },
    hostname: '127.0.0.1',
    databasePort: '5432',
    databaseName: 'bench',
    username: 'bench',
    password: 'bench-secret',
    attributes: { driverId: 'postgresql', PORT_NUMBER: '5432' },
    extraOptions,
    extraOptionsOrder,
    connectSql: '',
    usingConnectionPool: true,
    connectionPoolingProperties: everyPoolParameterOn(),
    driverId: 'postgresql',
    PORT_NUMBER: '5432',
    CUSTOM_URL: null,
  };
}

function basicAuthHeader(): string {
  return 'Basic ' + Buffer.from(`admin:${DEMO_PASSWORDS.admin}`).toString('base64');
}

async function createBenchConnection(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}${API}/add`, {
    method: 'POST',
    headers: { Authorization: basicAuthHeader(), 'Content-Type': 'application/json' },
    body: JSON.stringify(benchConnection()),
  });
  const body = (await response.json()) as { success?: boolean; msg?: string };
  if (!response.ok || body.success !== true) {
    throw new Error(`creating the bench connection failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  }
}

async function readBackOption(baseUrl: string, index: number): Promise<string | undefined> {
  const response = await fetch(`${baseUrl}${API}/get?name=${encodeURIComponent(CONNECTION_NAME)}`, {
    headers: { Authorization: basicAuthHeader() },
  });
  const body = (await response.json()) as { extraOptions?: Record<string, string> };
  return body.extraOptions?.[optionKey(index)];
}

interface RunFigures {
  initialBytes: number;
  initialFiles: { url: string; gzipBytes: number }[];
  formReadyMs: number;
  /** Every option row and section rendered (a long form paints its first screen first). */
  formCompleteMs: number;
  /** When the `connection/get` answer had fully arrived (ms since navigation start). */
  getResponseEnd: number;
  controlCount: number;
  editor: { option: Keystroke[]; name: Keystroke[] };
  plain: { option: Keystroke[]; name: Keystroke[] };
  saveMs: number;
  saveFlow: 'review dialog' | 'direct';
}

/**
 * The probe's page-side API. Predicates are passed as functions, never strings: Playwright
 * evaluates string predicates with eval(), which the app's CSP (rightly) refuses.
 */
interface BenchWindow {
  __bench: {
    formReady(connectionName: string, firstOptionValue: string): number | false;
    formComplete(lastOptionValue: string): number | false;
    newMessage(known: string[], savedPattern: string): { role: string; text: string; t: number } | false;
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function newContext(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: playwrightConfig.use?.viewport ?? { width: 1280, height: 720 },
    locale: 'en-US',
  });
  await context.addInitScript({ content: PROBE_SCRIPT });
  const login = await context.request.post('/plugin/datafor/api/extension/auth/login', {
    form: { username: 'admin', password: DEMO_PASSWORDS.admin },
  });
  if (!login.ok()) throw new Error(`sign-in failed: HTTP ${login.status()}`);
  return context;
}

/** Keys typed into one page before switching to the other. */
const KEYS_PER_BLOCK = 5;

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
async function typeInterleaved(editor: Page, plain: Page, keys: readonly string[]): Promise<{ editor: Keystroke[]; plain: Keystroke[] }> {
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

/** Focuses a control with the caret at its end; returns its index among the page's controls. */
async function focusAtEnd(page: Page, control: Locator): Promise<number> {
  await control.click();
  await page.keyboard.press('End');
  return (await page.evaluate('window.__bench.controls().indexOf(document.activeElement)')) as number;
}

const optionKeys = [...OPTION_TEXT];
const nameKeys = [...NAME_TEXT, ...Array.from(NAME_TEXT, () => 'Backspace')];

type LoadFigures = Pick<
  RunFigures,
  'initialBytes' | 'initialFiles' | 'formReadyMs' | 'formCompleteMs' | 'getResponseEnd' | 'controlCount'
>;

async function loadEditor(page: Page): Promise<LoadFigures> {
  const bodies = new Map<string, Promise<Buffer>>();
  page.on('response', (response: Response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!/javascript|text\/css/.test(type)) return;
    const body = response.body();
    // Bodies of files fetched after the form was ready are never read; closing the page
    // rejects them, which must not crash the bench.
    body.catch(() => undefined);
    bodies.set(response.url(), body);
  });

  await page.goto(`/?name=${encodeURIComponent(CONNECTION_NAME)}`);
  const ready = await page.waitForFunction(
    ([name, value]) => (window as unknown as BenchWindow).__bench.formReady(name, value),
    [CONNECTION_NAME, optionValue(0)] as const,
    { polling: 'raf', timeout: 30_000 },
  );
  const formReadyMs = (await ready.jsonValue()) as number;

  // Where the time before "ready" went: the data arrived at getResponseEnd, the rest is
  // React rendering the form.
  const getResponseEnd = (await page.evaluate(
    `Math.max(0, ...performance.getEntriesByType('resource').filter((e) => e.name.includes('/connection/get?')).map((e) => e.responseEnd))`,
  )) as number;

  // What the page had fetched when the form was ready, by the page's own resource timing.
  const fetchedBeforeReady = (await page.evaluate(
    `performance.getEntriesByType('resource').filter((e) => e.startTime <= ${formReadyMs}).map((e) => e.name)`,
  )) as string[];
  const initialFiles: { url: string; gzipBytes: number }[] = [];
  for (const url of new Set(fetchedBeforeReady)) {
    const body = bodies.get(url);
    if (!body) continue;
    initialFiles.push({ url: new URL(url).pathname, gzipBytes: gzipSync(await body, { level: 9 }).length });
  }
  const initialBytes = initialFiles.reduce((sum, f) => sum + f.gzipBytes, 0);
  // The rest of a long form renders right after its first screen; the typing baseline needs
  // the full count of controls, and the time it took is reported alongside.
  const complete = await page.waitForFunction(
    ([lastValue]) => (window as unknown as BenchWindow).__bench.formComplete(lastValue),
    [optionValue(OPTION_COUNT - 1)] as const,
    { polling: 'raf', timeout: 30_000 },
  );
  const formCompleteMs = (await complete.jsonValue()) as number;
  const controlCount = (await page.evaluate('window.__bench.controls().length')) as number;
  return { initialBytes, initialFiles, formReadyMs, formCompleteMs, getResponseEnd, controlCount };
}

const SAVED_MESSAGE = /Connection saved/;

async function measureSave(page: Page): Promise<{ saveMs: number; saveFlow: RunFigures['saveFlow'] }> {
  const before = (await page.evaluate('window.__bench.messageTexts()')) as { role: string; text: string }[];
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const review = page.getByRole('dialog', { name: /Review changes/ });
  const saved = page.getByRole('status').filter({ hasText: SAVED_MESSAGE });
  const failed = page.getByRole('alert');
  await review.or(saved).or(failed).first().waitFor({ timeout: 15_000 });
  let saveFlow: RunFigures['saveFlow'] = 'direct';
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
    { polling: 'raf', timeout: 15_000 },
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

async function oneRun(browser: Browser, server: RunningServer): Promise<RunFigures> {
  const editorContext = await newContext(browser, server.url);
  const plainContext = await newContext(browser, server.url);
  try {
    const editor = await editorContext.newPage();
    const load = await loadEditor(editor);

    const html = plainInputsPage(load.controlCount);
    writeFileSync(join(import.meta.dirname, 'plain-inputs.html'), html);
    const plain = await plainContext.newPage();
    await plain.route(`**${PLAIN_PAGE_PATH}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await plain.goto(PLAIN_PAGE_PATH);
    // The plain page types at the same positions among its controls as the editor does.
    const plainField = (index: number) => plain.getByRole('textbox', { name: `Field ${index + 1}`, exact: true });

    const optionIndex = await focusAtEnd(
      editor,
      editor.getByRole('textbox', { name: 'Option value', exact: true }).nth(TYPED_OPTION_INDEX),
    );
    await focusAtEnd(plain, plainField(optionIndex));
    const option = await typeInterleaved(editor, plain, optionKeys);

    const nameIndex = await focusAtEnd(editor, editor.getByRole('textbox', { name: 'Connection name', exact: true }));
    await focusAtEnd(plain, plainField(nameIndex));
    const name = await typeInterleaved(editor, plain, nameKeys);
    await plain.close();

    const { saveMs, saveFlow } = await measureSave(editor);
    const stored = await readBackOption(server.url, TYPED_OPTION_INDEX);
    if (!stored?.endsWith(OPTION_TEXT)) {
      throw new Error(`the save did not reach the server: option ${TYPED_OPTION_INDEX + 1} is ${JSON.stringify(stored)}`);
    }
    return {
      ...load,
      editor: { option: option.editor, name: name.editor },
      plain: { option: option.plain, name: name.plain },
      saveMs,
      saveFlow,
    };
  } finally {
    await editorContext.close();
    await plainContext.close();
  }
}

interface Line {
  figure: string;
  median: string;
  p95: string;
  budget: string;
  ok: boolean | null;
}

function summarise(runs: RunFigures[]): Line[] {
  const lines: Line[] = [];
  const bytes = runs.map((r) => r.initialBytes);
  lines.push({
    figure: 'initial JS+CSS, gzip -9',
    median: formatKB(median(bytes)),
    p95: formatKB(p95(bytes)),
    budget: `≤ ${(BUDGET.initialBytes / 1000).toFixed(0)} KB`,
    ok: p95(bytes) <= BUDGET.initialBytes,
  });
  const ready = runs.map((r) => r.formReadyMs);
  lines.push({
    figure: 'navigation → filled, editable form',
    median: formatMs(median(ready)),
    p95: formatMs(p95(ready)),
    budget: `median ≤ ${BUDGET.formReadyMedianMs} ms`,
    ok: median(ready) <= BUDGET.formReadyMedianMs,
  });
  const timing = (figure: string, values: number[]): Line => ({
    figure,
    median: formatMs(median(values)),
    p95: formatMs(p95(values)),
    budget: '(diagnostic)',
    ok: null,
  });
  lines.push(timing('  of which: connection/get answered', runs.map((r) => r.getResponseEnd)));
  lines.push(timing('  of which: rendering after the data arrived', runs.map((r) => r.formReadyMs - r.getResponseEnd)));
  lines.push(timing('  then: every option row and section rendered', runs.map((r) => r.formCompleteMs)));
  for (const field of ['option', 'name'] as const) {
    const label = field === 'option' ? `option value (row ${TYPED_OPTION_INDEX + 1})` : 'connection name';
    const editor = runs.flatMap((r) => r.editor[field]);
    const plain = runs.flatMap((r) => r.plain[field]);
    const plainP95 = p95(plain.map((k) => k.duration));
    const editorP95 = p95(editor.map((k) => k.duration));
    lines.push({
      figure: `keystroke duration, ${label} (${editor.length} keys)`,
      median: formatLatency(median(editor.map((k) => k.duration))),
      p95: formatLatency(editorP95),
      budget: `p95 ≤ plain p95 + ${BUDGET.keystrokeOverPlainMs} ms`,
      ok: editorP95 <= plainP95 + BUDGET.keystrokeOverPlainMs,
    });
    lines.push({
      figure: `  plain inputs baseline, same field position`,
      median: formatLatency(median(plain.map((k) => k.duration))),
      p95: formatLatency(plainP95),
      budget: '(reference)',
      ok: null,
    });
    const processing = editor.map((k) => k.processing);
    lines.push({
      figure: `JS processing per keystroke, ${label}`,
      median: formatLatency(median(processing)),
      p95: formatLatency(p95(processing)),
      budget: `p95 ≤ ${BUDGET.processingP95Ms} ms`,
      ok: p95(processing) <= BUDGET.processingP95Ms,
    });
  }
  const save = runs.map((r) => r.saveMs);
  lines.push({
    figure: `save click → "Connection saved" (${runs[0]?.saveFlow ?? 'n/a'})`,
    median: formatMs(median(save)),
    p95: formatMs(p95(save)),
    budget: '(no budget)',
    ok: null,
  });
  return lines;
}

function verdict(ok: boolean | null): string {
  if (ok === null) return '';
  return ok ? 'ok' : 'OVER BUDGET';
}

function printLines(lines: Line[]): void {
  const width = Math.max(...lines.map((l) => l.figure.length));
  for (const l of lines) {
    console.log(
      `${l.figure.padEnd(width)}  median ${l.median.padStart(10)}  p95 ${l.p95.padStart(10)}  ${l.budget.padEnd(30)} ${verdict(l.ok)}`,
    );
  }
}

/** Other work on the machine skews every figure; the load average says how much. */
function loadText(): string {
  const [one = 0, five = 0] = loadavg();
  return `load average ${one.toFixed(1)} (1 min), ${five.toFixed(1)} (5 min) on ${cpus().length} cores`;
}

function figuresTable(lines: Line[]): string {
  return `| figure | median | p95 | budget | |
|---|---|---|---|---|
${lines.map((l) => `| ${l.figure.trim()} | ${l.median} | ${l.p95} | ${l.budget} | ${verdict(l.ok)} |`).join('\n')}`;
}

const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

/** Keeps the README's copy of the figures the latest ones (between its bench markers). */
function updateReadme(lines: Line[]): void {
  const path = join(import.meta.dirname, '..', 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end < start) {
    console.warn(`bench: README.md has no ${README_START} … ${README_END} section; not updated`);
    return;
  }
  const section = `${README_START}
Latest \`npm run bench\` (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${loadText()}):

${figuresTable(lines)}
`;
  writeFileSync(path, readme.slice(0, start) + section + readme.slice(end));
}

function resultsMarkdown(lines: Line[], runs: RunFigures[], chromiumVersion: string): string {
  const last = runs.at(-1);
  const reported = runs.flatMap((r) => [...r.editor.option, ...r.editor.name]).filter((k) => k.reported).length;
  const total = runs.reduce((n, r) => n + r.editor.option.length + r.editor.name.length, 0);
  return `# Benchmark results

Latest \`npm run bench\`: ${new Date().toISOString()} — ${RUNS} runs after one warm-up, headless
Chromium ${chromiumVersion} without GPU, ${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}),
shared with other work: ${loadText()} when the runs ended. Above about 2 the figures are
inflated by other processes; compare runs taken at similar load.

Connection under test: PostgreSQL, ${OPTION_COUNT} extra options, every pool parameter
(${POOL_PARAMETERS.length}) switched on. The editor rendered ${last?.controlCount ?? 'n/a'} form controls;
the baseline page has as many plain labelled inputs (\`bench/plain-inputs.html\`).

${figuresTable(lines)}

How it is measured:
- Bytes: every JavaScript/CSS response the page had requested by the time the form was ready
  (its Resource Timing entries), each compressed with \`zlib.gzipSync(body, { level: 9 })\`.
  KB = 1000 bytes. Files at the last run:
${(last?.initialFiles ?? []).map((f) => `  - \`${f.url}\`: ${formatKB(f.gzipBytes)}`).join('\n')}
- Form ready: \`performance.now()\` (0 = navigation start) on the first animation frame where
  the "Connection name" and first "Option value" inputs hold the stored values and are enabled.
  A long form paints its first screen first and renders the rest (the other option rows,
  pooling, advanced) right after in an interruptible transition; "every option row and section
  rendered" is the frame where the last option's value and the last section's field are in place.
- Keystrokes: Event Timing (\`PerformanceObserver\`, type \`event\`, \`durationThreshold: 16\`),
  one key every ${KEYSTROKE_GAP_MS} ms (${OPTION_TEXT.length} letters into the option value; ${NAME_TEXT.length} letters
  then as many Backspaces in the name), in blocks of ${KEYS_PER_BLOCK} alternating between the editor and the
  plain page so that load from elsewhere hits both alike. A keystroke's duration is its longest event (start to
  next paint); its processing is \`processingEnd − processingStart\` summed over its events
  (keydown, keypress, beforeinput, input, keyup). Keystrokes with no event ≥ 16 ms count
  as 16 ms and show as "≤16 ms" (${reported} of ${total} editor keystrokes were reported).
- Save: from the \`click\` event's timeStamp on the button that sends (${last?.saveFlow ?? 'n/a'}) to the
  first animation frame showing "Connection saved" in a \`status\` element; the value is then
  read back from the API to prove the save happened.
`;
}

async function main(): Promise<number> {
  if (!existsSync('dist/index.html')) {
    console.error('dist/ is missing: run `npm run bench` (it builds first) or `npm run build`.');
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), 'datafor-bench-'));
  const server = await startServer({ dbPath: join(dir, 'datafor.sqlite'), host: '127.0.0.1', port: 0, staticDir: 'dist' });
  const launch = playwrightConfig.use?.launchOptions ?? {};
  const browser = await chromium.launch({ ...launch, headless: true });
  try {
    await createBenchConnection(server.url);
    console.log(`bench: ${server.url}, ${RUNS} runs + 1 warm-up, Chromium ${browser.version()}, ${loadText()}`);
    await oneRun(browser, server);
    const runs: RunFigures[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const run = await oneRun(browser, server);
      console.log(
        `  run ${i + 1}: ready ${formatMs(run.formReadyMs)}, ${formatKB(run.initialBytes)}, save ${formatMs(run.saveMs)}`,
      );
      if (process.env.BENCH_VERBOSE) {
        const show = (keys: Keystroke[]) =>
          keys.map((k) => (k.reported ? `${k.duration}/${k.processing.toFixed(0)}` : '·')).join(' ');
        console.log(`    option value, duration/processing per key: ${show(run.editor.option)}`);
        console.log(`    connection name:                           ${show(run.editor.name)}`);
        console.log(`    plain, option position:                    ${show(run.plain.option)}`);
      }
      runs.push(run);
    }
    const lines = summarise(runs);
    console.log(`bench: finished at ${loadText()}`);
    printLines(lines);
    writeFileSync(join(import.meta.dirname, 'RESULTS.md'), resultsMarkdown(lines, runs, browser.version()));
    updateReadme(lines);
    const broken = lines.filter((l) => l.ok === false);
    if (broken.length > 0) {
      console.error(`bench: ${broken.length} budget(s) broken: ${broken.map((l) => l.figure.trim()).join('; ')}`);
      return 1;
    }
    console.log('bench: every budget holds');
    return 0;
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench failed:', error);
    process.exit(2);
  },
);
