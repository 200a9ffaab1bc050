/**
 * The editor without page chrome, shared by the iframe page and the mounted module: it
 * opens one connection, guards unsaved edits, and reports what happens through `onEvent`.
 */
import { useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { connectionQueries } from '../api/connections';
import { ConnectionEditor } from '../editor/ConnectionEditor';
import { useMessages } from '../i18n/i18n';
import type { EditorEvent } from './embed-protocol';
import { LeaveDialog } from './LeaveDialog';
import { appMessages } from './messages';
import { RenderFailureBoundary } from './RenderFailure';
import type { ConnectionNavigation } from './useConnectionNavigation';

export interface EmbeddedEditorProps {
  navigation: ConnectionNavigation;
  onEvent: (event: EditorEvent) => void;
}

export function EmbeddedEditor({ navigation, onEvent }: EmbeddedEditorProps) {
  const t = useMessages(appMessages);
  const { openName, dirty } = navigation;
  const rights = useQuery(connectionQueries.list());
  usePrefetchQuery(connectionQueries.poolParameters());
  const listed = openName === null ? undefined : rights.data?.find((c) => c.name === openName);
  const latestEvent = useRef(onEvent);
  useEffect(() => {
    latestEvent.current = onEvent;
  }, [onEvent]);

  const reportedDirty = useRef(false);
  useEffect(() => {
    if (dirty === reportedDirty.current) return;
    reportedDirty.current = dirty;
    latestEvent.current({ type: dirty ? 'dirty' : 'clean', name: openName });
  }, [dirty, openName]);

  const previousName = useRef(openName);
  useEffect(() => {
    if (previousName.current !== null && openName === null) {
      latestEvent.current({ type: 'closed', name: previousName.current });
    }
    previousName.current = openName;
  }, [openName]);

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      {openName === null ? (
        <Typography color="text.secondary" sx={{ p: 2 }}>
          {t('embedNoConnection')}
        </Typography>
      ) : rights.isPending ? null : (
        <RenderFailureBoundary resetKey={openName}>
          <ConnectionEditor
            // No key: the editor keys its form by connection id, so a rename keeps the form and its "saved" message.
            name={openName}
            readOnly={listed ? !listed.canEdit : false}
            onSaved={(saved) => {
              navigation.followSave(saved.name);
              latestEvent.current({ type: 'saved', name: saved.name, id: saved.id });
            }}
            onDirtyChange={navigation.setDirty}
            onClose={() => navigation.choose(null)}
          />
        </RenderFailureBoundary>
      )}
      {navigation.pendingLeave && openName !== null && (
        <LeaveDialog name={openName} onLeave={navigation.confirmLeave} onStay={navigation.cancelLeave} />
      )}
    </Box>
  );
}
