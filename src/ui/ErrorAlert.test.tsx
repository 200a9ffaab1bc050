import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataforError } from '../api/client';
import { LocaleProvider } from '../i18n/i18n';
import type { Locale } from '../i18n/messages';
import { ErrorAlert } from './ErrorAlert';

function renderAlert(props: Parameters<typeof ErrorAlert>[0], locale: Locale = 'en') {
  return render(
    <LocaleProvider locale={locale}>
      <ErrorAlert {...props} />
    </LocaleProvider>,
  );
}

describe('ErrorAlert', () => {
  it('says what failed and why, with the code and the server’s own words under Details', async () => {
    renderAlert({
      error: new DataforError('server', { status: 200, code: '500', serverMessage: 'update failed: disk full' }),
      context: 'Could not open connection foodmart2',
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not open connection foodmart2');
    expect(alert).toHaveTextContent('The server said: update failed: disk full');
    await userEvent.click(screen.getByText('Details'));
    expect(alert).toHaveTextContent(/Code\s*500/);
    expect(alert).toHaveTextContent(/Server message\s*update failed: disk full/);
  });

  it('keeps a server text the plain-words message does not repeat (a permission refusal)', () => {
    renderAlert({ error: new DataforError('forbidden', { serverMessage: 'CONNECTION_READ_FORBIDDEN: no Read on foodmart2' }) });
    expect(screen.getByRole('alert')).toHaveTextContent('CONNECTION_READ_FORBIDDEN: no Read on foodmart2');
  });

  it('speaks the page’s language', () => {
    renderAlert({ error: new DataforError('network', { detail: 'Failed to fetch' }) }, 'zh-CN');
    expect(screen.getByRole('alert')).toHaveTextContent('详细信息');
  });
});
