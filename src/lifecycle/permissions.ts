/**
 * What the signed-in user may do to connections, as far as the page can tell before asking the
 * server (which decides in the end): Datafor's rules from ../shared/api/CONTRACT.md.
 */
import type { ListedConnectionView } from '../api/connections';
import type { UserType } from '../connection/wire';

/** SYS_Creator and Administrator create content; a SYS_Reader only views. An unknown type is left to the server. */
export function mayCreateConnections(userType: UserType | null): boolean {
  return userType !== 'SYS_Reader';
}

/**
 * Edit needs the Edit permission (code 1, or Full control) and a user type that creates content.
 * Before the list has told (10,000 connections take a while to arrive), the form does not wait:
 * it opens editable and the server judges a save, as with a server that sends no access map;
 * the list's answer then turns it read-only where it must.
 */
export function mayEdit(userType: UserType | null, listed: Pick<ListedConnectionView, 'canEdit'> | undefined): boolean {
  return userType !== 'SYS_Reader' && (listed?.canEdit ?? true);
}

export type DeleteVerdict = { allowed: true } | { allowed: false; reason: 'viewOnlyAccount' | 'noDeletePermission' };

/** Delete needs the Delete permission (code 2, or Full control) and a user type that creates content. */
export function deleteVerdict(userType: UserType | null, listed: Pick<ListedConnectionView, 'canDelete'> | undefined): DeleteVerdict {
  if (userType === 'SYS_Reader') return { allowed: false, reason: 'viewOnlyAccount' };
  if (listed && !listed.canDelete) return { allowed: false, reason: 'noDeletePermission' };
  return { allowed: true };
}
