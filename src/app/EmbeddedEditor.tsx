/**
 * The editor without page chrome, shared by the iframe page and the mounted module: it
 * opens one connection, guards unsaved edits, and reports what happens through `onEvent`.
 */
import { useCallback, useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { useConnectionQueries } from '../api/connections';
import { mayEdit } from '../lifecycle/permissions';
import { ConnectionEditor } from '../editor/ConnectionEditor';
import { useMessages } from '../i18n/i18n';
import type { EditorEvent } from './embed-protocol';
import { LeaveDialog } from './LeaveDialog';
import { appMessages } from './messages';
import { RenderFailureBoundary } from './RenderFailure';
import { useSession, useUnsavedEditsProbe } from './session';
import { SignedOutPage } from './SignedOutPage';
import type { ConnectionNavigation } from './useConnectionNavigation';

export interface EmbeddedEditorProps {
  navigation: ConnectionNavigation;
  onEvent: (event: EditorEvent) => void;
}

export function EmbeddedEditor({ navigation, onEvent }: EmbeddedEditorProps) {
  const session = useSession();
  useUnsavedEditsProbe(navigation.isDirty);
  // Nobody signed in: no editor (and none of its calls, which would only ask again).
  if (session.status === 'signed-out') {
    return <SignedOutPage reason={session.signedOutReason ?? 'not-signed-in'} onSignIn={() => void session.signInAgain()} />;
  }
  return <EmbeddedConnection navigation={navigation} onEvent={onEvent} />;
}

function EmbeddedConnection({ navigation, onEvent }: EmbeddedEditorProps) {
  const t = useMessages(appMessages);
  const { openName, setDirty } = navigation;
  const queries = useConnectionQueries();
  const rights = useQuery(queries.list());
  usePrefetchQuery(queries.poolParameters());
  const listed = openName === null ? undefined : rights.data?.find((c) => c.name === openName);
  const latestEvent = useRef(onEvent);
  useEffect(() => {
    latestEvent.current = onEvent;
  }, [onEvent]);

  // The host hears each flip of the dirty flag once, straight from the form's report: no
  // re-render of this component on the keystroke that makes the form dirty.
  const reportedDirty = useRef(false);
  const report = useCallback((dirty: boolean, name: string | null) => {
    if (dirty === reportedDirty.current) return;
    reportedDirty.current = dirty;
    latestEvent.current({ type: dirty ? 'dirty' : 'clean', name });
  }, []);
  // The connection on screen, as of the last change of `openName`; events name it.
  const shownName = useRef(openName);
  const onDirtyChange = useCallback(
    (dirty: boolean) => {
      setDirty(dirty);
      report(dirty, shownName.current);
    },
    [report, setDirty],
  );

  useEffect(() => {
    if (shownName.current === openName) return;
    // Another connection (or none) is open: the edits of the previous one are gone.
    report(false, openName);
    if (shownName.current !== null && openName === null) {
      latestEvent.current({ type: 'closed', name: shownName.current });
    }
    shownName.current = openName;
  }, [openName, report]);

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      {openName === null ? (
        <Typography color="text.secondary" sx={{ p: 2 }}>
          {t('embedNoConnection')}
        </Typography>
      ) : (
        <RenderFailureBoundary resetKey={openName}>
          <ConnectionEditor
            // No key: the editor keys its form by connection id, so a rename keeps the form and its "saved" message.
            name={openName}
            // Not waiting for the list: see mayEdit. (No header here asks who is signed in.)
            readOnly={!mayEdit(null, listed)}
            onSaved={(saved) => {
              navigation.followSave(saved.name);
              latestEvent.current({ type: 'saved', name: saved.name, id: saved.id });
            }}
            onDirtyChange={onDirtyChange}
            onClose={() => navigation.choose(null)}
            saveRequest={navigation.saveRequest}
          />
        </RenderFailureBoundary>
      )}
      {navigation.pendingLeave && openName !== null && (
        <LeaveDialog name={openName} onLeave={navigation.confirmLeave} onStay={navigation.cancelLeave} onSaveAndLeave={navigation.saveAndLeave} />
      )}
    </Box>
  );
}
