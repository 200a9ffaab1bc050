/**
 * Who may do what to a connection, as Datafor decides it (../shared/api/CONTRACT.md, "Users,
 * permissions, sign-in"): pure functions of the caller, the connection's ACL and the action.
 * The endpoints turn a refusal into the contract's message with `refusalMessage`.
 */
import { PERMISSION, type ErrorPrefix, type UserType } from '../src/connection/wire';

export interface Caller {
  username: string;
  userType: UserType;
}

export type PermissionCode = (typeof PERMISSION)[keyof typeof PERMISSION];

export const ALL_PERMISSION_CODES: readonly PermissionCode[] = [
  PERMISSION.read,
  PERMISSION.edit,
  PERMISSION.delete,
  PERMISSION.manage,
  PERMISSION.full,
];

/** A connection's ACL: the permission codes granted to each user name. */
export type ConnectionAcl = Readonly<Record<string, readonly string[] | undefined>>;

export type Action = 'read' | 'edit' | 'delete' | 'create';

export type Refusal =
  | { allowed: false; prefix: 'CONNECTION_READ_FORBIDDEN'; why: 'noRead' }
  | { allowed: false; prefix: 'CONNECTION_WRITE_FORBIDDEN'; why: 'viewOnlyUser' | 'noEdit' }
  | { allowed: false; prefix: 'CONNECTION_DELETE_FORBIDDEN'; why: 'viewOnlyUser' | 'noDelete' }
  | { allowed: false; prefix: 'CONNECTION_CREATE_FORBIDDEN'; why: 'viewOnlyUser' };

export type Decision = { allowed: true } | Refusal;

const ALLOWED: Decision = { allowed: true };

/** SYS_Creator and Administrator create content; a SYS_Reader only views. */
export function mayCreateContent(userType: UserType): boolean {
  return userType === 'SYS_Creator' || userType === 'Administrator';
}

/**
 * The permission codes a caller effectively holds on a connection: every code for an
 * Administrator; Full control implies the others; any grant implies Read; and a SYS_Reader
 * holds Read at most, whatever the ACL says.
 */
export function effectiveCodes(caller: Caller, acl: ConnectionAcl): Set<PermissionCode> {
  if (caller.userType === 'Administrator') return new Set(ALL_PERMISSION_CODES);
  const granted = new Set(acl[caller.username] ?? []);
  const full = granted.has(PERMISSION.full);
  const codes = new Set<PermissionCode>();
  if (full || granted.size > 0) codes.add(PERMISSION.read);
  if (!mayCreateContent(caller.userType)) return codes;
  for (const code of [PERMISSION.edit, PERMISSION.delete, PERMISSION.manage]) {
    if (full || granted.has(code)) codes.add(code);
  }
  if (full) codes.add(PERMISSION.full);
  return codes;
}

/**
 * Whether `caller` may do `action` to the connection whose ACL is `acl`. With `acl` null, only
 * the user type is judged: whether the caller may do this to any connection at all (`create`
 * concerns no connection and always passes null).
 */
export function decide(caller: Caller, acl: ConnectionAcl | null, action: Action): Decision {
  const viewOnly = !mayCreateContent(caller.userType);
  const holds = (code: PermissionCode): boolean => acl === null || effectiveCodes(caller, acl).has(code);
  switch (action) {
    case 'create':
      return viewOnly ? { allowed: false, prefix: 'CONNECTION_CREATE_FORBIDDEN', why: 'viewOnlyUser' } : ALLOWED;
    case 'read':
      return holds(PERMISSION.read) ? ALLOWED : { allowed: false, prefix: 'CONNECTION_READ_FORBIDDEN', why: 'noRead' };
    case 'edit':
      if (viewOnly) return { allowed: false, prefix: 'CONNECTION_WRITE_FORBIDDEN', why: 'viewOnlyUser' };
      return holds(PERMISSION.edit) ? ALLOWED : { allowed: false, prefix: 'CONNECTION_WRITE_FORBIDDEN', why: 'noEdit' };
    case 'delete':
      if (viewOnly) return { allowed: false, prefix: 'CONNECTION_DELETE_FORBIDDEN', why: 'viewOnlyUser' };
      return holds(PERMISSION.delete) ? ALLOWED : { allowed: false, prefix: 'CONNECTION_DELETE_FORBIDDEN', why: 'noDelete' };
  }
}

/** Deleting a connection that does not exist is refused exactly as if it were forbidden (contract). */
export function deleteMissingRefusal(caller: Caller): Refusal {
  return { allowed: false, prefix: 'CONNECTION_DELETE_FORBIDDEN', why: mayCreateContent(caller.userType) ? 'noDelete' : 'viewOnlyUser' };
}

/**
 * The refusal as the contract's `msg`: its prefix, then the reason in plain words.
 * `connection` is how the caller named it (never a stored name they may not read).
 */
export function refusalMessage(refusal: Refusal, caller: Caller, connection: string): string {
  const user = `user "${caller.username}"`;
  const reason = ((): string => {
    switch (refusal.why) {
      case 'noRead':
        return `${user} may not read connection ${connection}`;
      case 'noEdit':
        return `${user} has no Edit permission on connection ${connection}`;
      case 'noDelete':
        return `${user} may not delete connection ${connection}`;
      case 'viewOnlyUser': {
        const verb = { CONNECTION_WRITE_FORBIDDEN: 'change', CONNECTION_DELETE_FORBIDDEN: 'delete', CONNECTION_CREATE_FORBIDDEN: 'create' }[
          refusal.prefix
        ];
        return `${user} is a ${caller.userType} and may not ${verb} connections`;
      }
    }
  })();
  return `${refusal.prefix satisfies ErrorPrefix}: ${reason}`;
}

/** A connection as messages name it: `"name"`, quoted. */
export function quoted(name: string): string {
  return `"${name}"`;
}
