import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://127.0.0.1:8131';
const name = process.env.NAME ?? 'bench-300-options';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const results: number[] = [];
for (let i = 0; i < Number(process.env.N ?? 5); i++) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1366, height: 900 } });
  await context.request.post('/plugin/datafor/api/extension/auth/login', { form: { username: 'admin', password: 'admin123' } });
  const page = await context.newPage();
  await page.goto(`/?name=${encodeURIComponent(name)}`);
  const handle = await page.waitForFunction((n) => {
    const input = [...document.querySelectorAll('input')].find((el) => [...(el.labels ?? [])].some((l) => l.textContent?.startsWith('Connection name')));
    return input && input.value === n && !input.disabled && !input.readOnly ? performance.now() : false;
  }, name, { polling: 'raf', timeout: 60000 });
  const ready = (await handle.jsonValue()) as number;
  const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name.replace(location.origin, '').replace('/plugin/datafor-modeler/api/connection', '').slice(0, 30), Math.round(e.startTime), Math.round((e as PerformanceResourceTiming).responseEnd)]));
  results.push(ready);
  console.log(`ready ${Math.round(ready)}`, JSON.stringify(entries.filter((e) => !String(e[0]).startsWith('/assets/') || String(e[0]).includes('early') || String(e[0]).includes('index'))));
  await context.close();
}
results.sort((a, b) => a - b);
console.log('median', Math.round(results[Math.floor(results.length / 2)]));
await browser.close();
