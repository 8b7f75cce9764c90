/**
 * `npm run check`: the content check on its own, for editors. Prints every problem and exits 1 if
 * there is any. `--drafts` checks as `astro dev` sees the content (drafts included).
 */
import { checkContent, formatProblems } from '../src/checks/check-content.ts';

const root = new URL('..', import.meta.url).pathname;
const problems = await checkContent(root, { includeDrafts: process.argv.includes('--drafts') });
if (problems.length > 0) {
  console.error(`${formatProblems(problems)}\n\n${problems.length} problem(s) in content/. See CONTRIBUTING.md ("What the checks mean").`);
  process.exit(1);
}
console.log('content check passed: no problems in content/');
