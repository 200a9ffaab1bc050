/**
 * A stand-in for Datafor's console: a tiny HTTP server on its own port (another origin, same
 * site as the app at 127.0.0.1, so the session cookie still reaches the framed editor),
 * serving one host page that frames `?embed=1` and records the editor's messages.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostServer {
  origin: string;
  setPage(html: string): void;
  close(): Promise<void>;
}

/**
 * Serves the host page; `route` may answer other requests first (returns true when it did), as
 * the proxy host does for the servers behind it.
 */
export async function startHostServer(
  route?: (request: IncomingMessage, response: ServerResponse) => boolean,
): Promise<HostServer> {
  let page = '<!doctype html><title>empty host</title>';
  const server: Server = createServer((request, response) => {
    if (route?.(request, response)) return;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setPage: (html) => {
      page = html;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** The host page: frames the editor, sizes the frame from `resize`, keeps every message it got. */
export function iframeHostPage(appOrigin: string, connectionName: string): string {
  const src = `${appOrigin}/?embed=1&name=${encodeURIComponent(connectionName)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Console host</title></head>
<body>
<h1>Console host</h1>
<iframe title="Connection editor" src="${src}" style="width: 900px; height: 300px; border: 1px solid #ccc"></iframe>
<script>
  window.received = [];
  const frame = document.querySelector('iframe');
  window.addEventListener('message', (event) => {
    if (event.origin !== ${JSON.stringify(appOrigin)} || !event.data || event.data.source !== 'datafor-connection-editor') return;
    window.received.push(event.data);
    if (event.data.type === 'resize') frame.style.height = event.data.height + 'px';
  });
  window.sendToEditor = (message) => frame.contentWindow.postMessage(message, ${JSON.stringify(appOrigin)});
</script>
</body></html>`;
}
