import { describe, expect, it } from 'vitest';
import type { EventTimingRecord } from './probe';
import { EVENT_TIMING_FLOOR_MS, formatKB, formatLatency, groupKeystrokes, median, p95, percentile } from './stats';

const event = (name: string, startTime: number, duration: number, processing: number): EventTimingRecord => ({
  name,
  startTime,
  duration,
  processingStart: startTime + 1,
  processingEnd: startTime + 1 + processing,
  interactionId: 0,
});

describe('percentile (nearest rank)', () => {
  it('returns values that were observed', () => {
    const values = [5, 1, 4, 2, 3];
    expect(median(values)).toBe(3);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(5);
  });

  it('puts p95 of 20 samples on the 19th smallest, so one outlier in 20 is tolerated', () => {
    const values = [...Array.from({ length: 19 }, (_, i) => i + 1), 500];
    expect(p95(values)).toBe(19);
    expect(p95([...values.slice(0, 18), 400, 500])).toBe(400);
  });

  it('is NaN for no samples rather than a made-up zero', () => {
    expect(Number.isNaN(p95([]))).toBe(true);
  });
});

describe('groupKeystrokes', () => {
  it('gives each keystroke the events that start between its keydown and the next one', () => {
    const keydowns = [100, 200, 300];
    const events = [
      event('keydown', 100, 40, 10),
      event('input', 102, 32, 5),
      event('keyup', 150, 16, 1),
      event('keydown', 300, 24, 3),
    ];
    const [first, second, third] = groupKeystrokes(keydowns, events);
    expect(first).toEqual({ duration: 40, processing: 16, reported: true });
    expect(second).toEqual({ duration: EVENT_TIMING_FLOOR_MS, processing: EVENT_TIMING_FLOOR_MS, reported: false });
    expect(third).toEqual({ duration: 24, processing: 3, reported: true });
  });

  it('counts an event just before its keydown timestamp (rounding) with that keystroke', () => {
    const [only] = groupKeystrokes([100], [event('keydown', 99.8, 48, 20)]);
    expect(only?.duration).toBe(48);
  });
});

describe('formatLatency', () => {
  it('cannot say more than "≤16 ms" at or below the Event Timing threshold', () => {
    expect(formatLatency(16)).toBe('≤16 ms');
    expect(formatLatency(24)).toBe('24.0 ms');
  });
});

describe('formatKB', () => {
  it('shows 1000-byte kilobytes, with KiB beside them', () => {
    expect(formatKB(230_800)).toBe('230.8 KB (225.4 KiB)');
  });
});
