/**
 * The standalone page, laid out as Datafor's console: header, the searchable list of
 * connections on the left, the editor on the right; on a narrow window a button above the
 * editor opens the same list full screen.
 */
import { useState } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { connectionQueries } from '../api/connections';
import { ConnectionEditor } from '../editor/ConnectionEditor';
import { useMessages } from '../i18n/i18n';
import { ConnectionList } from '../list/ConnectionList';
import { ConnectionPicker } from '../list/ConnectionPicker';
import { AppHeader } from './AppHeader';
import { LeaveDialog } from './LeaveDialog';
import { appMessages } from './messages';
import { RenderFailureBoundary } from './RenderFailure';
import { useSession } from './session';
import { useConnectionNavigation } from './useConnectionNavigation';

export function ConnectionsPage() {
  const t = useMessages(appMessages);
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const session = useSession();
  const navigation = useConnectionNavigation();
  const list = useQuery(connectionQueries.list());
  const [askSignOut, setAskSignOut] = useState(false);

  const { openName } = navigation;
  const listed = openName === null ? undefined : list.data?.find((c) => c.name === openName);
  // The editor waits for the list only to know whether the user may edit; if the list
  // failed, the server's answer on save decides (CONNECTION_WRITE_FORBIDDEN → read-only).
  const rightsKnown = !list.isPending;

  const signOut = async () => {
    setAskSignOut(false);
    navigation.setDirty(false);
    await session.signOut();
  };

  // Signing out drops every cached answer, so unsaved edits would go: ask first.
  const requestSignOut = async () => {
    if (navigation.isDirty()) setAskSignOut(true);
    else await signOut();
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100dvh', bgcolor: 'background.default' }}>
      <AppHeader onSignOut={requestSignOut} />
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        {!narrow && (
          <Paper
            component="nav"
            square
            elevation={0}
            aria-label={t('pageTitle')}
            sx={{ width: 320, flexShrink: 0, borderRight: 1, borderColor: 'divider' }}
          >
            <ConnectionList
              query={list}
              selectedName={openName}
              onChoose={navigation.choose}
              onSignInAgain={() => void session.signInAgain()}
            />
          </Paper>
        )}
        <Box component="main" sx={{ flex: 1, minWidth: 0, overflowY: 'auto', p: { xs: 1.5, md: 3 } }}>
          {narrow && (
            <Box component="nav" aria-label={t('pageTitle')} sx={{ mb: 2 }}>
              <ConnectionPicker
                query={list}
                selectedName={openName}
                onChoose={navigation.choose}
                onSignInAgain={() => void session.signInAgain()}
              />
            </Box>
          )}
          {openName === null ? (
            <EmptyState narrow={narrow} />
          ) : (
            <RenderFailureBoundary resetKey={openName}>
              <EditorSlot name={openName} ready={rightsKnown} readOnly={listed ? !listed.canEdit : false} navigation={navigation} />
            </RenderFailureBoundary>
          )}
        </Box>
      </Box>
      {navigation.pendingLeave && openName !== null && (
        <LeaveDialog name={openName} onLeave={navigation.confirmLeave} onStay={navigation.cancelLeave} />
      )}
      {askSignOut && openName !== null && (
        <LeaveDialog name={openName} onLeave={() => void signOut()} onStay={() => setAskSignOut(false)} />
      )}
    </Box>
  );
}

function EditorSlot({
  name,
  ready,
  readOnly,
  navigation,
}: {
  name: string;
  ready: boolean;
  readOnly: boolean;
  navigation: ReturnType<typeof useConnectionNavigation>;
}) {
  // Started while the list is still arriving rather than after it: the form is ready sooner.
  usePrefetchQuery(connectionQueries.detail(name));
  usePrefetchQuery(connectionQueries.poolParameters());
  if (!ready) return null;
  return (
    <ConnectionEditor
      // No key: the editor keys its form by connection id, so a rename keeps the form and its "saved" message.
      name={name}
      readOnly={readOnly}
      onSaved={(saved) => navigation.followSave(saved.name)}
      onDirtyChange={navigation.setDirty}
    />
  );
}

function EmptyState({ narrow }: { narrow: boolean }) {
  const t = useMessages(appMessages);
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', height: '100%', minHeight: 240 }}>
      <Box sx={{ textAlign: 'center', maxWidth: 420 }}>
        <Typography variant="h2" component="h2" gutterBottom>
          {t('noConnectionTitle')}
        </Typography>
        <Typography color="text.secondary">{narrow ? t('noConnectionChosenNarrow') : t('noConnectionChosen')}</Typography>
      </Box>
    </Box>
  );
}
