/**
 * One host page in front of two Datafor servers, as a console might put two servers behind one
 * origin: `/alpha/…` goes to one, `/beta/…` to the other, each session cookie confined to its
 * own prefix (the Path is rewritten, as a reverse proxy with a context path does).
 */
import { request as forward, type IncomingMessage } from 'node:http';
import { startHostServer, type HostServer } from './host-server';

export type ProxyHost = HostServer;

export async function startProxyHost(upstreams: Record<string, string>): Promise<ProxyHost> {
  return startHostServer((incoming, response) => {
    const url = incoming.url ?? '/';
    const prefix = Object.keys(upstreams).find((p) => url === p || url.startsWith(`${p}/`));
    if (!prefix) return false;
    const target = new URL(upstreams[prefix]!);
    const outgoing = forward(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: url.slice(prefix.length) || '/',
        // Host stays the page's, as a reverse proxy in front of both servers keeps it: to each
        // server the page is its own origin.
        headers: incoming.headers,
      },
      (upstream: IncomingMessage) => {
        const headers = { ...upstream.headers };
        const cookies = headers['set-cookie'];
        if (cookies) headers['set-cookie'] = cookies.map((c) => c.replace(/;\s*Path=\/(?=;|$)/i, `; Path=${prefix}/`));
        response.writeHead(upstream.statusCode ?? 502, headers);
        upstream.pipe(response);
      },
    );
    outgoing.on('error', () => {
      response.writeHead(502);
      response.end();
    });
    incoming.pipe(outgoing);
    return true;
  });
}

/** Mounts one editor per slot, each with its own API base. */
export function twoEditorsPage(moduleUrl: string, slots: { id: string; apiBase: string; connectionName: string }[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Two editors</title></head>
<body>
${slots.map((s) => `<section aria-label="${s.id}"><h2>${s.id}</h2><div id="${s.id}"></div></section>`).join('\n')}
<script type="module">
  import { mountConnectionEditor } from ${JSON.stringify(moduleUrl)};
  window.saved = {};
  for (const slot of ${JSON.stringify(slots)}) {
    window.saved[slot.id] = [];
    mountConnectionEditor(document.getElementById(slot.id), {
      connectionName: slot.connectionName,
      apiBase: slot.apiBase,
      locale: 'en',
      theme: 'light',
      onSaved: (saved) => window.saved[slot.id].push(saved),
    });
  }
</script>
</body></html>`;
}
