/**
 * Resolves when every promise has settled (fulfilled or rejected alike), or after `ms`,
 * whichever comes first; never rejects. For holding the first render back a little while
 * reads that are nearly done finish (main.tsx).
 */
export function untilSettledOrTimeout(promises: readonly Promise<unknown>[], ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    void Promise.allSettled(promises).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
