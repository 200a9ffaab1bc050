import Box from '@mui/material/Box';
import type { ErrorDescription } from '../api/error-messages';
import { useMessages } from '../i18n/i18n';
import { uiMessages } from './messages';

/**
 * The "Details" disclosure under a failure: the code and the server's own words, verbatim,
 * for an administrator to quote to support. Nothing when there is neither.
 */
export function FailureDetails({ failure }: { failure: ErrorDescription }) {
  const t = useMessages(uiMessages);
  if (!failure.code && !failure.raw) return null;
  return (
    <Box component="details" sx={{ mt: 1 }}>
      <Box component="summary" sx={{ cursor: 'pointer' }}>
        {t('details')}
      </Box>
      <Box
        component="dl"
        sx={{
          m: 0,
          mt: 0.5,
          '& dt': { fontWeight: 600 },
          '& dd': { m: 0, mb: 0.5, fontFamily: 'fontFamilyMonospace', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
        }}
      >
        {failure.code && (
          <>
            <dt>{t('errorCode')}</dt>
            <dd>{failure.code}</dd>
          </>
        )}
        {failure.raw && (
          <>
            <dt>{t('serverMessage')}</dt>
            <dd>{failure.raw}</dd>
          </>
        )}
      </Box>
    </Box>
  );
}
