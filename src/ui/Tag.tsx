import { memo, type ReactNode } from 'react';
import { styled } from '@mui/material/styles';

const TagRoot = styled('span')(({ theme }) => ({
  display: 'inline-flex',
  alignItems: 'center',
  gap: theme.spacing(0.5),
  boxSizing: 'border-box',
  height: 24,
  maxWidth: '100%',
  padding: theme.spacing(0, 1),
  border: `1px solid ${theme.palette.mode === 'light' ? theme.palette.grey[400] : theme.palette.grey[700]}`,
  borderRadius: 12,
  color: theme.palette.text.primary,
  fontFamily: theme.typography.fontFamily,
  fontSize: theme.typography.pxToRem(13),
  lineHeight: 1,
  whiteSpace: 'nowrap',
  '& > svg': { fontSize: 16, flexShrink: 0 },
  '& > .tag-label': { overflow: 'hidden', textOverflow: 'ellipsis' },
}));

export interface TagProps {
  label: string;
  icon?: ReactNode;
  title?: string;
  className?: string;
}

/**
 * A small outlined label ("Read-only", "No changes"). MUI's Chip looks the same but brings
 * clicking, deleting and avatars (~2.5 KB gzip of the first screen's budget) for a label
 * that does none of those. Memoised: the editor's dirty tag re-renders with the form state.
 */
export const Tag = memo(function Tag({ label, icon, title, className }: TagProps) {
  return (
    <TagRoot title={title} className={className}>
      {icon}
      <span className="tag-label">{label}</span>
    </TagRoot>
  );
});
