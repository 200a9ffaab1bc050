/** What the page shows while nobody is signed in: one plain sentence and one way forward. */
import LoginOutlined from '@mui/icons-material/LoginOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMessages } from '../i18n/i18n';
import { appMessages } from './messages';
import type { SignedOutReason } from './session-state';
import { signedOutMessages } from './signed-out-messages';

const TEXTS: Record<SignedOutReason, { title: keyof typeof signedOutMessages; body: keyof typeof signedOutMessages }> = {
  'not-signed-in': { title: 'signedOutTitleNotSignedIn', body: 'signedOutBodyNotSignedIn' },
  'signed-out': { title: 'signedOutTitleSignedOut', body: 'signedOutBodySignedOut' },
  expired: { title: 'signedOutTitleExpired', body: 'signedOutBodyExpired' },
};

export function SignedOutPage({ reason, onSignIn }: { reason: SignedOutReason; onSignIn: () => void }) {
  const t = useMessages(appMessages);
  const s = useMessages(signedOutMessages);
  const { title, body } = TEXTS[reason];
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', height: '100%', minHeight: 240, p: 3 }}>
      <Box sx={{ textAlign: 'center', maxWidth: 440 }}>
        <Typography variant="h2" component="h2" gutterBottom>
          {s(title)}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {s(body)}
        </Typography>
        <Button variant="contained" size="large" startIcon={<LoginOutlined aria-hidden />} onClick={onSignIn}>
          {t('signIn')}
        </Button>
      </Box>
    </Box>
  );
}
