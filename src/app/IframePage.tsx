/**
 * `?embed=1`: the editor alone, for an iframe in Datafor's console. It announces itself and
 * its state to the trusted parent, follows its height so the host can size the frame, and
 * takes `open` and `setLocale` commands from trusted origins only.
 */
import { useCallback, useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import { useEditorConfig, useLocaleControl } from './AppProviders';
import { acceptHostMessage, postToHost, type EditorEvent } from './embed-protocol';
import { EmbeddedEditor } from './EmbeddedEditor';
import { VISIBLE_HEIGHT_VAR, VISIBLE_TOP_VAR } from './theme';
import { useConnectionNavigation } from './useConnectionNavigation';

export function IframePage() {
  const config = useEditorConfig();
  const { setLocale } = useLocaleControl();
  // The frame's own URL stays put: pushing history inside an iframe would hijack the host's Back button.
  const navigation = useConnectionNavigation({ syncUrl: false });
  const { choose } = navigation;
  const content = useRef<HTMLDivElement>(null);
  const { trustedOrigins } = config;

  const post = useCallback(
    (event: EditorEvent) => {
      if (window.parent !== window) postToHost(window.parent, trustedOrigins, event);
    },
    [trustedOrigins],
  );

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const command = acceptHostMessage(event, trustedOrigins);
      if (!command) return;
      if (command.type === 'open') choose(command.name);
      else setLocale(command.locale);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [trustedOrigins, choose, setLocale]);

  const initialName = useRef(navigation.openName);
  useEffect(() => {
    post({ type: 'ready', name: initialName.current });
  }, [post]);

  useEffect(() => {
    const element = content.current;
    if (!element) return;
    let lastHeight = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === lastHeight) return;
      lastHeight = height;
      post({ type: 'resize', height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [post]);

  useEffect(() => {
    const element = content.current;
    if (!element) return;
    const root = document.documentElement;
    // Without a root, an observer measures against the top-level viewport, also across
    // origins: the intersection is the band of this frame that the host page shows. Its first
    // callback reports the current state, so a one-shot observer is a measurement.
    const measure = () => {
      const observer = new IntersectionObserver((entries) => {
        observer.disconnect();
        const entry = entries[entries.length - 1];
        if (!entry || !entry.isIntersecting) return;
        const band = entry.intersectionRect;
        root.style.setProperty(VISIBLE_TOP_VAR, `${Math.max(0, Math.round(band.top))}px`);
        root.style.setProperty(VISIBLE_HEIGHT_VAR, `${Math.round(band.height)}px`);
      });
      observer.observe(element);
    };
    measure();
    // Dialogs mount as new children of <body>: measure again the moment one appears.
    const portals = new MutationObserver(measure);
    portals.observe(document.body, { childList: true });
    return () => {
      portals.disconnect();
      root.style.removeProperty(VISIBLE_TOP_VAR);
      root.style.removeProperty(VISIBLE_HEIGHT_VAR);
    };
  }, []);

  return (
    <Box ref={content} component="main">
      <EmbeddedEditor navigation={navigation} onEvent={post} />
    </Box>
  );
}
