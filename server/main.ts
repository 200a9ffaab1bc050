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
  const server = await startServer({
    dbPath,
    host: env.HOST ?? '127.0.0.1',
    port,
    staticDir: env.DATAFOR_STATIC_DIR ?? 'dist',
    logger: env.DATAFOR_LOG === '1',
    demoPasswords,
    frameAncestors: (env.DATAFOR_FRAME_ANCESTORS ?? '').split(/\s+/).filter(Boolean),
    testConnectTimeoutMs: env.DATAFOR_TEST_TIMEOUT_MS ? Number(env.DATAFOR_TEST_TIMEOUT_MS) : undefined,
  });
  const lines = [
    `Datafor connection editor and local API: open ${server.url}/?name=foodmart2 and sign in as one of:`,
    `Database: ${dbPath}`,
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
