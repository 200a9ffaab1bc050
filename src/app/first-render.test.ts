import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { untilSettledOrTimeout } from './first-render';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Whether `promise` has resolved once pending microtasks ran. */
async function isDone(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('untilSettledOrTimeout', () => {
  it('resolves as soon as every read has settled, failed ones included', async () => {
    let answer: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (answer = resolve));
    const waiting = untilSettledOrTimeout([slow, Promise.reject(new Error('500'))], 300);
    expect(await isDone(waiting)).toBe(false);
    answer();
    expect(await isDone(waiting)).toBe(true);
  });

  it('resolves after the time given when a read never settles (a sign-in is waiting)', async () => {
    const waiting = untilSettledOrTimeout([new Promise(() => undefined)], 300);
    await vi.advanceTimersByTimeAsync(299);
    expect(await isDone(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isDone(waiting)).toBe(true);
  });
});
