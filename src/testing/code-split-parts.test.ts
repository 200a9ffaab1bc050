/**
 * code-split-parts.ts lists the app's lazy parts by hand; a part left off it would bring back
 * the wait that failed CI (a test's own import of a chunk racing its ten-second screen wait).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('loadCodeSplitParts', () => {
  it('loads every lazy part the app defines', () => {
    const defined = sourceFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^(export )?const (\w+) = lazyPart</gm)].map((m) => ({
        part: m[2],
        file: relative(SRC, file),
        exported: m[1] !== undefined,
      })),
    );
    expect(defined.length).toBeGreaterThan(0);
    const listing = readFileSync(join(SRC, 'testing', 'code-split-parts.ts'), 'utf8');
    const listed = /\[([^\]]*)\]\.map\(\(part\) => part\.load\(\)\)/.exec(listing)?.[1]?.split(',').map((s) => s.trim()) ?? [];
    for (const { part, file, exported } of defined) {
      expect(exported, `${part} in ${file} must be exported for code-split-parts.ts`).toBe(true);
      expect(listed, `${part} (${file}) is missing from code-split-parts.ts`).toContain(part);
    }
  });
});
