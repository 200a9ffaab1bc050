import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import Box from '@mui/material/Box';
import { ThemeProvider } from '@mui/material/styles';
import { buildTheme } from './theme';

describe('the monospace font token', () => {
  it('is one font list in the theme, and sx resolves fontFamily "fontFamilyMonospace" to it', () => {
    const theme = buildTheme({ mode: 'light' });
    expect(theme.typography.fontFamilyMonospace).toMatch(/monospace$/);
    render(
      <ThemeProvider theme={theme}>
        <Box data-testid="code" sx={{ fontFamily: 'fontFamilyMonospace' }}>
          jdbc:postgresql://db.example/foodmart
        </Box>
      </ThemeProvider>,
    );
    expect(getComputedStyle(screen.getByTestId('code')).fontFamily).toBe(theme.typography.fontFamilyMonospace);
  });
});
