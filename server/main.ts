/**
 * Starts the local Datafor API and serves the built app: `tsx server/main.ts` (`npm start`
 * builds first).
 *
 * Environment:
 *   HOST (127.0.0.1), PORT (8080)
 *   DATAFOR_DB               SQLite file (data/datafor.sqlite; its folder is created if missing)
 *   DATAFOR_STATIC_DIR       folder of the built app (dist)
 *   DATAFOR_FRAME_ANCESTORS  space-separated hosts allowed to embed the app in a frame,
 *                            e.g. "https://bi.example.com https://*.intranet.example"
 *   DATAFOR_TEST_TIMEOUT_MS  connect time-out of "Test connection" (10000)
 *   DATAFOR_LOG=1            request logging (credentials redacted, bodies never logged)
 *   DATAFOR_SECRET_KEY       key that encrypts stored passwords: 64 hex digits or base64 of 32
 *                            bytes; without it, the key file <DATAFOR_DB>.key (made 0600 on first start)
 *   DATAFOR_TRUSTED_ORIGINS  space-separated origins whose pages may sign in and change data
 *                            besides the app's own, e.g. "https://console.example.com"
 *   DATAFOR_TRUST_PROXY      "1": trust X-Forwarded-Proto/-Host/-For from any peer; or the TLS
 *                            proxy's addresses ("10.0.0.5,10.0.0.6"); then the cookie is Secure over https
 *   DATAFOR_SESSION_IDLE_MINUTES  a session unused this long ends (30)
 *   DATAFOR_SESSION_MAX_HOURS     a session ends this long after sign-in, however busy (12)
 *   DATAFOR_SOURCE_MAPS=1    serve the build's source maps (development; off by default)
 *
 * Demo users and their passwords (set again from these at every start; stored as scrypt hashes):
 *   admin   / admin123    Administrator
 *   creator / creator123  SYS_Creator
 *   reader  / reader123   SYS_Reader
 * Replace them with DATAFOR_ADMIN_PASSWORD, DATAFOR_CREATOR_PASSWORD, DATAFOR_READER_PASSWORD,
 * or with DATAFOR_USERS_FILE naming a JSON file such as {"admin": "…", "reader": "…"}
 * (the environment variables win over the file).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from './app';
import { keyFilePath } from './secrets';
import { DEMO_PASSWORDS, DEMO_USER_TYPES, DEMO_USERS, type DemoUser } from './seed';

function readUsersFile(path: string): Partial<Record<DemoUser, string>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`DATAFOR_USERS_FILE ${path} cannot be read as JSON: ${(error as Error).message}`, { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`DATAFOR_USERS_FILE ${path} must hold an object such as {"admin": "a password"}`);
  }
  const passwords: Partial<Record<DemoUser, string>> = {};
  for (const [user, password] of Object.entries(parsed)) {
    if (!DEMO_USERS.includes(user as DemoUser)) throw new Error(`DATAFOR_USERS_FILE: unknown user "${user}" (known: ${DEMO_USERS.join(', ')})`);
    if (typeof password !== 'string' || password === '') throw new Error(`DATAFOR_USERS_FILE: the password of "${user}" must be a non-empty string`);
    passwords[user as DemoUser] = password;
  }
  return passwords;
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${text}"`);
  return value;
}

function trustProxy(text: string | undefined): boolean | string[] {
  const value = (text ?? '').trim();
  if (value === '' || value === '0' || value.toLowerCase() === 'false') return false;
  if (value === '1' || value.toLowerCase() === 'true') return true;
  return value.split(/[\s,]+/).filter(Boolean);
}

function configuredPasswords(env: NodeJS.ProcessEnv): Partial<Record<DemoUser, string>> {
  const passwords = env.DATAFOR_USERS_FILE ? readUsersFile(env.DATAFOR_USERS_FILE) : {};
  for (const user of DEMO_USERS) {
    const fromEnv = env[`DATAFOR_${user.toUpperCase()}_PASSWORD`];
    if (fromEnv) passwords[user] = fromEnv;
  }
  return passwords;
}

async function main(): Promise<void> {
  const env = process.env;
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const dbPath = resolve(env.DATAFOR_DB ?? 'data/datafor.sqlite');
  const demoPasswords = configuredPasswords(env);
  const idleMinutes = positiveNumber(env, 'DATAFOR_SESSION_IDLE_MINUTES');
  const maxHours = positiveNumber(env, 'DATAFOR_SESSION_MAX_HOURS');
  const server = await startServer({
    dbPath,
    host: env.HOST ?? '127.0.0.1',
    port,
    staticDir: env.DATAFOR_STATIC_DIR ?? 'dist',
    logger: env.DATAFOR_LOG === '1',
    demoPasswords,
    frameAncestors: (env.DATAFOR_FRAME_ANCESTORS ?? '').split(/\s+/).filter(Boolean),
    testConnectTimeoutMs: env.DATAFOR_TEST_TIMEOUT_MS ? Number(env.DATAFOR_TEST_TIMEOUT_MS) : undefined,
    secretKey: env.DATAFOR_SECRET_KEY || undefined,
    trustedOrigins: (env.DATAFOR_TRUSTED_ORIGINS ?? '').split(/\s+/).filter(Boolean),
    trustProxy: trustProxy(env.DATAFOR_TRUST_PROXY),
    sessionIdleMs: idleMinutes === undefined ? undefined : idleMinutes * 60_000,
    sessionMaxAgeMs: maxHours === undefined ? undefined : maxHours * 3_600_000,
    serveSourceMaps: env.DATAFOR_SOURCE_MAPS === '1',
  });
  const lines = [
    `Datafor connection editor and local API: open ${server.url}/?name=foodmart2 and sign in as one of:`,
    `Database: ${dbPath}`,
    `Secrets encrypted with: ${env.DATAFOR_SECRET_KEY ? 'DATAFOR_SECRET_KEY' : keyFilePath(dbPath)}`,
    'Users:',
    ...DEMO_USERS.map((user) => {
      // Only the documented demo passwords are printed; replaced ones stay secret.
      const shown = demoPasswords[user] === undefined ? DEMO_PASSWORDS[user] : '(password from the environment)';
      return `  ${user.padEnd(8)} ${shown.padEnd(32)} ${DEMO_USER_TYPES[user]}`;
    }),
  ];
  console.log(lines.join('\n'));
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
