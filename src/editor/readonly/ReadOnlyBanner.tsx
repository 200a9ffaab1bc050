import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import { useConnectionQueries } from '../../api/connections';
import { signedInUserQuery } from '../../api/session';
import { useMessages } from '../../i18n/i18n';
import { readOnlyMessages } from './messages';
import { readOnlyReason, type ReadOnlyReason } from './read-only-reason';

export interface ReadOnlyBannerProps {
  /**
   * The server's `msg` when a save was refused with CONNECTION_WRITE_FORBIDDEN; absent when
   * the form opened read-only because the list's access map has no Edit for this connection.
   */
  forbiddenMessage?: string | null;
}

const TEXT_KEY: Record<ReadOnlyReason, keyof typeof readOnlyMessages> = {
  'refused-on-save': 'refusedOnSave',
  'reader-user-type': 'readerUserType',
  'view-only-account': 'viewOnlyAccount',
  'no-edit-permission': 'noEditPermission',
};

/** Says, before the user types anything, that this form cannot be saved and why. */
export function ReadOnlyBanner({ forbiddenMessage }: ReadOnlyBannerProps) {
  const t = useMessages(readOnlyMessages);
  // The page's list already holds this (same query key), so this is normally no request at all.
  const queries = useConnectionQueries();
  const { data: listed } = useQuery({ ...queries.list(), enabled: forbiddenMessage == null });
  // The header asks the same (same key): who is signed in, and as which user type.
  const { data: user } = useQuery(signedInUserQuery(useApiClient()));
  const reason = readOnlyReason({ listed, forbiddenMessage, userType: user?.userType });
  return (
    <Alert
      severity={reason === 'refused-on-save' || forbiddenMessage != null ? 'warning' : 'info'}
      icon={<LockOutlinedIcon fontSize="inherit" />}
      // Opening read-only is information; being refused on save interrupts the user, so it is announced.
      role={forbiddenMessage != null ? 'alert' : 'note'}
      aria-label={t('title')}
    >
      <AlertTitle>{t('title')}</AlertTitle>
      {t(TEXT_KEY[reason])}
      {/* Opened read-only, the form holds the connection exactly as saved: the server lets
          anyone who can read it test it so (server/test-policy.ts). */}
      {forbiddenMessage == null && ` ${t('canTest')}`}
      {forbiddenMessage && (
        <Box component="p" sx={{ m: 0, mt: 0.5, fontSize: '0.85em', wordBreak: 'break-word' }}>
          {t('serverSaid', { msg: forbiddenMessage })}
        </Box>
      )}
    </Alert>
  );
}
