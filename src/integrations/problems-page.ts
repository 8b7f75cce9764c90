/**
 * The page `astro dev` shows instead of the site while content/ has problems: the same lines as
 * `npm run check`, escaped (they quote content), with Vite's client so it reloads once they are fixed.
 */
import { formatProblem, type Problem } from '../checks/problem.ts';
import { text } from '../lib/html.ts';

export function problemsPage(problems: Problem[]): string {
  const lines = [...problems]
    .sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1))
    .map((p) => `<li><code>${text(formatProblem(p))}</code></li>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content problems: Lintas (dev)</title>
<script type="module" src="/@vite/client"></script>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem;color:#1a1a1a;background:#fff}@media (prefers-color-scheme:dark){body{color:#eee;background:#111}}h1{color:#b00020}@media (prefers-color-scheme:dark){h1{color:#ff8a80}}li{margin:.5rem 0}code{white-space:pre-wrap;overflow-wrap:anywhere}</style>
</head><body><main>
<h1>${problems.length} content problem${problems.length === 1 ? '' : 's'}</h1>
<p>The site is not shown until these are fixed (the same report as <code>npm run check</code>). This page reloads by itself when you save a fix.</p>
<ol>${lines.join('')}</ol>
<p>Each line is <code>file:line  field: problem (how to fix it)</code>. CONTRIBUTING.md explains every check.</p>
</main></body></html>`;
}
