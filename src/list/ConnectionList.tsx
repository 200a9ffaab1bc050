/**
 * The connections the user can read, searchable, as Datafor's console shows them beside the
 * editor. Each entry is a real link (`?name=`) so it can be opened in a new tab; a plain
 * click stays in the page and goes through the leave guard.
 */
import { useDeferredValue, useState, type MouseEvent } from 'react';
import LockOutlined from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ListedConnectionView } from '../api/connections';
import { useMessages } from '../i18n/i18n';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Tag } from '../ui/Tag';
import { connectionHref, filterConnections } from './filter';
import { listMessages } from './messages';

export interface ConnectionListProps {
  query: UseQueryResult<ListedConnectionView[]>;
  selectedName: string | null;
  onChoose: (name: string) => void;
  /** Offered when the list is empty or refused: perhaps the wrong user (or nobody) is signed in. */
  onSignInAgain?: () => void;
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function ConnectionList({ query, selectedName, onChoose, onSignInAgain }: ConnectionListProps) {
  const t = useMessages(listMessages);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const connections = query.data ?? [];
  const shown = filterConnections(connections, deferredSearch);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ p: 2, pb: 1 }}>
        <Typography variant="h2" component="h2" id="datafor-connections-heading" sx={{ mb: 1.5 }}>
          {t('connections')}
        </Typography>
        <TextField
          type="search"
          label={t('search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          fullWidth
          autoComplete="off"
          slotProps={{ htmlInput: { 'aria-describedby': 'datafor-connections-count' } }}
        />
        <Typography id="datafor-connections-count" variant="caption" color="text.secondary" aria-live="polite">
          {query.isSuccess ? t('count', { shown: shown.length, total: connections.length }) : ' '}
        </Typography>
      </Box>
      <Box sx={{ flex: 1, overflowY: 'auto', minHeight: 0 }}>
        <ListStatus query={query} searching={deferredSearch.trim()} empty={shown.length === 0} onSignInAgain={onSignInAgain} />
        {shown.length > 0 && (
          <List aria-labelledby="datafor-connections-heading" dense disablePadding>
            {shown.map((connection) => {
              const selected = connection.name === selectedName;
              return (
                <ListItem key={connection.id ?? connection.name} disablePadding>
                  <ListItemButton
                    component="a"
                    href={connectionHref(connection.name)}
                    selected={selected}
                    aria-current={selected ? 'page' : undefined}
                    onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                      if (!isPlainClick(event)) return;
                      event.preventDefault();
                      onChoose(connection.name);
                    }}
                    sx={{ px: 2 }}
                  >
                    <ListItemText
                      primary={connection.name}
                      secondary={connection.typeName || connection.shortName || t('unknownType')}
                      slotProps={{ primary: { noWrap: true, title: connection.name } }}
                    />
                    {!connection.canEdit && (
                      <Box component="span" sx={{ ml: 1, flexShrink: 0, display: 'inline-flex' }}>
                        <Tag icon={<LockOutlined fontSize="small" aria-hidden />} label={t('readOnly')} title={t('readOnlyHint')} />
                      </Box>
                    )}
                  </ListItemButton>
                </ListItem>
              );
            })}
          </List>
        )}
      </Box>
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
