/**
 * npm run check:links [-- --concurrency 8] [--timeout 20] [--root DIR]
 *
 * Checks every source and archive address content/ cites (YAML sources and dispute sources, entity
 * links, article frontmatter originalUrl/archiveUrl, <Cite url archiveUrl>) and lists each dead link
 * with the file:line that cites it. Exit code 1 when any link is dead. Needs the network; run weekly
 * by .github/workflows/links.yml, never by npm test.
 */
import { parseArgs } from 'node:util';
import { checkAll, linkReport } from './lib/link-check.ts';
import { collectSourceRefs } from './lib/source-refs.ts';

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '8' },
    timeout: { type: 'string', default: '20' },
    root: { type: 'string', default: process.cwd() },
  },
});
const concurrency = Number(values.concurrency);
const timeoutMs = Number(values.timeout) * 1000;
if (!(concurrency >= 1) || !(timeoutMs > 0)) {
  console.error('--concurrency takes a whole number of at least 1 and --timeout a number of seconds, e.g. --concurrency 8 --timeout 20');
  process.exit(2);
}
const { refs } = collectSourceRefs(values.root);
const urls = [...new Set(refs.map((r) => r.url))];
console.log(`Checking ${urls.length} addresses cited ${refs.length} times, ${concurrency} at a time…`);
const results = await checkAll(urls, { concurrency, timeoutMs }, (r, done, total) => {
  if (!r.ok) console.log(`[${done}/${total}] dead: ${r.url} (${r.error})`);
});
const report = linkReport(refs, results);
for (const line of report.lines) console.log(line);
const deadUrls = new Set(report.dead.map((d) => d.ref.url)).size;
console.log(
  `${urls.length - deadUrls} of ${urls.length} addresses answer; ${deadUrls} dead (${report.dead.length} citations), ${new Set(report.redirected.map((r) => r.ref.url)).size} redirect.`,
);
if (report.dead.length > 0) process.exitCode = 1;
