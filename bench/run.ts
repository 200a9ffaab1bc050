/**
 * `npm run bench`: the editor's speed, measured in headless Chromium against the local API,
 * in three cases side by side in one run (issue 16):
 *  - demo data: the demo connections plus one PostgreSQL connection with 300 options and every
 *    pool parameter on — load size, time to an editable form, keystrokes, save, JS heap;
 *  - 10,000 connections: the same connection opened beside 10,000 more — time to an editable
 *    form against the demo figure, list rows in the DOM, search keystrokes, scrolling the list
 *    to its end, the local API's `list` answer, JS heap against the demo figure;
 *  - 2,000 options in one connection: time to an editable form, option keystrokes, save.
 *
 * Each run opens the three in turn (so a burst of load from elsewhere hits all three alike);
 * figures are the median and p95 over BENCH_RUNS runs after one discarded warm-up run.
 * Keystrokes are compared with a generated page of as many plain inputs, typed in alternating
 * blocks in the same run. BENCH_VERBOSE=1 prints every keystroke.
 *
 * Exit code 0 when every budget holds, 1 when one is broken, 2 when the bench itself failed.
 * Expects a fresh `dist/` (the npm script builds first).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { POOL_PARAMETERS } from '../src/connection/pool';
import { startServer, type RunningServer } from '../server/app';
import { createConnection, optionsConnection, optionValue, readBackOption, timeListAnswer } from './connections';
import { insertManyConnections } from '../server/testing/many-connections';
import {
  focusAtEnd,
  optionValueBox,
  KEYS_PER_BLOCK,
  KEYSTROKE_GAP_MS,
  loadEditor,
  maxListRows,
  measureHeap,
  measureSave,
  newContext,
  openPlainPage,
  scrollListToEnd,
  sleep,
  typeInterleaved,
  type LoadFigures,
  type SaveFlow,
} from './page';
import { brokenBudgets, figuresTable, loadText, printSections, updateReadme, writeResults, type Line, type Section } from './report';
import { formatKB, formatLatency, formatMs, median, p95, type Keystroke } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/**
 * A pause before each case, so that it starts on a machine done with the case before: the
 * browser closing that case's pages and the servers (in this process) finishing its requests.
 * Whichever case follows the 2,000-option case (its save, then its pages closing) paid for it.
 * Demo minus 10,000-connection figure, per run (1 December; the 10,000 case does the same and
 * more, so it should not be the faster): no pause +47, +33, +11 ms; 1.5 s −14, +9, +23, +28;
 * 5 s +147, +6, −2, −17, −120 (median −2), then +93, +25, +11, +6, +44, −40, +21 (median
 * +21). With the two swapped and a 1.5 s pause, the one after the 2,000-option case was again
 * the slower (10,000 then slower by a median of 16 ms). The position costs something; the pause
 * narrows the gap without reliably closing it, and what else the demo case pays for is unknown.
 */
const SETTLE_MS = 5_000;

const DEMO = { name: 'bench-300-options', options: 300, typedOption: 150 };
const MANY_OPTIONS = { name: 'bench-2000-options', options: 2000, typedOption: 1000 };
const MANY_CONNECTIONS = 10_000;

const OPTION_TEXT = 'abcdefghijklmnopqrst';
/** Typed then erased again, so the name is unchanged and the next run finds the connection. */
const NAME_TEXT = 'abcdefghij';
/** Typed into the list's search box then erased: narrows 10,000 connections to one and back. */
const SEARCH_TEXT = 'bulk_09990';
/** Pixels the list is scrolled per animation frame: a few screens, a brisk drag of the scroll bar. */
const SCROLL_STEP_PX = 2_000;

const BUDGET = {
  /** Issue 10, point 7 (was 230 KB). */
  initialBytes: 245_000,
  formReadyMedianMs: 600,
  /** One Event Timing step (durations are rounded to 8 ms) above the plain-input page. */
  keystrokeOverPlainMs: 8,
  processingP95Ms: 16,
  /** Issue 16: 10,000 connections against the demo-data figure of the same run. */
  manyFormReadyFactor: 1.15,
  manyFormReadyExtraMs: 50,
  listRows: 150,
  longTaskMs: 50,
  listAnswerMs: 150,
  heapFactor: 1.5,
  heapExtraBytes: 30 * 1024 * 1024,
  /** Issue 16: 2,000 options in one connection. */
  manyOptionsFormReadyMedianMs: 1_000,
  manyOptionsSaveMedianMs: 500,
};

const optionKeys = [...OPTION_TEXT];
const nameKeys = [...NAME_TEXT, ...Array.from(NAME_TEXT, () => 'Backspace')];
const searchKeys = [...SEARCH_TEXT, ...Array.from(SEARCH_TEXT, () => 'Backspace')];

interface Typed {
  editor: Keystroke[];
  plain: Keystroke[];
}

interface DemoRun extends LoadFigures {
  option: Typed;
  name: Typed;
  heapBytes: number;
  maxListRows: number;
  saveMs: number;
  saveFlow: SaveFlow;
}

interface ManyConnectionsRun extends LoadFigures {
  search: Typed;
  heapBytes: number;
  scroll: { ms: number; frames: number; longestTaskMs: number; longTasks: number };
  maxListRows: number;
  listAnswer: { ms: number; bytes: number; entries: number };
}

interface ManyOptionsRun extends LoadFigures {
  option: Typed;
  saveMs: number;
  saveFlow: SaveFlow;
}

const connectionToOpen = (c: { name: string; options: number }) => ({
  name: c.name,
  firstOptionValue: optionValue(0),
  lastOptionValue: optionValue(c.options - 1),
});

/** Types into the editor's option value at `row` and into the same position of a plain page. */
async function typeIntoOption(
  browser: Browser,
  server: RunningServer,
  editor: Page,
  load: LoadFigures,
  row: number,
): Promise<Typed> {
  const plainContext = await newContext(browser, server.url);
  try {
    const plain = await openPlainPage(plainContext, load.controlCount);
    const index = await focusAtEnd(editor, await optionValueBox(editor, row));
    await focusAtEnd(plain.page, plain.field(index));
    return await typeInterleaved(editor, plain.page, optionKeys);
  } finally {
    await plainContext.close();
  }
}

async function demoRun(browser: Browser, server: RunningServer): Promise<DemoRun> {
  const context = await newContext(browser, server.url);
  const plainContext = await newContext(browser, server.url);
  try {
    const editor = await context.newPage();
    const load = await loadEditor(editor, connectionToOpen(DEMO));
    await sleep(1_000);
    const heapBytes = await measureHeap(editor);

    const plain = await openPlainPage(plainContext, load.controlCount);
    const optionIndex = await focusAtEnd(editor, await optionValueBox(editor, DEMO.typedOption));
    await focusAtEnd(plain.page, plain.field(optionIndex));
    const option = await typeInterleaved(editor, plain.page, optionKeys);
    const nameIndex = await focusAtEnd(editor, editor.getByRole('textbox', { name: 'Connection name', exact: true }));
    await focusAtEnd(plain.page, plain.field(nameIndex));
    const name = await typeInterleaved(editor, plain.page, nameKeys);
    await plain.page.close();

    const { saveMs, saveFlow } = await measureSave(editor);
    await expectSaved(server, DEMO);
    return { ...load, option, name, heapBytes, maxListRows: await maxListRows(editor), saveMs, saveFlow };
  } finally {
    await context.close();
    await plainContext.close();
  }
}

async function manyConnectionsRun(browser: Browser, server: RunningServer): Promise<ManyConnectionsRun> {
  const context = await newContext(browser, server.url);
  const plainContext = await newContext(browser, server.url);
  try {
    const editor = await context.newPage();
    const load = await loadEditor(editor, connectionToOpen(DEMO));

    const plain = await openPlainPage(plainContext, load.controlCount);
    const searchIndex = await focusAtEnd(editor, editor.getByRole('searchbox', { name: 'Search connections' }));
    await focusAtEnd(plain.page, plain.field(searchIndex));
    const search = await typeInterleaved(editor, plain.page, searchKeys);
    await plain.page.close();
    const searchBox = editor.getByRole('searchbox', { name: 'Search connections' });
    if ((await searchBox.inputValue()) !== '') throw new Error('the search box was not emptied again');

    const heapBytes = await measureHeap(editor);
    const scrolled = await scrollListToEnd(editor, SCROLL_STEP_PX);
    const lastRow = editor.getByRole('navigation').getByRole('listitem').last();
    const position = await lastRow.getAttribute('aria-posinset');
    const size = await lastRow.getAttribute('aria-setsize');
    if (!position || position !== size) {
      throw new Error(`after scrolling, the last row rendered is ${position} of ${size}, not the end of the list`);
    }
    const rows = await maxListRows(editor);
    const listAnswer = await timeListAnswer(server.url);
    return {
      ...load,
      search,
      heapBytes,
      scroll: {
        ms: scrolled.ms,
        frames: scrolled.frames,
        longestTaskMs: Math.max(0, ...scrolled.longTasks.map((t) => t.duration)),
        longTasks: scrolled.longTasks.length,
      },
      maxListRows: rows,
      listAnswer,
    };
  } finally {
    await context.close();
    await plainContext.close();
  }
}

async function manyOptionsRun(browser: Browser, server: RunningServer): Promise<ManyOptionsRun> {
  const context = await newContext(browser, server.url);
  try {
    const editor = await context.newPage();
    const load = await loadEditor(editor, connectionToOpen(MANY_OPTIONS));
    const option = await typeIntoOption(browser, server, editor, load, MANY_OPTIONS.typedOption);
    const { saveMs, saveFlow } = await measureSave(editor);
    await expectSaved(server, MANY_OPTIONS);
    return { ...load, option, saveMs, saveFlow };
  } finally {
    await context.close();
  }
}

/** The typed option value reached the server: the save really happened. */
async function expectSaved(server: RunningServer, connection: { name: string; typedOption: number }): Promise<void> {
  const stored = await readBackOption(server.url, connection.name, connection.typedOption);
  if (!stored?.endsWith(OPTION_TEXT)) {
    throw new Error(
      `the save did not reach the server: ${connection.name} option ${connection.typedOption + 1} is ${JSON.stringify(stored)}`,
    );
  }
}

// ---------- figures ----------

const MB = 1024 * 1024;
const formatMB = (bytes: number) => (Number.isNaN(bytes) ? 'n/a' : `${(bytes / MB).toFixed(1)} MB`);
const formatCount = (n: number) => (Number.isNaN(n) ? 'n/a' : String(Math.round(n)));

function timing(figure: string, values: number[]): Line {
  return { figure, median: formatMs(median(values)), p95: formatMs(p95(values)), budget: '(diagnostic)', ok: null };
}

/** Keystroke duration against the plain page, and JS processing, for one field. */
function keystrokeLines(label: string, typed: Typed[]): Line[] {
  const editor = typed.flatMap((t) => t.editor);
  const plain = typed.flatMap((t) => t.plain);
  const plainP95 = p95(plain.map((k) => k.duration));
  const editorP95 = p95(editor.map((k) => k.duration));
  const processing = editor.map((k) => k.processing);
  return [
    {
      figure: `keystroke duration, ${label} (${editor.length} keys)`,
      median: formatLatency(median(editor.map((k) => k.duration))),
      p95: formatLatency(editorP95),
      budget: `p95 ≤ plain p95 + ${BUDGET.keystrokeOverPlainMs} ms`,
      ok: editorP95 <= plainP95 + BUDGET.keystrokeOverPlainMs,
    },
    {
      figure: `  plain inputs baseline, same field position`,
      median: formatLatency(median(plain.map((k) => k.duration))),
      p95: formatLatency(plainP95),
      budget: '(reference)',
      ok: null,
    },
    {
      figure: `JS processing per keystroke, ${label}`,
      median: formatLatency(median(processing)),
      p95: formatLatency(p95(processing)),
      budget: `p95 ≤ ${BUDGET.processingP95Ms} ms`,
      ok: p95(processing) <= BUDGET.processingP95Ms,
    },
  ];
}

function saveLine(runs: { saveMs: number; saveFlow: SaveFlow }[], budgetMs: number | null): Line {
  const save = runs.map((r) => r.saveMs);
  return {
    figure: `save click → "Connection saved" (${runs[0]?.saveFlow ?? 'n/a'})`,
    median: formatMs(median(save)),
    p95: formatMs(p95(save)),
    budget: budgetMs === null ? '(no budget)' : `median ≤ ${budgetMs} ms`,
    ok: budgetMs === null ? null : median(save) <= budgetMs,
  };
}

function demoSection(runs: DemoRun[]): Section {
  const bytes = runs.map((r) => r.initialBytes);
  const ready = runs.map((r) => r.formReadyMs);
  const heap = runs.map((r) => r.heapBytes);
  return {
    title: `Demo data (${DEMO.options} options in the open connection)`,
    lines: [
      {
        figure: 'initial JS+CSS, gzip -9',
        median: formatKB(median(bytes)),
        p95: formatKB(p95(bytes)),
        budget: `≤ ${(BUDGET.initialBytes / 1000).toFixed(0)} KB`,
        ok: p95(bytes) <= BUDGET.initialBytes,
      },
      {
        figure: 'navigation → filled, editable form',
        median: formatMs(median(ready)),
        p95: formatMs(p95(ready)),
        budget: `median ≤ ${BUDGET.formReadyMedianMs} ms`,
        ok: median(ready) <= BUDGET.formReadyMedianMs,
      },
      timing('  of which: connection/get answered', runs.map((r) => r.getResponseEnd)),
      timing('  of which: rendering after the data arrived', runs.map((r) => r.formReadyMs - r.getResponseEnd)),
      timing('  then: every option row and section rendered', runs.map((r) => r.formCompleteMs)),
      { figure: 'JS heap, form loaded', median: formatMB(median(heap)), p95: formatMB(p95(heap)), budget: '(reference)', ok: null },
      ...keystrokeLines(`option value (row ${DEMO.typedOption + 1})`, runs.map((r) => r.option)),
      ...keystrokeLines('connection name', runs.map((r) => r.name)),
      saveLine(runs, null),
    ],
  };
}

function manyConnectionsSection(runs: ManyConnectionsRun[], demo: DemoRun[]): Section {
  const ready = runs.map((r) => r.formReadyMs);
  const readyBudget = BUDGET.manyFormReadyFactor * median(demo.map((r) => r.formReadyMs)) + BUDGET.manyFormReadyExtraMs;
  const heap = runs.map((r) => r.heapBytes);
  const heapBudget = BUDGET.heapFactor * median(demo.map((r) => r.heapBytes)) + BUDGET.heapExtraBytes;
  const rows = runs.map((r) => r.maxListRows);
  const answer = runs.map((r) => r.listAnswer.ms);
  const longest = runs.map((r) => r.scroll.longestTaskMs);
  const last = runs.at(-1);
  return {
    title: `${MANY_CONNECTIONS.toLocaleString('en-US')} connections (the same connection open)`,
    lines: [
      {
        figure: 'navigation → filled, editable form',
        median: formatMs(median(ready)),
        p95: formatMs(p95(ready)),
        budget: `median ≤ ${BUDGET.manyFormReadyFactor} × demo + ${BUDGET.manyFormReadyExtraMs} = ${formatMs(readyBudget)}`,
        ok: median(ready) <= readyBudget,
      },
      timing('  of which: connection/list answered (in the page)', runs.map((r) => r.listResponseEnd)),
      timing('  of which: connection/get answered', runs.map((r) => r.getResponseEnd)),
      {
        figure: `list?includeAccessMap=true answered by the local API (${last?.listAnswer.entries ?? 'n/a'} entries, ${formatMB(last?.listAnswer.bytes ?? Number.NaN)})`,
        median: formatMs(median(answer)),
        p95: formatMs(p95(answer)),
        budget: `median ≤ ${BUDGET.listAnswerMs} ms`,
        ok: median(answer) <= BUDGET.listAnswerMs,
      },
      {
        figure: 'list rows in the DOM, most at any frame (load, search, scroll)',
        median: formatCount(median(rows)),
        p95: formatCount(Math.max(...rows)),
        budget: `every run ≤ ${BUDGET.listRows}`,
        ok: Math.max(...rows) <= BUDGET.listRows,
      },
      ...keystrokeLines('search box', runs.map((r) => r.search)),
      {
        figure: `scroll the list top → bottom, longest task (${last?.scroll.frames ?? 'n/a'} frames)`,
        median: formatMs(median(longest)),
        p95: formatMs(Math.max(...longest)),
        budget: `every run: no task > ${BUDGET.longTaskMs} ms`,
        ok: Math.max(...longest) <= BUDGET.longTaskMs,
      },
      timing('  scroll duration', runs.map((r) => r.scroll.ms)),
      {
        figure: 'JS heap, form loaded and searched',
        median: formatMB(median(heap)),
        p95: formatMB(p95(heap)),
        budget: `median ≤ ${BUDGET.heapFactor} × demo + ${BUDGET.heapExtraBytes / MB} MB = ${formatMB(heapBudget)}`,
        ok: median(heap) <= heapBudget,
      },
    ],
  };
}

function manyOptionsSection(runs: ManyOptionsRun[]): Section {
  const ready = runs.map((r) => r.formReadyMs);
  return {
    title: `${MANY_OPTIONS.options.toLocaleString('en-US')} options in one connection`,
    lines: [
      {
        figure: 'navigation → filled, editable form',
        median: formatMs(median(ready)),
        p95: formatMs(p95(ready)),
        budget: `median ≤ ${BUDGET.manyOptionsFormReadyMedianMs} ms`,
        ok: median(ready) <= BUDGET.manyOptionsFormReadyMedianMs,
      },
      timing('  then: every option row and section rendered', runs.map((r) => r.formCompleteMs)),
      ...keystrokeLines(`option value (row ${MANY_OPTIONS.typedOption + 1})`, runs.map((r) => r.option)),
      saveLine(runs, BUDGET.manyOptionsSaveMedianMs),
    ],
  };
}

function resultsMarkdown(
  sections: Section[],
  runs: { demo: DemoRun[]; manyConnections: ManyConnectionsRun[]; manyOptions: ManyOptionsRun[] },
  chromiumVersion: string,
  chromiumBinary: string,
): string {
  const last = runs.demo.at(-1);
  const editorKeys = [
    ...runs.demo.flatMap((r) => [...r.option.editor, ...r.name.editor]),
    ...runs.manyConnections.flatMap((r) => r.search.editor),
    ...runs.manyOptions.flatMap((r) => r.option.editor),
  ];
  const reported = editorKeys.filter((k) => k.reported).length;
  return `# Benchmark results

Latest \`npm run bench\`: ${new Date().toISOString()} — ${RUNS} runs after one warm-up, headless
Chromium ${chromiumVersion} (${chromiumBinary}) without GPU, ${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}),
shared with other work: ${loadText()} when the runs ended. Above about 2 the figures are
inflated by other processes; compare runs taken at similar load.

Three cases, opened in turn in every run:
- **Demo data**: the demo connections plus \`${DEMO.name}\` (PostgreSQL, ${DEMO.options} extra options, every pool
  parameter (${POOL_PARAMETERS.length}) switched on). The editor rendered ${last?.controlCount ?? 'n/a'} form controls.
- **${MANY_CONNECTIONS.toLocaleString('en-US')} connections**: another server with the same data plus ${MANY_CONNECTIONS.toLocaleString('en-US')} generated
  connections (\`bench/many-connections.ts\`, inserted straight into its SQLite store), \`${DEMO.name}\` open.
- **${MANY_OPTIONS.options.toLocaleString('en-US')} options**: \`${MANY_OPTIONS.name}\`, built like \`${DEMO.name}\` with ${MANY_OPTIONS.options.toLocaleString('en-US')} options, on the
  first server. The editor rendered ${runs.manyOptions.at(-1)?.controlCount ?? 'n/a'} form controls.

Each typing baseline is a page of as many plain labelled inputs as the editor page had controls
(generated at bench time into \`bench/output/\`, which git ignores).

${figuresTable(sections)}

How it is measured:
- Each case (demo, ${MANY_CONNECTIONS.toLocaleString('en-US')} connections, ${MANY_OPTIONS.options.toLocaleString('en-US')} options) starts ${SETTLE_MS / 1000} s after the one before it
  has closed its pages, in a fresh browser context.
- Bytes: every JavaScript/CSS file the page had requested by the time the form was ready
  (its Resource Timing entries), read from the built \`dist/\` it was served from and compressed
  with \`zlib.gzipSync(body, { level: 9 })\`.
  KB = 1000 bytes. Files at the last run:
${(last?.initialFiles ?? []).map((f) => `  - \`${f.url}\`: ${formatKB(f.gzipBytes)}`).join('\n')}
- Form ready: \`performance.now()\` (0 = navigation start) on the first animation frame where
  the "Connection name" and first "Option value" inputs hold the stored values and are enabled,
  seen by the probe's own per-frame check in the page and reported through a binding: Playwright
  does nothing in the page between the navigation's commit and that report.
  A long form paints its first screen first and renders the rest (the other option rows,
  pooling, advanced) right after in an interruptible transition; "every option row and section
  rendered" is the frame where the last option's value and the last section's field are in place.
  From 100 options the rows are virtualised (only those in their scroll box are rendered): then
  it is the frame where the last section's field is in place, and the typed row is scrolled to.
  With ${MANY_CONNECTIONS.toLocaleString('en-US')} connections the budget is the same run's demo median × ${BUDGET.manyFormReadyFactor} + ${BUDGET.manyFormReadyExtraMs} ms.
- Keystrokes: Event Timing (\`PerformanceObserver\`, type \`event\`, \`durationThreshold: 16\`),
  one key every ${KEYSTROKE_GAP_MS} ms (${OPTION_TEXT.length} letters into the option value; ${NAME_TEXT.length} letters
  then as many Backspaces in the name; "${SEARCH_TEXT}" then as many Backspaces in the search box), in blocks of
  ${KEYS_PER_BLOCK} alternating between the editor and the plain page so that load from elsewhere hits both alike. A
  keystroke's duration is its longest event (start to next paint); its processing is
  \`processingEnd − processingStart\` summed over its events (keydown, keypress, beforeinput, input, keyup).
  Keystrokes with no event ≥ 16 ms count as 16 ms and show as "≤16 ms" (${reported} of ${editorKeys.length} editor
  keystrokes were reported).
- List rows: the most rows (children of the \`ul\` lists in the page's \`nav\`) at any animation
  frame, sampled every frame from navigation on, through loading, searching and scrolling.
- Scroll: the list's scroll box moved ${SCROLL_STEP_PX} px per animation frame from top to bottom (its last row,
  \`aria-posinset\` = \`aria-setsize\`, is then checked to be rendered); the longest Long Tasks API entry
  that started meanwhile (0 ms: none over 50 ms).
- \`list\` answered: \`list?includeAccessMap=true\` as admin, from request to the last byte of the body,
  by a client in a Node process of its own (\`node:http\`, after one untimed request): the servers
  run inside the bench's process, where a client would time its own reading of the body too.
- JS heap: \`Runtime.getHeapUsage\` (used size) after \`HeapProfiler.collectGarbage\`, through the
  Chrome DevTools Protocol; demo with the form loaded, ${MANY_CONNECTIONS.toLocaleString('en-US')} connections after the search typing too
  (so the search index is in it). MB = 1024² bytes.
- Save: from the \`click\` event's timeStamp on the button that sends (${last?.saveFlow ?? 'n/a'}) to the
  first animation frame showing "Connection saved" in a \`status\` element; the value is then
  read back from the API to prove the save happened.
`;
}

function printRun(i: number, demo: DemoRun, many: ManyConnectionsRun, options: ManyOptionsRun): void {
  console.log(
    `  run ${i + 1}: demo ready ${formatMs(demo.formReadyMs)}, ${formatKB(demo.initialBytes)}, save ${formatMs(demo.saveMs)}; ` +
      `${MANY_CONNECTIONS} connections ready ${formatMs(many.formReadyMs)}, list ${formatMs(many.listAnswer.ms)}, ` +
      `rows ≤${many.maxListRows}, longest scroll task ${formatMs(many.scroll.longestTaskMs)}; ` +
      `${MANY_OPTIONS.options} options ready ${formatMs(options.formReadyMs)}, save ${formatMs(options.saveMs)}`,
  );
  if (process.env.BENCH_VERBOSE) {
    const show = (keys: Keystroke[]) => keys.map((k) => (k.reported ? `${k.duration}/${k.processing.toFixed(0)}` : '·')).join(' ');
    console.log(`    option value, duration/processing per key: ${show(demo.option.editor)}`);
    console.log(`    connection name:                           ${show(demo.name.editor)}`);
    console.log(`    search box (${MANY_CONNECTIONS}):                    ${show(many.search.editor)}`);
    console.log(`    option value (${MANY_OPTIONS.options} options):           ${show(options.option.editor)}`);
  }
}

async function startBenchServer(dir: string, name: string): Promise<RunningServer> {
  return startServer({ dbPath: join(dir, `${name}.sqlite`), host: '127.0.0.1', port: 0, staticDir: 'dist' });
}

async function main(): Promise<number> {
  if (!existsSync('dist/index.html')) {
    console.error('dist/ is missing: run `npm run bench` (it builds first) or `npm run build`.');
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), 'datafor-bench-'));
  const servers: RunningServer[] = [];
  const launch = playwrightConfig.use?.launchOptions ?? {};
  const browser = await chromium.launch({ ...launch, headless: true });
  // Which Chromium matters as much as its version: the full browser, headless, costs the page
  // about twice the time to a ready form on this machine (playwright.config.ts).
  const chromiumBinary = launch.executablePath ? `\`${launch.executablePath}\`` : "Playwright's own";
  try {
    const demoServer = await startBenchServer(dir, 'demo');
    servers.push(demoServer);
    const manyServer = await startBenchServer(dir, 'many');
    servers.push(manyServer);
    for (const server of [demoServer, manyServer]) {
      await createConnection(server.url, optionsConnection(DEMO.name, DEMO.options));
    }
    await createConnection(demoServer.url, optionsConnection(MANY_OPTIONS.name, MANY_OPTIONS.options));
    insertManyConnections(join(dir, 'many.sqlite'), MANY_CONNECTIONS);
    console.log(`bench: ${RUNS} runs + 1 warm-up, Chromium ${browser.version()} (${chromiumBinary}), ${loadText()}`);

    const runs = { demo: [] as DemoRun[], manyConnections: [] as ManyConnectionsRun[], manyOptions: [] as ManyOptionsRun[] };
    for (let i = -1; i < RUNS; i += 1) {
      await sleep(SETTLE_MS);
      const demo = await demoRun(browser, demoServer);
      await sleep(SETTLE_MS);
      const many = await manyConnectionsRun(browser, manyServer);
      await sleep(SETTLE_MS);
      const options = await manyOptionsRun(browser, demoServer);
      if (i < 0) continue;
      printRun(i, demo, many, options);
      runs.demo.push(demo);
      runs.manyConnections.push(many);
      runs.manyOptions.push(options);
    }
    const sections = [
      demoSection(runs.demo),
      manyConnectionsSection(runs.manyConnections, runs.demo),
      manyOptionsSection(runs.manyOptions),
    ];
    console.log(`bench: finished at ${loadText()}`);
    printSections(sections);
    writeResults(resultsMarkdown(sections, runs, browser.version(), chromiumBinary));
    updateReadme(sections);
    const broken = brokenBudgets(sections);
    if (broken.length > 0) {
      console.error(`bench: ${broken.length} budget(s) broken: ${broken.map((l) => l.figure.trim()).join('; ')}`);
      return 1;
    }
    console.log('bench: every budget holds');
    return 0;
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
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
