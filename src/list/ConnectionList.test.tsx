import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UseQueryResult } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listEntrySchema, toListedConnectionView, type ListedConnectionView } from '../api/connections';
import { LocaleProvider } from '../i18n/i18n';
import { ConnectionList } from './ConnectionList';
import { ConnectionPicker } from './ConnectionPicker';

const connections = [
  { name: 'finance_oracle', databaseType: { name: 'Oracle', shortName: 'ORACLE' }, hostname: 'oracle-fin.internal', databaseName: 'FINPROD' },
  { name: 'foodmart2', databaseType: { name: 'PostgreSQL', shortName: 'POSTGRESQL' }, hostname: '127.0.0.1', databaseName: 'foodmart' },
  { name: 'sales_mysql', databaseType: { name: 'MySQL', shortName: 'MYSQL' }, hostname: 'mysql-sales.internal', databaseName: 'sales' },
  {
    name: 'warehouse_generic',
    databaseType: { name: 'Generic database', shortName: 'GENERIC' },
    accessMap: [{ name: '0', value: 'true' }],
  },
].map((entry) => toListedConnectionView(listEntrySchema.parse(entry)));

// happy-dom lays nothing out: give every element the size of a list pane, so the virtualiser
// sees room for rows (as it does in a browser).
const sizes = { clientHeight: 600, clientWidth: 320 } as const;
const saved = Object.fromEntries(
  Object.keys(sizes).map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)]),
);
beforeAll(() => {
  for (const [key, value] of Object.entries(sizes)) {
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const [key, descriptor] of Object.entries(saved)) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
  }
});

function loaded(data: ListedConnectionView[]): UseQueryResult<ListedConnectionView[]> {
  return { data, isPending: false, isSuccess: true, isError: false, error: null } as UseQueryResult<ListedConnectionView[]>;
}

function renderList(onChoose = vi.fn(), selectedName: string | null = null, locale: 'en' | 'zh-CN' = 'en') {
  render(
    <LocaleProvider locale={locale}>
      <ConnectionList query={loaded(connections)} selectedName={selectedName} onChoose={onChoose} />
    </LocaleProvider>,
  );
  return { onChoose, list: screen.getByRole('list', { name: locale === 'en' ? 'Connections' : '连接' }) };
}

const rowOf = (element: Element | null) => element?.closest('li');

describe('ConnectionList', () => {
  it('shows each connection as a link that says where it stands in the list', () => {
    const { list } = renderList(vi.fn(), 'foodmart2');
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '?name=finance_oracle',
      '?name=foodmart2',
      '?name=sales_mysql',
      '?name=warehouse_generic',
    ]);
    expect(links.map((l) => [rowOf(l)?.getAttribute('aria-posinset'), rowOf(l)?.getAttribute('aria-setsize')])).toEqual([
      ['1', '4'],
      ['2', '4'],
      ['3', '4'],
      ['4', '4'],
    ]);
    expect(links[1]).toHaveAttribute('aria-current', 'page');
    expect(links[1]).toHaveTextContent('PostgreSQL · 127.0.0.1 / foodmart');
    expect(links[3]).toHaveTextContent('Read-only');
    // One row in the Tab order: the open connection's.
    expect(links.map((l) => l.tabIndex)).toEqual([-1, 0, -1, -1]);
    expect(screen.getByText('4 of 4 connections')).toBeInTheDocument();
  });

  it('searches host and database names, and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderList();
    const search = screen.getByRole('searchbox', { name: 'Search connections' });
    await user.type(search, 'mysql-sales');
    expect(await screen.findByText('1 of 4 connections')).toBeInTheDocument();
    // Each search result is a new list (read from its top).
    const list = screen.getByRole('list', { name: 'Connections' });
    expect(within(list).getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual(['?name=sales_mysql']);
    await user.clear(search);
    await user.type(search, 'finprod');
    expect(await screen.findByText('1 of 4 connections')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /finance_oracle/ })).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'nothing like it');
    expect(await screen.findByText('No connection matches “nothing like it”.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Connections' })).not.toBeInTheDocument();
  });

  it('moves from the search box into the results with ArrowDown, along them, and back with ArrowUp', async () => {
    const user = userEvent.setup();
    const { onChoose } = renderList();
    const search = screen.getByRole('searchbox', { name: 'Search connections' });
    await user.click(search);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('href', '?name=finance_oracle');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('href', '?name=sales_mysql');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('href', '?name=warehouse_generic');
    await user.keyboard('{Home}{ArrowUp}');
    expect(search).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('foodmart2');
  });

  it('opens the first match on Enter in the search box, and nothing for an empty search', async () => {
    const user = userEvent.setup();
    const { onChoose } = renderList();
    const search = screen.getByRole('searchbox', { name: 'Search connections' });
    await user.click(search);
    await user.keyboard('{Enter}');
    expect(onChoose).not.toHaveBeenCalled();
    await user.type(search, 'oracle{Enter}');
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('finance_oracle');
  });

  it('opens a connection in the page on a plain click, leaves a modified click to the browser', async () => {
    const user = userEvent.setup();
    const { onChoose, list } = renderList();
    const link = within(list).getByRole('link', { name: /sales_mysql/ });
    await user.keyboard('{Control>}');
    await user.click(link);
    await user.keyboard('{/Control}');
    expect(onChoose).not.toHaveBeenCalled();
    await user.click(link);
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('sales_mysql');
  });

  it('speaks Chinese', () => {
    renderList(vi.fn(), null, 'zh-CN');
    expect(screen.getByRole('searchbox', { name: '搜索连接' })).toBeInTheDocument();
    expect(screen.getByText('名称、类型、主机或数据库')).toBeInTheDocument();
    expect(screen.getByText('共 4 个连接，显示 4 个')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /warehouse_generic/ })).toHaveTextContent('只读');
  });
});

describe('ConnectionPicker', () => {
  it('opens the list in a dialog and closes it when a connection is chosen', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn();
    render(
      <LocaleProvider locale="en">
        <ConnectionPicker query={loaded(connections)} selectedName="foodmart2" onChoose={onChoose} />
      </LocaleProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Connection: foodmart2' }));
    const dialog = screen.getByRole('dialog', { name: 'Choose a connection' });
    const search = within(dialog).getByRole('searchbox', { name: 'Search connections' });
    expect(search).toHaveFocus();
    await user.type(search, 'sales{ArrowDown}{Enter}');
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('sales_mysql');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
