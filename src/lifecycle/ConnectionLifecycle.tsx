import { useState } from 'react';
import Button from '@mui/material/Button';
import { useQuery } from '@tanstack/react-query';
import { useConnectionQueries, useDeleteConnection, type ListedConnectionView } from '../api/connections';
import { duplicateConnection } from '../connection/new-connection';
import type { UserType } from '../connection/wire';
import { ConnectionActions } from './ConnectionActions';
import type { DeleteConnectionDialogProps } from './DeleteConnectionDialog';
import { lazyPart, useLazyPart } from '../ui/lazy-part';
import { createDraft, type ConnectionDraft } from './draft';
import { deleteVerdict, mayCreateConnections } from './permissions';
import { lifecycleMessages } from './messages';
import { useMessages } from '../i18n/i18n';
import { ErrorAlert } from '../ui/ErrorAlert';

export interface ConnectionLifecycleProps {
  name: string;
  /** The open connection's list entry (its rights), when the list has it. */
  listed: ListedConnectionView | undefined;
  /** Every listed connection, in list order: copy names avoid them; a delete opens a neighbour. */
  connections: readonly ListedConnectionView[];
  userType: UserType | null;
  /** Whether the open form holds unsaved edits (asked when the dialog opens). */
  isDirty: () => boolean;
  onDuplicate: (draft: ConnectionDraft) => void;
  /** After a delete the server accepted: the neighbour to open, or null for none. */
  onDeleted: (deleted: string, next: string | null) => void;
}

// Needed only once the user presses Delete: not in the first bundle.
export const deleteDialogPart = lazyPart<DeleteConnectionDialogProps>(() => import('./DeleteConnectionDialog'));

/** The connection that takes a deleted one's place in the list: the next one, else the one before. */
export function neighbourOf(connections: readonly Pick<ListedConnectionView, 'name'>[], name: string): string | null {
  const index = connections.findIndex((c) => c.name === name);
  if (index < 0) return null;
  return connections[index + 1]?.name ?? connections[index - 1]?.name ?? null;
}

/** Duplicate and Delete for the open connection, with the delete confirmation. */
export function ConnectionLifecycle({ name, listed, connections, userType, isDirty, onDuplicate, onDeleted }: ConnectionLifecycleProps) {
  const t = useMessages(lifecycleMessages);
  const queries = useConnectionQueries();
  // The editor beside this loads the same query: this reads its answer and asks nothing more.
  const source = useQuery(queries.detail(name));
  const remove = useDeleteConnection();
  const [confirming, setConfirming] = useState<{ unsavedEdits: boolean } | null>(null);
  const deletion = deleteVerdict(userType, listed);
  // Fetched as the pointer or the focus reaches Delete, so the dialog usually opens at once.
  const [warm, setWarm] = useState(false);
  const { Component: DeleteConnectionDialog, error: dialogError, retry } = useLazyPart(deleteDialogPart, warm || confirming !== null);

  const duplicate = () => {
    if (!source.data) return;
    const copy = duplicateConnection(source.data, connections.map((c) => c.name));
    onDuplicate(createDraft('duplicate', copy, name));
  };

  const confirm = () => {
    // Chosen before the list loses the connection.
    const next = neighbourOf(connections, name);
    remove.mutate(name, {
      onSuccess: () => {
        setConfirming(null);
        onDeleted(name, next);
      },
    });
  };

  return (
    <>
      <ConnectionActions
        name={name}
        canDuplicate={mayCreateConnections(userType) && source.isSuccess}
        deletion={deletion}
        onDuplicate={duplicate}
        onWarmDelete={() => setWarm(true)}
        onDelete={() => {
          remove.reset();
          setConfirming({ unsavedEdits: isDirty() });
        }}
      />
      {confirming && dialogError !== undefined && (
        <ErrorAlert error={dialogError} context={t('deleteDialogFailed')} action={<Button color="inherit" size="small" onClick={retry}>{t('tryAgain')}</Button>} sx={{ mb: 1.5 }} />
      )}
      {confirming && DeleteConnectionDialog && (
        <DeleteConnectionDialog
          name={name}
          unsavedEdits={confirming.unsavedEdits}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={confirm}
          onCancel={() => setConfirming(null)}
        />
      )}
    </>
  );
}
