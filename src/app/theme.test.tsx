import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { ThemeProvider } from '@mui/material/styles';
import { AppProviders } from './AppProviders';
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

describe('the autofill keyframes', () => {
  it('are injected once for the page, not once per input, and every input still runs the animations that detect autofill', () => {
    render(
      <AppProviders config={{ apiBase: '', trustedOrigins: [], locale: 'en', theme: 'light' }}>
        <TextField label="Host name" />
        <TextField label="Database name" />
        <TextField label="User name" />
      </AppProviders>,
    );
    const css = Array.from(document.querySelectorAll('style'), (style) => style.textContent ?? '').join('\n');
    const count = (text: string) => css.split(text).length - 1;
    expect(count('@keyframes mui-auto-fill{')).toBe(1);
    expect(count('@keyframes mui-auto-fill-cancel{')).toBe(1);
    for (const input of screen.getAllByRole('textbox')) expect(getComputedStyle(input).animationName).toBe('mui-auto-fill-cancel');
  });
});
