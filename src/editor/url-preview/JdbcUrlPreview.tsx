import { memo, useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import Button from '@mui/material/Button';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import { resolveDatabaseType } from '../../connection/catalogue';
import { attributesWithEdits } from '../../connection/convert';
import { READABLE_ATTRIBUTE_FIELDS, type SimpleFieldKey } from '../../connection/fields';
import type { ConnectionFormValues } from '../../connection/form';
import { buildJdbcUrl } from '../../connection/jdbc-url';
import { containsVariable } from '../../connection/rules';
import type { WireConnection } from '../../connection/wire';
import { useMessages } from '../../i18n/i18n';
import { copyText } from './copy-text';
import { urlPreviewMessages } from './messages';
import { useOptionRows } from '../option-edits';
import { useFormMethods } from '../form-methods';

export interface JdbcUrlPreviewProps {
  /**
   * The connection the form started from: its type (so a type the catalogue lacks still
   * resolves to its own entry) and its stored attributes, under the form's edits of them.
   */
  original: WireConnection;
}

interface Preview {
  url: string;
  /** JNDI and plugin connections are looked up by name on the server: they have no URL. */
  lookedUpByName: boolean;
  /** A type whose URL rule this editor lacks (unknown to the catalogue, or not named by the server). */
  noRule: boolean;
}


/**
 * The settings the URL is made of. Watching only these (not the whole form) matters: while
 * anything watches a field, react-hook-form copies all form values on each keystroke in it,
 * and the name, credentials and pool rows have nothing to do with the URL. The option rows are
 * followed apart, for the same reason (see below).
 */
const URL_FIELDS = [
  'databaseTypeShortName',
  'accessType',
  'hostname',
  'port',
  'databaseName',
  'username',
  'customUrl',
  'sqlServerInstance',
  'informixServername',
] as const;

/** Every field of the table stored in an attribute (warehouse, jdbcAuthMethod, …) but the secrets. */
const ATTRIBUTE_FIELDS: readonly SimpleFieldKey[] = READABLE_ATTRIBUTE_FIELDS.map((field) => field.key);
const WATCHED = [...URL_FIELDS, ...ATTRIBUTE_FIELDS];

type UrlValues = Pick<ConnectionFormValues, (typeof URL_FIELDS)[number]>;

/**
 * The URL the settings on screen produce, worked out in a deferred render: a keystroke in a
 * host or option field renders the field alone, and the preview catches up in a background
 * render straight after (issue 6: the text field, copy button and status re-rendering inside
 * every keystroke). The option rows come from `useOptionRows`, not from watching `options`:
 * with 2,000 rows, neither a copy of every value nor building their part of the URL belongs in
 * a keystroke (issue 16).
 */
export default function JdbcUrlPreview({ original }: JdbcUrlPreviewProps) {
  const { control } = useFormMethods();
  const fields = useWatch({ control, name: WATCHED as readonly (keyof ConnectionFormValues)[] });
  const shownFields = useDeferredValue(fields);
  const shownRows = useDeferredValue(useOptionRows());
  const preview = useMemo((): Preview => {
    const values = Object.fromEntries(WATCHED.map((key, i) => [key, shownFields[i]])) as UrlValues &
      Partial<Record<SimpleFieldKey, string | boolean>>;
    const { databaseTypeShortName, ...inputs } = values;
    const type = resolveDatabaseType(databaseTypeShortName, original.databaseType);
    return {
      // The stored attributes as the form would save them; secrets are never among them.
      url: buildJdbcUrl({ ...inputs, options: shownRows, attributes: attributesWithEdits(original, values) }, type),
      lookedUpByName: values.accessType === 'JNDI' || values.accessType === 'PLUGIN',
      noRule: type.urlShape === 'none',
    };
  }, [original, shownFields, shownRows]);
  return <PreviewBox url={preview.url} lookedUpByName={preview.lookedUpByName} noRule={preview.noRule} />;
}

const PreviewBox = memo(function PreviewBox({ url, lookedUpByName, noRule }: Preview) {
  const t = useMessages(urlPreviewMessages);
  const theme = useTheme();
  const inputRef = useRef<HTMLTextAreaElement | null>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const id = useId();

  const copy = useCallback(async () => {
    const copied = await copyText(url, inputRef.current);
    setCopyState(copied ? 'copied' : 'failed');
    if (!copied) {
      // Leave the text selected so the keyboard shortcut the message names works at once.
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  }, [url]);

  return (
    <Stack spacing={1}>
      <TextField
        id={id}
        label={t('label')}
        value={url}
        fullWidth
        inputRef={inputRef}
        helperText={
          url ? (containsVariable(url) ? t('withVariables') : t('help')) : lookedUpByName ? t('noUrlForJndi') : noRule ? t('noRule') : t('empty')
        }
        slotProps={{
          // A plain <textarea>, not MUI's `multiline` (TextareaAutosize): that one reads layout
          // on every render, and this box re-renders on every keystroke — with 300 option rows
          // that is seconds of forced reflow.
          input: { readOnly: true, inputComponent: 'textarea' },
          // As tall as the URL needs (`field-sizing`), so a long one is never cut; nothing to
          // resize in a box the user cannot type into.
          htmlInput: {
            spellCheck: false,
            rows: 1,
            style: { fontFamily: theme.typography.fontFamilyMonospace, wordBreak: 'break-all', height: 'auto', resize: 'none', fieldSizing: 'content', minHeight: '1.5em' },
          },
        }}
      />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button variant="outlined" size="small" startIcon={<ContentCopyIcon />} onClick={copy} disabled={!url}>
          {t('copy')}
        </Button>
        <Typography
          role={copyState === 'failed' ? 'alert' : 'status'}
          variant="body2"
          color={copyState === 'failed' ? 'error' : 'text.secondary'}
        >
          {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
        </Typography>
      </Stack>
    </Stack>
  );
});
