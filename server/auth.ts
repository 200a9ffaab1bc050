/**
 * Who is calling: HTTP Basic on any request, or a JSESSIONID session made by the login
 * endpoint. User passwords are stored as scrypt hashes; sessions live in memory and expire
 * after an idle period, as a servlet container's would, and at the latest after an absolute
 * lifetime.
 */
import { randomBytes, scrypt, timingSafeEqual, createHash } from 'node:crypto';
import type { Caller } from './permissions';
import type { DataforStore } from './store';

export type { Caller } from './permissions';

const SCRYPT_KEY_LENGTH = 32;

function scryptAsync(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, SCRYPT_KEY_LENGTH, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `scrypt$<salt b64>$<key b64>` */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt);
  return `scrypt$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, saltB64, keyB64] = stored.split('$');
  if (scheme !== 'scrypt' || !saltB64 || !keyB64) return false;
  const expected = Buffer.from(keyB64, 'base64');
  const actual = await scryptAsync(password, Buffer.from(saltB64, 'base64'));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

// Unknown user names still cost one scrypt, so timing does not tell which names exist.
const DUMMY_HASH_PROMISE = hashPassword(randomBytes(12).toString('hex'));

export class Authenticator {
  /**
   * Basic credentials already verified, keyed by a digest of user, password and stored hash:
   * scrypt on every API call would make each request cost tens of milliseconds. A changed
   * stored hash changes the key, so a replaced password is never accepted from the cache.
   */
  private readonly verifiedBasic = new Set<string>();

  constructor(private readonly store: DataforStore) {}

  async checkCredentials(username: string, password: string): Promise<Caller | undefined> {
    const user = this.store.user(username);
    if (!user) {
      await verifyPassword(password, await DUMMY_HASH_PROMISE);
      return undefined;
    }
    const cacheKey = createHash('sha256').update(`${username}\0${password}\0${user.passwordHash}`).digest('hex');
    if (this.verifiedBasic.has(cacheKey)) return { username: user.username, userType: user.userType };
    if (!(await verifyPassword(password, user.passwordHash))) return undefined;
    if (this.verifiedBasic.size > 1000) this.verifiedBasic.clear();
    this.verifiedBasic.add(cacheKey);
    return { username: user.username, userType: user.userType };
  }

  /** The user behind a session, re-read so a changed user type applies at once. */
  userOf(username: string): Caller | undefined {
    const user = this.store.user(username);
    return user ? { username: user.username, userType: user.userType } : undefined;
  }
}

/** Parses `Authorization: Basic …`; undefined when the header is absent or not Basic. */
export function parseBasicAuthorization(header: string | undefined): { username: string; password: string } | null | undefined {
  if (!header) return undefined;
  const match = /^Basic\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return /^Basic\b/i.test(header) ? null : undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

interface Session {
  username: string;
  createdAt: number;
  lastSeen: number;
}

export const SESSION_COOKIE = 'JSESSIONID';

export interface SessionLifetime {
  /** Ends a session unused for this long (a servlet container's session time-out). */
  idleMs: number;
  /** Ends a session this long after sign-in, however busy: a stolen cookie does not live for ever. */
  maxAgeMs: number;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly lifetime: SessionLifetime) {}

  create(username: string): string {
    const id = randomBytes(24).toString('hex').toUpperCase();
    const now = Date.now();
    this.sessions.set(id, { username, createdAt: now, lastSeen: now });
    return id;
  }

  /** The session's user, refreshing its idle timer; undefined when unknown or expired. */
  touch(id: string | undefined): string | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    const now = Date.now();
    if (this.expired(session, now)) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastSeen = now;
    return session.username;
  }

  end(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }

  /** Ends every session at once: how tests simulate a session expiring under the user. */
  expireAll(): void {
    this.sessions.clear();
  }

  sweep(): void {
    const now = Date.now();
    for (const [id, session] of this.sessions) {
      if (this.expired(session, now)) this.sessions.delete(id);
    }
  }

  private expired(session: Session, now: number): boolean {
    return now - session.lastSeen > this.lifetime.idleMs || now - session.createdAt > this.lifetime.maxAgeMs;
  }
}
