/**
 * The standalone page, laid out as Datafor's console: header, the searchable list of
 * connections on the left, the editor on the right; on a narrow window a button above the
 * editor opens the same list full screen.
 */
import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { useConnectionQueries } from '../api/connections';
import { ConnectionEditor } from '../editor/ConnectionEditor';
import { useMessages } from '../i18n/i18n';
import { ConnectionList } from '../list/ConnectionList';
import { ConnectionPicker } from '../list/ConnectionPicker';
import { AppHeader } from './AppHeader';
import { LeaveDialog } from './LeaveDialog';
import { appMessages } from './messages';
import { RenderFailureBoundary } from './RenderFailure';
import { useSession, useUnsavedEditsProbe } from './session';
import { SignedOutPage } from './SignedOutPage';
import { useConnectionNavigation } from './useConnectionNavigation';

export function ConnectionsPage() {
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const session = useSession();
  const navigation = useConnectionNavigation();
  useUnsavedEditsProbe(navigation.isDirty);
  const [askSignOut, setAskSignOut] = useState(false);
  const t = useMessages(appMessages);
  // The tab says which connection is open, in the page's language.
  const openName = session.status === 'signed-out' ? null : navigation.openName;
  useEffect(() => {
    document.title = openName === null ? t('tabTitle') : t('tabTitleConnection', { name: openName });
  }, [openName, t]);

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
    <Box
      sx={{
        display: 'flex',
        flexDirection: 'column',
        height: '100dvh',
        bgcolor: 'background.default',
        // Only the two panes scroll, never the document: a focused field or the wheel would
        // otherwise slide the header away. Positioned and clipped, so nothing inside (a visually
        // hidden span is absolutely positioned) can reach past the window and lengthen the page;
        // `clip`, unlike `hidden`, is no scroll container that scrollIntoView could move.
        position: 'relative',
        overflow: 'clip',
      }}
    >
      <AppHeader onSignOut={requestSignOut} />
      {session.status === 'signed-out' ? (
        <Box component="main" sx={{ flex: 1, minHeight: 0, overflowY: 'auto', position: 'relative' }}>
          <SignedOutPage reason={session.signedOutReason ?? 'not-signed-in'} onSignIn={() => void session.signInAgain()} />
        </Box>
      ) : (
        <ConnectionPanes narrow={narrow} navigation={navigation} onSignInAgain={() => void session.signInAgain()} />
      )}
      {navigation.pendingLeave && navigation.openName !== null && (
        <LeaveDialog
          name={navigation.openName}
          onLeave={navigation.confirmLeave}
          onStay={navigation.cancelLeave}
          onSaveAndLeave={navigation.saveAndLeave}
        />
      )}
      {askSignOut && navigation.openName !== null && (
        <LeaveDialog name={navigation.openName} onLeave={() => void signOut()} onStay={() => setAskSignOut(false)} />
      )}
    </Box>
  );
}

/** The list beside the editor (or the picker above it on a narrow window): the signed-in page. */
function ConnectionPanes({
  narrow,
  navigation,
  onSignInAgain,
}: {
  narrow: boolean;
  navigation: ReturnType<typeof useConnectionNavigation>;
  onSignInAgain: () => void;
}) {
  const t = useMessages(appMessages);
  const queries = useConnectionQueries();
  const list = useQuery(queries.list());
  const { openName } = navigation;
  const listed = openName === null ? undefined : list.data?.find((c) => c.name === openName);
  // The editor waits for the list only to know whether the user may edit; if the list
  // failed, the server's answer on save decides (CONNECTION_WRITE_FORBIDDEN → read-only).
  const rightsKnown = !list.isPending;

  return (
    <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
      {!narrow && (
        <Paper
          component="nav"
          square
          elevation={0}
          aria-label={t('pageTitle')}
          // Positioned: what is absolutely positioned inside stays in the pane and scrolls with it.
          sx={{ width: 320, flexShrink: 0, borderRight: 1, borderColor: 'divider', position: 'relative' }}
        >
          <ConnectionList
            query={list}
            selectedName={openName}
            onChoose={navigation.choose}
            onSignInAgain={onSignInAgain}
          />
        </Paper>
      )}
      {/* No bottom padding: the editor's sticky save bar sits on the pane's bottom edge, where
          the scroll margin of a focused field (the bar's height) expects it. */}
      <Box component="main" sx={{ flex: 1, minWidth: 0, overflowY: 'auto', position: 'relative', p: { xs: 1.5, md: 3 }, pb: { xs: 0, md: 0 } }}>
        {narrow && (
          <Box component="nav" aria-label={t('pageTitle')} sx={{ mb: 2 }}>
            <ConnectionPicker
              query={list}
              selectedName={openName}
              onChoose={navigation.choose}
              onSignInAgain={onSignInAgain}
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
  const queries = useConnectionQueries();
  usePrefetchQuery(queries.detail(name));
  usePrefetchQuery(queries.poolParameters());
  if (!ready) return null;
  return (
    <ConnectionEditor
      // No key: the editor keys its form by connection id, so a rename keeps the form and its "saved" message.
      name={name}
      readOnly={readOnly}
      onSaved={(saved) => navigation.followSave(saved.name)}
      onDirtyChange={navigation.setDirty}
      saveRequest={navigation.saveRequest}
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
