/** The bench's figures as lines with budgets: printed, and written to RESULTS.md and the README. */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

export interface Line {
  figure: string;
  median: string;
  p95: string;
  budget: string;
  /** null: a diagnostic or reference figure without a budget. */
  ok: boolean | null;
}

export interface Section {
  title: string;
  lines: Line[];
}

export function verdict(ok: boolean | null): string {
  if (ok === null) return '';
  return ok ? 'ok' : 'OVER BUDGET';
}

export function printSections(sections: Section[]): void {
  const width = Math.max(...sections.flatMap((s) => s.lines.map((l) => l.figure.length)));
  for (const section of sections) {
    console.log(`\n${section.title}`);
    for (const l of section.lines) {
      console.log(
        `  ${l.figure.padEnd(width)}  median ${l.median.padStart(10)}  p95 ${l.p95.padStart(10)}  ${l.budget.padEnd(36)} ${verdict(l.ok)}`,
      );
    }
  }
}

/** Other work on the machine skews every figure; the load average says how much. */
export function loadText(): string {
  const [one = 0, five = 0] = loadavg();
  return `load average ${one.toFixed(1)} (1 min), ${five.toFixed(1)} (5 min) on ${cpus().length} cores`;
}

export function figuresTable(sections: Section[]): string {
  const rows = sections.flatMap((section) => [
    `| **${section.title}** | | | | |`,
    ...section.lines.map((l) => `| ${l.figure.trim()} | ${l.median} | ${l.p95} | ${l.budget} | ${verdict(l.ok)} |`),
  ]);
  return `| figure | median | p95 | budget | |
|---|---|---|---|---|
${rows.join('\n')}`;
}

export function brokenBudgets(sections: Section[]): Line[] {
  return sections.flatMap((s) => s.lines.filter((l) => l.ok === false));
}

const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

/** Keeps the README's copy of the figures the latest ones (between its bench markers). */
export function updateReadme(sections: Section[]): void {
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

${figuresTable(sections)}
`;
  writeFileSync(path, readme.slice(0, start) + section + readme.slice(end));
}

export function writeResults(markdown: string): void {
  writeFileSync(join(import.meta.dirname, 'RESULTS.md'), markdown);
}
