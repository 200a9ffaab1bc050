import { useState } from 'react';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useMessages } from '../i18n/i18n';
import type { Locale } from '../i18n/messages';
import { useLocaleControl } from './AppProviders';
import { appMessages } from './messages';

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

export function AppHeader({ onSignOut }: { onSignOut: () => Promise<void> }) {
  const t = useMessages(appMessages);
  const [signingOut, setSigningOut] = useState(false);
  return (
    <AppBar position="static" component="header" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
      <Toolbar sx={{ columnGap: 2, rowGap: 1, flexWrap: 'wrap', py: { xs: 1, md: 0 } }}>
        <Typography variant="h1" component="h1" sx={{ flexGrow: 1 }}>
          <Box component="span" sx={{ color: 'primary.main', mr: 1 }}>
            {t('productName')}
          </Box>
          {t('pageTitle')}
        </Typography>
        <LanguageSwitch />
        <Button
          startIcon={<LogoutOutlined aria-hidden />}
          color="inherit"
          loading={signingOut}
          loadingPosition="start"
          onClick={() => {
            setSigningOut(true);
            void onSignOut().finally(() => setSigningOut(false));
          }}
        >
          {signingOut ? t('signingOut') : t('signOut')}
        </Button>
      </Toolbar>
    </AppBar>
  );
}
