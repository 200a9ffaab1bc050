import Button from '@mui/material/Button';
import Alert from '@mui/material/Alert';
import { useMessages } from '../../i18n/i18n';
import { defineMessages } from '../../i18n/messages';
import { lazyPart, useLazyPart } from '../../ui/lazy-part';
import type { BelowFoldSectionsProps } from './BelowFoldSections';

export const belowFoldPart = lazyPart<BelowFoldSectionsProps>(() => import('./BelowFoldSections'));

const messages = defineMessages({
  loadFailed: {
    en: 'The Pooling and Advanced sections could not be loaded. Their stored values are kept and saved as they are; your edits are kept. Check the network and try again.',
    zh: '无法加载“连接池”和“高级”部分。它们已存储的值会保留并按原样保存；您的编辑仍然保留。请检查网络后重试。',
  },
  tryAgain: { en: 'Try again', zh: '重试' },
});

/**
 * Pooling, advanced and partitions, once `wanted` (the first screen is up). While the code is on
 * its way nothing shows; if it cannot be fetched, a retry — the form, its values (these
 * sections' included: they live in the form, not in the sections) and Save are unaffected.
 */
export function LazyBelowFoldSections({ wanted, original }: BelowFoldSectionsProps & { wanted: boolean }) {
  const t = useMessages(messages);
  const { Component, error, retry } = useLazyPart(belowFoldPart, wanted);
  if (!wanted) return null;
  if (Component) return <Component original={original} />;
  if (error === undefined) return null;
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        <Button color="inherit" size="small" onClick={retry}>
          {t('tryAgain')}
        </Button>
      }
    >
      {t('loadFailed')}
    </Alert>
  );
}
