export type ReadOnlyReason = 'refused-on-save' | 'reader-user-type' | 'view-only-account' | 'no-edit-permission';

/**
 * Why the form is read-only, in the terms the user can act on: one reason, never a choice of
 * two. The signed-in user's type (from the session, when the server tells it) decides first:
 * a Reader never edits; any other type is read-only here for want of Edit on this connection.
 * A refusal on save names the type when the server does. Without a known type, the access map
 * of the list tells "no Edit anywhere" from "no Edit on this one".
 */
export function readOnlyReason(input: {
  listed?: readonly { canEdit: boolean }[];
  forbiddenMessage?: string | null;
  userType?: string | null;
}): ReadOnlyReason {
  if (input.forbiddenMessage != null) {
    return /SYS_Reader/i.test(input.forbiddenMessage) || input.userType === 'SYS_Reader' ? 'reader-user-type' : 'refused-on-save';
  }
  if (input.userType === 'SYS_Reader') return 'reader-user-type';
  if (input.userType) return 'no-edit-permission';
  const listed = input.listed;
  if (listed && listed.length > 0 && listed.every((c) => !c.canEdit)) return 'view-only-account';
  return 'no-edit-permission';
}
