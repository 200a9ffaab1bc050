import { styled } from '@mui/material/styles';

/**
 * Twelve columns of fields, laid out as MUI's Grid would, in plain CSS grid: the sections
 * need nothing else of Grid, and its layout engine is ~1.7 KB gzip of the first screen.
 * Cells span all twelve columns unless `span` says otherwise at a breakpoint and up.
 */
export const FieldGrid = styled('div')(({ theme }) => ({
  display: 'grid',
  gridTemplateColumns: 'repeat(12, minmax(0, 1fr))',
  columnGap: theme.spacing(2),
  // Room between a helper or error line and the next field's label, which sits on its box's top edge.
  rowGap: theme.spacing(1.5),
}));

export interface CellSpan {
  sm?: number;
  md?: number;
}

export const FieldCell = styled('div', { shouldForwardProp: (prop) => prop !== 'span' })<{ span?: CellSpan }>(
  ({ theme, span = {} }) => ({
    gridColumn: 'span 12',
    minWidth: 0,
    ...(span.sm ? { [theme.breakpoints.up('sm')]: { gridColumn: `span ${span.sm}` } } : {}),
    ...(span.md ? { [theme.breakpoints.up('md')]: { gridColumn: `span ${span.md}` } } : {}),
  }),
);
