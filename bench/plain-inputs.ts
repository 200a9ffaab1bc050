/**
 * The typing baseline: a page with as many plain labelled inputs as the editor renders, no
 * script and no framework, so what remains is the browser's own cost of a keystroke on a
 * page that size (style, layout, paint under software rendering).
 */
export function plainInputsPage(inputCount: number): string {
  const rows: string[] = [];
  for (let i = 0; i < inputCount; i += 1) {
    rows.push(
      `<div class="row"><label for="field-${i}">Field ${i + 1}</label>` +
        `<input id="field-${i}" name="field-${i}" type="text" value="value ${i + 1}"></div>`,
    );
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Plain inputs (${inputCount})</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 16px; }
  .row { display: flex; gap: 8px; align-items: center; margin: 4px 0; }
  label { width: 10em; }
  input { flex: 1; padding: 6px 8px; }
</style>
</head>
<body>
<main>
<h1>Plain inputs</h1>
<form>
${rows.join('\n')}
</form>
</main>
</body>
</html>
`;
}
