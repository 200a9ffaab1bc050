/**
 * A host page that mounts the editor as a module. Its stylesheet deliberately styles `input`,
 * `button` and `h2` globally, as a console's own CSS might; its form wraps the editor's
 * element and counts any event that escapes into it.
 */
export const HOSTILE_STYLESHEET = `
  html { font-size: 10px; }
  body { font-family: "Courier New", monospace; color: #6b0000; line-height: 3; letter-spacing: 2px; }
  input { border: 4px dashed red !important; background: yellow; font-size: 22px; padding: 12px; }
  button { background: hotpink; color: lime; font-size: 20px; border-radius: 0; text-transform: uppercase; }
  h2 { color: red; font-size: 40px; text-decoration: underline; margin: 40px 0; }
  * { box-sizing: content-box; }
`;

export function moduleHostPage({ hostile, connectionName, moduleUrl }: { hostile: boolean; connectionName: string; moduleUrl: string }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Module host</title>
${hostile ? `<style>${HOSTILE_STYLESHEET}</style>` : ''}
</head>
<body>
<h2>Host heading</h2>
<form aria-label="Host form" action="/host-form-was-submitted" method="get">
  <label>Host search <input name="q" value="host value"></label>
  <button type="submit">Host submit</button>
  <!-- Same place on every variant of the page, so screenshots compare like for like. -->
  <div id="editor-slot" style="position: absolute; top: 320px; left: 0; width: 1000px"></div>
</form>
<script type="module">
  import { mountConnectionEditor } from ${JSON.stringify(moduleUrl)};
  window.hostEvents = [];
  window.saved = [];
  window.closeCount = 0;
  const form = document.querySelector('form');
  for (const type of ['submit', 'input', 'change', 'reset']) {
    form.addEventListener(type, (event) => {
      if (event.target.closest && event.target.closest('#editor-slot')) window.hostEvents.push(type);
      else if (event.target.id === 'editor-slot') window.hostEvents.push(type);
      if (type === 'submit' && event.submitter && event.submitter.textContent !== 'Host submit') event.preventDefault();
    });
  }
  window.mountEditor = () => {
    window.unmount = mountConnectionEditor(document.getElementById('editor-slot'), {
      connectionName: ${JSON.stringify(connectionName)},
      apiBase: '',
      locale: 'en',
      theme: 'light',
      onSaved: (saved) => window.saved.push(saved),
      onClose: () => { window.closeCount += 1; },
    });
  };
  window.mountReady = true;
</script>
</body></html>`;
}
