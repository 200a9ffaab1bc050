/**
 * `mountConnectionEditor(element, options)`: the editor as a module inside a host page.
 *
 * It renders into a shadow root on `element`, with emotion writing its styles into that root
 * and dialogs mounting inside it, so the host's global CSS (an `input {…}` or `h2 {…}` rule)
 * cannot reach the editor and the editor's CSS cannot reach the host. Form events stop at the
 * editor's edge, so a host <form> around the element is never submitted by it.
 */
import { StrictMode, useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/AppProviders';
import { parseEditorConfig, type EditorConfigInput } from './app/config';
import type { EditorEvent } from './app/embed-protocol';
import { EmbeddedEditor } from './app/EmbeddedEditor';
import { useConnectionNavigation } from './app/useConnectionNavigation';
import type { MountOptions, Unmount } from './embed-api';

export type { MountOptions, Unmount } from './embed-api';

const CONTAINED_EVENTS = ['submit', 'reset', 'input', 'change', 'formdata'] as const;

// Shadow DOM blocks the host's selectors but not inherited properties (font, colour,
// line-height…): `all: initial` starts the editor from a clean slate.
const HOST_RESET = ':host { all: initial; display: block; }';

function MountedEditor({ initialName, onEvent }: { initialName: string; onEvent: (event: EditorEvent) => void }) {
  const navigation = useConnectionNavigation({ syncUrl: false, initialName });
  const stableOnEvent = useCallback((event: EditorEvent) => onEvent(event), [onEvent]);
  return <EmbeddedEditor navigation={navigation} onEvent={stableOnEvent} />;
}

export function mountConnectionEditor(element: HTMLElement, options: MountOptions): Unmount {
  if (!(element instanceof HTMLElement)) throw new TypeError('mountConnectionEditor: element must be an HTMLElement');
  if (!options || typeof options.connectionName !== 'string' || options.connectionName === '') {
    throw new TypeError('mountConnectionEditor: options.connectionName must be a non-empty string');
  }
  const { connectionName, onSaved, onClose, onDirtyChange, ...look } = options;
  const config = parseEditorConfig({
    apiBase: look.apiBase ?? '',
    locale: look.locale,
    theme: look.theme,
    primaryColor: look.primaryColor,
  } satisfies EditorConfigInput);

  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const hostStyle = document.createElement('style');
  hostStyle.textContent = HOST_RESET;
  const styleContainer = document.createElement('div');
  const boundary = document.createElement('div');
  const appRoot = document.createElement('div');
  const portalContainer = document.createElement('div');
  boundary.append(appRoot, portalContainer);
  shadow.replaceChildren(hostStyle, styleContainer, boundary);

  const stop = (event: Event) => event.stopPropagation();
  for (const type of CONTAINED_EVENTS) boundary.addEventListener(type, stop);

  const onEvent = (event: EditorEvent) => {
    if (event.type === 'saved') onSaved?.({ name: event.name, id: event.id });
    else if (event.type === 'closed') onClose?.();
    else if (event.type === 'dirty' || event.type === 'clean') onDirtyChange?.(event.type === 'dirty');
  };

  const root = createRoot(appRoot);
  root.render(
    <StrictMode>
      <AppProviders config={config} scoped styleContainer={styleContainer} portalContainer={portalContainer}>
        <MountedEditor initialName={connectionName} onEvent={onEvent} />
      </AppProviders>
    </StrictMode>,
  );

  let mounted = true;
  return () => {
    if (!mounted) return;
    mounted = false;
    root.unmount();
    for (const type of CONTAINED_EVENTS) boundary.removeEventListener(type, stop);
    shadow.replaceChildren();
  };
}
