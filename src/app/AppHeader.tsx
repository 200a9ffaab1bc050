import { useState } from 'react';
import PersonIcon from '@mui/icons-material/Person';
import LoginOutlined from '@mui/icons-material/LoginOutlined';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api/ApiClientProvider';
import { signedInUserQuery } from '../api/session';
import type { UserType } from '../connection/wire';
import { useMessages } from '../i18n/i18n';
import { Tag } from '../ui/Tag';
import type { Locale } from '../i18n/messages';
import { useLocaleControl } from './AppProviders';
import { appMessages } from './messages';
import { useSession } from './session';

export function LanguageSwitch() {
  const t = useMessages(appMessages);
  const { locale, setLocale } = useLocaleControl();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={locale}
      aria-label={t('language')}
      onChange={(_event, next: Locale | null) => {
        if (next) setLocale(next);
      }}
      sx={{ bgcolor: 'background.paper' }}
    >
      <ToggleButton value="en" lang="en">
        {t('english')}
      </ToggleButton>
      <ToggleButton value="zh-CN" lang="zh-CN">
        {t('chinese')}
      </ToggleButton>
    </ToggleButtonGroup>
  );
}

const USER_TYPE_LABEL: Record<UserType, keyof typeof appMessages> = {
  Administrator: 'userTypeAdministrator',
  SYS_Creator: 'userTypeCreator',
  SYS_Reader: 'userTypeReader',
};

/** Who is signed in and as which user type; nothing at all when the server does not say. */
function SignedInUser() {
  const t = useMessages(appMessages);
  const client = useApiClient();
  const { data: user } = useQuery(signedInUserQuery(client));
  if (!user) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      <PersonIcon aria-hidden sx={{ color: 'text.secondary' }} />
      <Typography component="p" variant="body2" sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        <Box component="span" sx={{ color: 'text.secondary', display: { xs: 'none', sm: 'inline' } }}>
          {t('signedInAs')}{' '}
        </Box>
        <Box component="span" sx={{ fontWeight: 600 }}>
          {user.name}
        </Box>
      </Typography>
      {user.userType && <Tag label={t(USER_TYPE_LABEL[user.userType])} title={user.userType} />}
    </Box>
  );
}

export function AppHeader({ onSignOut }: { onSignOut: () => Promise<void> }) {
  const t = useMessages(appMessages);
  const session = useSession();
  const [signingOut, setSigningOut] = useState(false);
  const signOutLabel = signingOut ? t('signingOut') : t('signOut');
  return (
    <AppBar position="static" component="header" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
      <Toolbar sx={{ columnGap: 2, rowGap: 1, flexWrap: 'wrap', py: { xs: 1, md: 0 } }}>
        <Typography variant="h1" component="h1" sx={{ flexGrow: 1 }}>
          <Box component="span" sx={{ color: 'primary.main', mr: 1 }}>
            {t('productName')}
          </Box>
          {t('pageTitle')}
        </Typography>
        {session.status === 'signed-in' && <SignedInUser />}
        <LanguageSwitch />
        {session.status === 'signed-in' && (
          <Button
            startIcon={<LogoutOutlined aria-hidden />}
            color="inherit"
            loading={signingOut}
            loadingPosition="start"
            // On a phone the icon alone, so who is signed in, the language and this share one row.
            aria-label={signOutLabel}
            title={signOutLabel}
            sx={{ minWidth: 40, '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } } }}
            onClick={() => {
              setSigningOut(true);
              void onSignOut().finally(() => setSigningOut(false));
            }}
          >
            <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
              {signOutLabel}
            </Box>
          </Button>
        )}
        {/* The session ended under unsaved edits and the user chose to stay: the way back in. */}
        {session.status === 'expired' && (
          <Button startIcon={<LoginOutlined aria-hidden />} color="inherit" onClick={() => void session.signInAgain()}>
            {t('signIn')}
          </Button>
        )}
      </Toolbar>
    </AppBar>
  );
}
