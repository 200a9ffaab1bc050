/**
 * The built app is served at `/`, client-side routes get index.html, API paths never do,
 * and the app's responses carry the same security headers as the API's.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestServer, type TestServer } from './testing/harness';

let server: TestServer;
let staticDir: string;
const INDEX = '<!doctype html><title>editor shell</title><script type="module" src="/assets/app-abc123.js"></script>';

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'datafor-static-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), INDEX);
  writeFileSync(join(staticDir, 'assets', 'app-abc123.js'), 'console.log(1)');
  server = await startTestServer({ staticDir });
});
afterAll(async () => {
  await server.dispose();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('serving the app', () => {
  it.each(['/', '/?name=foodmart2', '/connections/foodmart2'])('GET %s answers the app shell, revalidated on each load', async (path) => {
    const result = await call(server, path, { user: null });
    expect(result.status).toBe(200);
    expect(result.text).toBe(INDEX);
    expect(result.headers.get('content-type')).toMatch(/^text\/html/);
    expect(result.headers.get('cache-control')).toBe('no-cache');
    expect(result.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
  });

  it('hashed assets are served with a long cache life', async () => {
    const result = await call(server, '/assets/app-abc123.js', { user: null });
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toMatch(/javascript/);
    expect(result.headers.get('cache-control')).toMatch(/immutable/);
    expect(result.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a missing file is a 404, not the app shell', async () => {
    const result = await call(server, '/assets/missing-123.js', { user: null });
    expect(result.status).toBe(404);
    expect(result.text).not.toContain('editor shell');
  });

  it('unknown API paths are JSON 404s, never the app shell', async () => {
    const result = await call(server, '/plugin/datafor-modeler/api/connection/nothing');
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ success: false, code: '404' });
  });
});
