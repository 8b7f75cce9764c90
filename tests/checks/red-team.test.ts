/**
 * Attacks found by red-teaming the content pipeline (a hostile pull request that changes only files
 * under content/), beyond those of hostile-content.test.ts. Each is a copy of the real content with one
 * hostile change, and must give one clear problem naming the file, never a crash, a stack trace, a
 * check that runs for minutes or a report whose lines the content can forge.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMdxDialect, MAX_BLOCK_CHARS, MAX_NESTING } from '../../src/checks/check-mdx.ts';
import { MAX_PROBLEMS_PER_FILE } from '../../src/checks/validate-yaml.ts';
import { isContentUrl } from '../../src/integrations/content-check.ts';
import { checkBroken, cleanup, edit, lineOf, read, write, type Where } from './fixture.ts';

const ARTICLE = 'content/articles/bisnis-taiwan-bans-government-use-of-zoom/index.mdx';
const ORIGINAL = 'content/articles/bisnis-taiwan-bans-government-use-of-zoom/original.md';
const EVENT = 'content/events/spacex-ban.yaml';
const SENTENCE = 'Millions of people have switched to the app';

const roots: string[] = [];
afterAll(() => roots.forEach(cleanup));

const inArticle =
  (fragment: string) =>
  (root: string): Where => {
    edit(root, ARTICLE, SENTENCE, `${SENTENCE} ${fragment}`);
    return { file: ARTICLE, line: lineOf(root, ARTICLE, SENTENCE) };
  };
const inEvent =
  (from: RegExp, to: string, needle: string) =>
  (root: string): Where => {
    edit(root, EVENT, from, to);
    return { file: EVENT, line: lineOf(root, EVENT, needle) };
  };

const cases: { name: string; breakIt: (root: string) => Where; expected: RegExp }[] = [
  {
    // satteri's cost grows with the square of a paragraph's length: 300 kB of "&amp;" took 11 s and
    // 5 GB of memory, 400 kB of "a <" more than two minutes. The paragraph is refused unparsed.
    name: 'a paragraph long enough to make the parser run for minutes (character references)',
    breakIt: inArticle('&amp;'.repeat(MAX_BLOCK_CHARS / 4)),
    expected: new RegExp(
      `^body: a paragraph of \\d+ characters, over the limit of ${MAX_BLOCK_CHARS} \\(it is not read further\\) \\(split it with a blank line, or shorten it\\)$`,
    ),
  },
  {
    name: 'a paragraph long enough to make the parser run for minutes (a < repeated)',
    breakIt: inArticle('a <'.repeat(MAX_BLOCK_CHARS / 3)),
    expected: /^body: a paragraph of \d+ characters, over the limit/,
  },
  {
    // 200,000 nested * overflowed the checker's stack ("Maximum call stack size exceeded").
    name: 'emphasis nested thousands deep',
    breakIt: inArticle(`${'*'.repeat(40)}deep${'*'.repeat(40)}`),
    expected: new RegExp(`^paragraph \\d+: formatting and components nested more than ${MAX_NESTING} deep`),
  },
  {
    // [<Entity …>…</Entity>](https://…) passed: an <a> inside an <a>, which is not HTML (browsers
    // split it, html-validate fails the page), and a note in a link put an <aside> in an <a>.
    name: 'an entity mention inside a link',
    breakIt: inArticle('[<Entity id="zoom">Zoom</Entity>](https://zoom.us/)'),
    expected: /^<Entity>: a component inside a link \(a link holds only words; put the component after the link\)$/,
  },
  {
    name: 'a Unicode noncharacter in the text (not allowed in XML feeds)',
    breakIt: inArticle('odd\uFFFEtext'),
    expected: /^paragraph \d+: the text contains a Unicode noncharacter/,
  },
  {
    // "\uD800" is half a character: it passed the check and crashed the build in Pagefind's indexer,
    // with a stack trace and no file named.
    name: 'a lone surrogate escape in a title',
    breakIt: inEvent(/^title: .*$/m, 'title: "SpaceX \\uD800 bans Zoom"', 'title:'),
    expected: /^title: the title contains half of a character \(a lone surrogate escape such as \\uD800\)/,
  },
  {
    name: 'a noncharacter escape in a summary',
    breakIt: inEvent(/^summary: "/m, 'summary: "\\uFFFF', 'summary:'),
    expected: /^summary: the summary contains a Unicode noncharacter/,
  },
];

describe('red team: content that attacks the check itself', () => {
  for (const c of cases) {
    it(`reports ${c.name} as one problem naming the file`, async () => {
      const { text, prefix, problems } = await checkBroken(roots, c.breakIt);
      expect(problems, text).toHaveLength(1);
      expect(text.startsWith(prefix), `expected "${prefix}…", got:\n${text}`).toBe(true);
      expect(text.slice(prefix.length)).toMatch(c.expected);
    });
  }

  it('keeps every problem on one line: a file name cannot forge report lines or send terminal codes', async () => {
    const names = ['a\ncontent check passed.yaml', '\u001b[2J\u001b[32mok.yaml', 'b\u2028c\u202e.yaml'];
    const { problems, text } = await checkBroken(roots, (root) => {
      for (const name of names) writeFileSync(path.join(root, 'content/events', name), read(root, EVENT));
      return { file: 'content/events' };
    });
    expect(problems.length, text).toBeGreaterThanOrEqual(names.length);
    expect(text.split('\n')).toHaveLength(problems.length);
    // eslint-disable-next-line no-control-regex -- the report must hold no control characters
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u2028\u202e]/u);
    expect(text).toContain('content/events/a\\u{a}content check passed.yaml');
    expect(text).toContain('content/events/\\u{1b}[2J\\u{1b}[32mok.yaml');
  });

  it('answers a file of 40,000 unknown fields with a short report, quickly', async () => {
    const keys = 40_000;
    const started = Date.now();
    const { problems, text } = await checkBroken(roots, (root) => {
      write(root, EVENT, `${read(root, EVENT)}${Array.from({ length: keys }, (_, i) => `k${i}: "v"`).join('\n')}\n`);
      return { file: EVENT };
    });
    // Before: the yaml package's duplicate-key check compared every key with every other, and every
    // problem looked up its line from the start: 30,000 keys took 19 s and printed 30,000 lines.
    expect(Date.now() - started).toBeLessThan(8000);
    expect(problems, text).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(text).toContain(`spacex-ban.yaml  yaml: and ${keys - MAX_PROBLEMS_PER_FILE} more problems in this file (fix the ones above first)`);
  });

  it('still finds a field written twice after the faster duplicate check', async () => {
    const { problems, text } = await checkBroken(roots, (root) => {
      edit(root, EVENT, /^(title: .*)$/m, '$1\nsources_note: "x"\ntitle: "again"');
      return { file: EVENT };
    });
    expect(
      problems.filter((p) => p.message === 'a field appears twice'),
      text,
    ).toHaveLength(1);
    expect(text).toMatch(/spacex-ban\.yaml:3 {2}yaml: a field appears twice/);
  });

  it('reads an original with a paragraph of 500,000 spaces in a moment (no quadratic regular expression)', async () => {
    const started = Date.now();
    const { problems, text } = await checkBroken(roots, (root) => {
      // The first paragraph keeps its words; only the space between two of them grows.
      edit(root, ORIGINAL, /^(\S+) /, `$1${' '.repeat(500_000)}`);
      return { file: ORIGINAL };
    });
    // Before: splitParagraphs' replace(/\s*\n\s*/g) backtracked over the run: 40,000 spaces took 1.1 s, 500,000 minutes.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(problems, text).toEqual([]);
  });

  it('checks a paragraph just under the limit in a fraction of a second', () => {
    const body = `---\ntitle: "x"\n---\n\n${`${'&amp;'.repeat(MAX_BLOCK_CHARS / 5 - 2)}\n\n`.repeat(40)}`;
    const started = Date.now();
    const { problems } = checkMdxDialect(body, 'x.mdx');
    expect(problems).toEqual([]);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('red team: astro dev serves nothing under content/ by URL', () => {
  // A symbolic link content/events/x.yaml -> a file outside the repository was served as it is by
  // `astro dev` at /content/events/x.yaml (Vite serves the project root and follows links). The
  // content check reports the link; the dev server must not serve it meanwhile.
  const root = '/work/site';
  it.each([
    '/content/events/x.yaml',
    '/content/articles/evil/index.mdx?import',
    '/Content/events/x.yaml',
    '/%63ontent/events/x.yaml',
    '/articles/../content/events/x.yaml',
    '/@fs/work/site/content/entities/zoom.yaml',
    '/content',
  ])('refuses %s', (url) => {
    expect(isContentUrl(root, url)).toBe(true);
  });
  it.each([
    '/',
    '/articles/bisnis-taiwan-bans-government-use-of-zoom/',
    '/entities/zoom/',
    '/src/styles/global.css',
    '/@fs/work/site/node_modules/x.js',
    '/contents/x',
    '/@vite/client',
  ])('serves %s', (url) => {
    expect(isContentUrl(root, url)).toBe(false);
  });
});
