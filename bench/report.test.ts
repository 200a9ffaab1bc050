import { describe, expect, it } from 'vitest';
import { brokenBudgets, figuresTable, type Section } from './report';

const sections: Section[] = [
  {
    title: 'Demo data',
    lines: [
      { figure: 'form ready', median: '468 ms', p95: '560 ms', budget: 'median ≤ 600 ms', ok: true },
      { figure: '  of which: get', median: '189 ms', p95: '226 ms', budget: '(diagnostic)', ok: null },
    ],
  },
  {
    title: '10,000 connections',
    lines: [{ figure: 'list answered', median: '961 ms', p95: '990 ms', budget: 'median ≤ 150 ms', ok: false }],
  },
];

describe('figuresTable', () => {
  it('writes one table with a bold row naming each case before its figures', () => {
    expect(figuresTable(sections).split('\n')).toEqual([
      '| figure | median | p95 | budget | |',
      '|---|---|---|---|---|',
      '| **Demo data** | | | | |',
      '| form ready | 468 ms | 560 ms | median ≤ 600 ms | ok |',
      '| of which: get | 189 ms | 226 ms | (diagnostic) |  |',
      '| **10,000 connections** | | | | |',
      '| list answered | 961 ms | 990 ms | median ≤ 150 ms | OVER BUDGET |',
    ]);
  });
});

describe('brokenBudgets', () => {
  it('lists the figures over budget in every case, not the diagnostics', () => {
    expect(brokenBudgets(sections).map((l) => l.figure)).toEqual(['list answered']);
  });
});
