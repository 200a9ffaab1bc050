/**
 * The editor pictures the README embeds: `SCREENSHOTS=1 npx playwright test e2e/editor-screenshots.spec.ts`
 * (after `npm run build`). Skipped in the normal run: pictures are documentation, not checks.
 */
import { test, expect, signIn } from './fixtures';
import { EditorPage } from './editor-support';

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to refresh docs/editor-*.png');

for (const { file, width, height } of [
  { file: 'docs/editor-desktop.png', width: 1440, height: 1000 },
  { file: 'docs/editor-narrow.png', width: 414, height: 900 },
]) {
  test(`screenshot ${file}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open('foodmart2');
    await expect(editor.poolValue('maxActive')).toHaveValue('200');
    // Fonts and the lazy URL preview settle before the picture.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: file, animations: 'disabled' });
  });
}
