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

describe('the theme provider', () => {
  it('gets a theme without CSS variables, the kind MUI hands to the plain provider AppProviders uses', () => {
    // MUI's ThemeProvider switches to its CSS-variables provider for a theme with colorSchemes;
    // AppProviders imports only the plain one (issue 10.7), so the theme must not need the other.
    for (const mode of ['light', 'dark'] as const) {
      const theme = buildTheme({ mode, primaryColor: '#1f6fd6' });
      expect('colorSchemes' in theme).toBe(false);
      expect((theme as { vars?: unknown }).vars ?? null).toBeNull();
    }
  });
});
