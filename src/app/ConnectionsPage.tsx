/**
 * The standalone page, laid out as Datafor's console: header, the searchable list of
 * connections on the left, the editor on the right; on a narrow window a button above the
 * editor opens the same list full screen.
 */
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api/ApiClientProvider';
import { useConnectionQueries, type ListedConnectionView } from '../api/connections';
import { signedInUserQuery } from '../api/session';
import type { DatabaseTypeEntry } from '../connection/catalogue';
import { newConnection } from '../connection/new-connection';
import { ConnectionEditor } from '../editor/ConnectionEditor';
import { useMessages } from '../i18n/i18n';
import { ConnectionList } from '../list/ConnectionList';
import { ConnectionPicker } from '../list/ConnectionPicker';
import { ConnectionLifecycle } from '../lifecycle/ConnectionLifecycle';
import { createDraft } from '../lifecycle/draft';
import { DraftEditor } from '../lifecycle/DraftEditor';
import { lifecycleMessages } from '../lifecycle/messages';
import { NewConnectionButton } from '../lifecycle/NewConnectionButton';
import { mayCreateConnections, mayEdit } from '../lifecycle/permissions';
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

  const lifecycle = useMessages(lifecycleMessages);
  // Leaving a connection being created: it has no name yet to ask about.
  const leavingName = navigation.openName ?? (navigation.draft ? lifecycle('newConnection') : null);

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
      {navigation.pendingLeave && leavingName !== null && (
        <LeaveDialog
          name={leavingName}
          onLeave={navigation.confirmLeave}
          onStay={navigation.cancelLeave}
          onSaveAndLeave={navigation.saveAndLeave}
        />
      )}
      {askSignOut && leavingName !== null && (
        <LeaveDialog name={leavingName} onLeave={() => void signOut()} onStay={() => setAskSignOut(false)} />
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
  const lifecycle = useMessages(lifecycleMessages);
  const queries = useConnectionQueries();
  const list = useQuery(queries.list());
  const client = useApiClient();
  // The header asks the same; this only reads its answer.
  const userType = useQuery(signedInUserQuery(client)).data?.userType ?? null;
  const { openName, draft } = navigation;
  const listed = openName === null ? undefined : list.data?.find((c) => c.name === openName);
  // What the last create or delete led to, said above the connection it left open.
  const [notice, setNotice] = useState<{ text: string; openName: string | null } | null>(null);
  const shownNotice = notice !== null && draft === null && notice.openName === openName ? notice.text : null;
  const startNew = (type: DatabaseTypeEntry) => navigation.startDraft(createDraft('new', newConnection(type)));
  const newButton = mayCreateConnections(userType) ? <NewConnectionButton onChoose={startNew} /> : undefined;

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
            actions={newButton}
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
          <Box component="nav" aria-label={t('pageTitle')} sx={{ mb: 2, display: 'flex', gap: 1, alignItems: 'center' }}>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <ConnectionPicker
                query={list}
                selectedName={openName}
                onChoose={navigation.choose}
                onSignInAgain={onSignInAgain}
              />
            </Box>
            {newButton}
          </Box>
        )}
        {shownNotice !== null && (
          <Alert severity="success" role="status" onClose={() => setNotice(null)} slotProps={{ closeButton: { title: lifecycle('dismiss') } }} sx={{ mb: 2 }}>
            {shownNotice}
          </Alert>
        )}
        {draft !== null ? (
          <RenderFailureBoundary resetKey={`draft-${draft.key}`}>
            <DraftEditor
              draft={draft}
              onDirtyChange={navigation.setDirty}
              onSaved={(saved) => {
                setNotice({ text: lifecycle('created', { name: saved.name }), openName: saved.name });
                navigation.followSave(saved.name);
              }}
            />
          </RenderFailureBoundary>
        ) : openName === null ? (
          <EmptyState narrow={narrow} />
        ) : (
          <RenderFailureBoundary resetKey={openName}>
            <ConnectionLifecycle
              key={openName}
              name={openName}
              listed={listed}
              connections={list.data ?? NO_CONNECTIONS}
              userType={userType}
              isDirty={navigation.isDirty}
              onDuplicate={navigation.startDraft}
              onDeleted={(deleted, next) => {
                setNotice({ text: lifecycle('deleted', { name: deleted }), openName: next });
                navigation.followDelete(next);
              }}
            />
            {/* Not waiting for the list (see mayEdit): if it failed, the server's answer on save
                decides (CONNECTION_WRITE_FORBIDDEN → read-only). */}
            <EditorSlot name={openName} readOnly={!mayEdit(userType, listed)} navigation={navigation} />
          </RenderFailureBoundary>
        )}
      </Box>
    </Box>
  );
}

const NO_CONNECTIONS: readonly ListedConnectionView[] = [];

function EditorSlot({
  name,
  readOnly,
  navigation,
}: {
  name: string;
  readOnly: boolean;
  navigation: ReturnType<typeof useConnectionNavigation>;
}) {
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
