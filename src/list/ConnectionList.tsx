/**
 * The connections the user can read, searchable, as Datafor's console shows them beside the
 * editor. Search runs in the page (Datafor's `list` has no filter) over name, type, host and
 * database; ArrowDown in the search box moves into the results, Enter there opens the first
 * match.
 */
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ListedConnectionView } from '../api/connections';
import { useMessages } from '../i18n/i18n';
import { ErrorAlert } from '../ui/ErrorAlert';
import { listMessages } from './messages';
import { searchConnections, searchIndexFor } from './search';
import { VirtualConnectionList, type VirtualConnectionListHandle } from './VirtualConnectionList';

export interface ConnectionListProps {
  query: UseQueryResult<ListedConnectionView[]>;
  selectedName: string | null;
  onChoose: (name: string) => void;
  /** Offered when the list is empty or refused: perhaps the wrong user (or nobody) is signed in. */
  onSignInAgain?: () => void;
  /** Id of a heading outside that names the list (a dialog's title); without it the list shows its own. */
  labelledBy?: string;
  /** In a dialog opened for searching, the search box takes focus as the dialog opens. */
  focusSearchOnMount?: boolean;
  /** Shown beside the list's own heading (e.g. "New connection"). */
  actions?: ReactNode;
}

const NO_CONNECTIONS: ListedConnectionView[] = [];

/** Prepares the search index while the browser is idle, so the first keystroke does not pay for it. */
function usePreparedSearch(connections: readonly ListedConnectionView[]): void {
  useEffect(() => {
    if (connections.length === 0) return;
    const prepare = () => void searchIndexFor(connections);
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(prepare, { timeout: 2_000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(prepare, 200);
    return () => window.clearTimeout(id);
  }, [connections]);
}

export function ConnectionList({
  query,
  selectedName,
  onChoose,
  onSignInAgain,
  labelledBy,
  focusSearchOnMount = false,
  actions,
}: ConnectionListProps) {
  const t = useMessages(listMessages);
  const id = useId();
  const headingId = `${id}-heading`;
  const countId = `${id}-count`;
  const searchId = `${id}-search`;
  const [search, setSearch] = useState('');
  // The box shows each letter at once; the list follows one background render behind.
  const deferredSearch = useDeferredValue(search);
  const connections = query.data ?? NO_CONNECTIONS;
  usePreparedSearch(connections);
  const shown = useMemo(() => searchConnections(connections, deferredSearch), [connections, deferredSearch]);
  const searchBox = useRef<HTMLInputElement>(null);
  const rows = useRef<VirtualConnectionListHandle>(null);
  const backToSearch = useCallback(() => searchBox.current?.focus(), []);
  useEffect(() => {
    if (focusSearchOnMount) searchBox.current?.focus();
  }, [focusSearchOnMount]);

  // ArrowDown pressed before the results of the last keystrokes are on screen: their first
  // row takes focus once they are (focusing the row of the results they replace would lose it).
  const focusFirstWhenShown = useRef(false);
  useEffect(() => {
    if (!focusFirstWhenShown.current || deferredSearch !== search) return;
    focusFirstWhenShown.current = false;
    rows.current?.focusFirst();
  }, [deferredSearch, search]);

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (deferredSearch === search) rows.current?.focusFirst();
      else focusFirstWhenShown.current = true;
    } else if (event.key === 'Enter' && search.trim() && !event.nativeEvent.isComposing) {
      // What is typed now, not the list one render behind it.
      const first = searchConnections(connections, search)[0];
      if (first) {
        event.preventDefault();
        onChoose(first.name);
      }
    }
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ p: 2, pb: 1 }}>
        {!labelledBy && (
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1.5 }}>
            <Typography variant="h2" component="h2" id={headingId}>
              {t('connections')}
            </Typography>
            {actions}
          </Box>
        )}
        <TextField
          id={searchId}
          type="search"
          label={t('search')}
          helperText={t('searchHelp')}
          value={search}
          onChange={(event) => {
            focusFirstWhenShown.current = false;
            setSearch(event.target.value);
          }}
          onKeyDown={onSearchKeyDown}
          fullWidth
          autoComplete="off"
          inputRef={searchBox}
          slotProps={{ htmlInput: { 'aria-describedby': `${searchId}-helper-text ${countId}` } }}
        />
        <Typography id={countId} variant="caption" color="text.secondary" aria-live="polite">
          {query.isSuccess ? t('count', { shown: shown.length, total: connections.length }) : ' '}
        </Typography>
      </Box>
      <ListStatus query={query} searching={deferredSearch.trim()} empty={shown.length === 0} onSignInAgain={onSignInAgain} />
      {shown.length > 0 && (
        <VirtualConnectionList
          // A new search is a new list, read from its top (and a fresh scroll box costs less
          // than scrolling the old one back, which forces a layout).
          key={deferredSearch}
          ref={rows}
          connections={shown}
          selectedName={selectedName}
          onChoose={onChoose}
          labelledBy={labelledBy ?? headingId}
          onBackToSearch={backToSearch}
          revealSelected={deferredSearch.trim() === ''}
        />
      )}
    </Box>
  );
}

function ListStatus({
  query,
  searching,
  empty,
  onSignInAgain,
}: {
  query: UseQueryResult<ListedConnectionView[]>;
  searching: string;
  empty: boolean;
  onSignInAgain?: () => void;
}) {
  const t = useMessages(listMessages);
  if (query.isPending) {
    return (
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1 }}>
        <CircularProgress size={16} aria-hidden />
        <Typography variant="body2">{t('loading')}</Typography>
      </Box>
    );
  }
  if (query.isError) {
    return (
      <ErrorAlert
        error={query.error}
        sx={{ mx: 2 }}
        action={
          <>
            <Button color="inherit" size="small" onClick={() => void query.refetch()}>
              {t('retry')}
            </Button>
            {onSignInAgain && (
              <Button color="inherit" size="small" onClick={onSignInAgain}>
                {t('signInAgain')}
              </Button>
            )}
          </>
        }
      />
    );
  }
  if (!empty) return null;
  if (searching) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1 }}>
        {t('noMatch', { query: searching })}
      </Typography>
    );
  }
  return (
    <Box sx={{ px: 2, py: 1 }}>
      <Typography variant="body2" color="text.secondary">
        {t('none')}
      </Typography>
      {onSignInAgain && (
        <Button size="small" onClick={onSignInAgain} sx={{ mt: 1 }}>
          {t('signInAgain')}
        </Button>
      )}
    </Box>
  );
}
