import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './copy-text';

function fakeField() {
  return { focus: vi.fn(), select: vi.fn() } as unknown as HTMLTextAreaElement;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('copyText', () => {
  it('uses the Clipboard API when the browser allows it', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const execCommand = vi.fn(() => true);
    vi.stubGlobal('document', { execCommand });
    await expect(copyText('jdbc:postgresql://h:5432/db', fakeField())).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('jdbc:postgresql://h:5432/db');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('falls back to selecting the field and the copy command when the API is refused', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) } });
    const execCommand = vi.fn(() => true);
    vi.stubGlobal('document', { execCommand });
    const field = fakeField();
    await expect(copyText('jdbc:x', field)).resolves.toBe(true);
    expect(field.select).toHaveBeenCalled();
    expect(execCommand).toHaveBeenCalledWith('copy');
  });

  it('falls back when there is no Clipboard API at all (plain HTTP)', async () => {
    vi.stubGlobal('navigator', {});
    vi.stubGlobal('document', { execCommand: vi.fn(() => true) });
    await expect(copyText('jdbc:x', fakeField())).resolves.toBe(true);
  });

  it('reports failure honestly when nothing can copy', async () => {
    vi.stubGlobal('navigator', {});
    vi.stubGlobal('document', { execCommand: vi.fn(() => false) });
    await expect(copyText('jdbc:x', fakeField())).resolves.toBe(false);
    vi.stubGlobal('document', {
      execCommand: vi.fn(() => {
        throw new Error('not supported');
      }),
    });
    await expect(copyText('jdbc:x', fakeField())).resolves.toBe(false);
    await expect(copyText('jdbc:x', null)).resolves.toBe(false);
  });
});
