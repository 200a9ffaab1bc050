/** Set-up for component tests (*.test.tsx, happy-dom): DOM matchers, and a clean DOM after each test. */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after one second by default. The review dialog and other parts are lazy
// chunks; on a loaded 2-core CI machine their first import can take longer than that, and a
// test then fails on a screen that was only slow. A ceiling, not a speed goal: speed lives in
// `npm run bench`.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});
