/** Pure helpers of the benchmark: percentiles, keystroke grouping, number formatting. */
import type { EventTimingRecord } from './probe';

/** The Event Timing API reports nothing below this duration (its minimum threshold). */
export const EVENT_TIMING_FLOOR_MS = 16;

/** Nearest-rank percentile: a value that was actually observed, never an interpolation. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);
export const p95 = (values: readonly number[]): number => percentile(values, 95);

export interface Keystroke {
  /** Longest event duration (event start to next paint), or the floor when none was reported. */
  duration: number;
  /** processingEnd − processingStart summed over the keystroke's reported events. */
  processing: number;
  /** False when no event of this keystroke reached the reporting threshold. */
  reported: boolean;
}

/**
 * Splits Event Timing entries into keystrokes. Keystroke i owns the entries starting in
 * [keydown i, keydown i+1): its keydown, keypress, beforeinput, input and keyup. A keystroke
 * without any entry was faster than the threshold, so it counts as the floor (≤ 16 ms) for
 * both figures — the conservative reading.
 */
export function groupKeystrokes(keydowns: readonly number[], events: readonly EventTimingRecord[]): Keystroke[] {
  // timeStamp and startTime are the same clock; the tolerance absorbs rounding differences.
  const tolerance = 0.5;
  return keydowns.map((start, i) => {
    const end = keydowns[i + 1] ?? Number.POSITIVE_INFINITY;
    const own = events.filter((e) => e.startTime >= start - tolerance && e.startTime < end - tolerance);
    if (own.length === 0) {
      return { duration: EVENT_TIMING_FLOOR_MS, processing: EVENT_TIMING_FLOOR_MS, reported: false };
    }
    return {
      duration: Math.max(...own.map((e) => e.duration)),
      processing: own.reduce((sum, e) => sum + Math.max(0, e.processingEnd - e.processingStart), 0),
      reported: true,
    };
  });
}

/** Milliseconds for the report; at or below the floor the API cannot say more than "≤ 16". */
export function formatLatency(ms: number): string {
  if (Number.isNaN(ms)) return 'n/a';
  return ms <= EVENT_TIMING_FLOOR_MS ? `≤${EVENT_TIMING_FLOOR_MS} ms` : `${ms.toFixed(1)} ms`;
}

export function formatMs(ms: number): string {
  return Number.isNaN(ms) ? 'n/a' : `${Math.round(ms)} ms`;
}

/**
 * KB here is 1000 bytes, the stricter reading of the budget; the KiB figure is shown beside it
 * for anyone reading the budget as 1024-byte kilobytes.
 */
export function formatKB(bytes: number): string {
  return Number.isNaN(bytes) ? 'n/a' : `${(bytes / 1000).toFixed(1)} KB (${(bytes / 1024).toFixed(1)} KiB)`;
}
