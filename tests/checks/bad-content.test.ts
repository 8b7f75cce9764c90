/**
 * One fixture per kind of bad input: a copy of the real content with one thing broken. Each must give
 * exactly one problem whose message names the file (and line where there is one), the field and what
 * is wrong, as `file:line  field: problem (hint)`.
 */
import { copyFileSync, cpSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/checks/check-content.ts';
import { checkBroken, cleanup, copyContent, edit, lineOf, projectRoot, read, snapshot, TODAY, write, type Where } from './fixture.ts';

const ARTICLE = 'content/articles/bisnis-taiwan-bans-government-use-of-zoom/index.mdx';
const ORIGINAL = 'content/articles/bisnis-taiwan-bans-government-use-of-zoom/original.md';
const SPACEX_BAN = 'content/events/spacex-ban.yaml';
const SPACEX = 'content/entities/spacex.yaml';

const roots: string[] = [];
afterAll(() => roots.forEach(cleanup));

const check = (breakIt: (root: string) => Where, includeDrafts = false) => checkBroken(roots, breakIt, includeDrafts);

interface Case {
  name: string;
  breakIt: (root: string) => { file: string; line?: number };
  /** Field and problem, as printed after "file:line  ". */
  expected: RegExp;
}

const cases: Case[] = [
  {
    name: 'a missing required field',
    breakIt: (root) => {
      edit(root, SPACEX_BAN, /^summary: .*\n/m, '');
      return { file: SPACEX_BAN, line: 1 };
    },
    expected: /^summary: is missing \(add it: write the summary as text\)$/,
  },
  {
    name: 'an unknown field',
    breakIt: (root) => {
      edit(root, SPACEX, /^description:/m, 'colour: "red"\ndescription:');
      return { file: SPACEX, line: lineOf(root, SPACEX, 'colour:') };
    },
    expected: /^colour: is not a known field \(check the spelling; CONTRIBUTING\.md lists every field\)$/,
  },
  {
    name: 'a URL that is not http(s)',
    breakIt: (root) => {
      edit(root, SPACEX_BAN, /url: "https:\/\/www\.marketscreener[^"]*"/, 'url: "javascript:alert(1)"');
      return { file: SPACEX_BAN, line: lineOf(root, SPACEX_BAN, 'javascript:') };
    },
    expected: /^sources\[0\]\.url: must be a full web address starting with https:\/\/ or http:\/\/$/,
  },
  {
    name: 'a yes/no word where YAML tools disagree',
    breakIt: (root) => {
      write(root, SPACEX_BAN, `${read(root, SPACEX_BAN)}draft: yes\n`);
      return { file: SPACEX_BAN, line: lineOf(root, SPACEX_BAN, 'draft: yes') };
    },
    expected:
      /^draft: unquoted yes is read as true or false by some YAML tools and as text by others \(write true or false, or quote it if you mean the word: "yes"\)$/,
  },
  {
    name: 'a date in the future',
    breakIt: (root) => {
      edit(root, 'content/events/zoom-keybase.yaml', 'date: "2020-05-07"', 'date: "2027-05-07"');
      return { file: 'content/events/zoom-keybase.yaml', line: lineOf(root, 'content/events/zoom-keybase.yaml', 'date: "2027') };
    },
    expected: /^date: 2027-05-07 is in the future \(only events that have happened are published; check the year\)$/,
  },
  {
    name: 'a reversal dated before what it reverses',
    breakIt: (root) => {
      edit(root, 'content/events/nycdoe-reversal.yaml', 'date: "2020-05-06"', 'date: "2020-03-06"');
      return { file: 'content/events/nycdoe-reversal.yaml', line: lineOf(root, 'content/events/nycdoe-reversal.yaml', 'date: "2020-03-06"') };
    },
    expected:
      /^date: the reversal \(2020-03-06\) is dated before the event it reverses, nycdoe-ban \(2020-04-03\) \(a reversal comes after what it reverses; check both dates\)$/,
  },
  {
    name: 'reported before the measure',
    breakIt: (root) => {
      edit(root, SPACEX_BAN, 'reported: "2020-04-01"', 'reported: "2020-03-01"');
      return { file: SPACEX_BAN, line: lineOf(root, SPACEX_BAN, 'reported:') };
    },
    expected: /^reported: reported on 2020-03-01, before the measure itself \(2020-03-28\)/,
  },
  {
    name: 'a broken entity reference (event actor)',
    breakIt: (root) => {
      edit(root, SPACEX_BAN, 'actor: "spacex"', 'actor: "space-x"');
      return { file: SPACEX_BAN, line: lineOf(root, SPACEX_BAN, 'actor:') };
    },
    expected: /^actor: no entity "space-x" \(add content\/entities\/space-x\.yaml or fix the id\)$/,
  },
  {
    name: 'a broken event reference (article events)',
    breakIt: (root) => {
      edit(root, ARTICLE, '  - spacex-ban\n', '  - spacex-banned\n');
      return { file: ARTICLE, line: lineOf(root, ARTICLE, 'spacex-banned') };
    },
    expected: /^events\[\d+\]: no event "spacex-banned" \(add content\/events\/spacex-banned\.yaml or fix the id\)$/,
  },
  {
    name: 'a duplicate id (x.yaml and x.yml)',
    breakIt: (root) => {
      copyFileSync(path.join(root, SPACEX), path.join(root, 'content/entities/spacex.yml'));
      return { file: 'content/entities/spacex.yml' };
    },
    expected: /^id: duplicate id "spacex": content\/entities\/spacex\.yaml has the same id \(ids must be unique; rename or merge one of the files\)$/,
  },
  {
    name: 'a duplicate original URL',
    breakIt: (root) => {
      cpSync(path.join(root, 'content/articles/bisnis-taiwan-bans-government-use-of-zoom'), path.join(root, 'content/articles/zz-same-original'), {
        recursive: true,
      });
      const file = 'content/articles/zz-same-original/index.mdx';
      edit(root, file, /originalUrl: "https:\/\/kabar24/, 'originalUrl: "http://www.kabar24');
      return { file, line: lineOf(root, file, 'originalUrl:') };
    },
    expected:
      /^originalUrl: the same original is already translated in content\/articles\/bisnis-taiwan-bans-government-use-of-zoom\/index\.mdx \(one article per original/,
  },
  {
    name: "an article folder named like the article list's pages",
    breakIt: (root) => {
      renameSync(path.join(root, 'content/articles/bisnis-taiwan-bans-government-use-of-zoom'), path.join(root, 'content/articles/page'));
      return { file: 'content/articles/page' };
    },
    expected: /^slug: the folder name "page" is reserved: \/articles\/page\/ holds the pages of the article list \(choose another slug/,
  },
  {
    name: 'a paragraph count mismatch',
    breakIt: (root) => {
      const original = read(root, ORIGINAL)
        .trimEnd()
        .split(/\n\s*\n/);
      write(root, ORIGINAL, `${original.slice(0, -1).join('\n\n')}\n`);
      const body = read(root, ARTICLE).trimEnd().split('\n');
      return { file: ARTICLE, line: body.length };
    },
    expected:
      /^body: the translation has (\d+) paragraphs but the original has (\d+) \(each original paragraph needs exactly one translated paragraph, in the same order; the translation has extra ones/,
  },
  {
    name: 'MDX that does not parse',
    breakIt: (root) => {
      edit(root, ARTICLE, 'The ban is a blow to', 'The <Entity id="zoom">ban is a blow to');
      return { file: ARTICLE, line: lineOf(root, ARTICLE, 'The <Entity id="zoom">ban') };
    },
    expected: /^body: the MDX does not parse: .*Entity.* \(close every <Component> you open/,
  },
  {
    name: 'an unknown annotation component',
    breakIt: (root) => {
      edit(root, ARTICLE, 'included, have been using the app', 'included, have been using the <Footnote>app</Footnote>');
      return { file: ARTICLE, line: lineOf(root, ARTICLE, '<Footnote>') };
    },
    expected: /^<Footnote>: unknown annotation component \(use one of <Entity>, <TranslatorNote>, <ContextNote>, <ClaimCheck>, <Cite>\)$/,
  },
  {
    name: 'an <Entity> mention not listed in the frontmatter',
    breakIt: (root) => {
      edit(root, ARTICLE, 'Millions of people have switched', 'Millions of people, at <Entity id="nasa">NASA</Entity> too, have switched');
      return { file: ARTICLE, line: lineOf(root, ARTICLE, 'id="nasa"') };
    },
    expected: /^<Entity> id: "nasa" is mentioned but not listed in the frontmatter's entities \(add nasa to "entities:" at the top of the file\)$/,
  },
  {
    name: 'a note whose `original` words are not in the paragraph',
    breakIt: (root) => {
      edit(root, ARTICLE, 'original="pekan lalu"', 'original="minggu lalu"');
      return { file: ARTICLE, line: lineOf(root, ARTICLE, 'original="minggu lalu"') };
    },
    expected:
      /^<ContextNote> original: "minggu lalu" does not occur in paragraph 8 of the original \(copy the words exactly as the original paragraph has them\)$/,
  },
  {
    name: 'a verdict that is not one of the four',
    breakIt: (root) => {
      edit(root, ARTICLE, 'verdict="imprecise"', 'verdict="wrong"');
      return { file: ARTICLE, line: lineOf(root, ARTICLE, 'verdict="wrong"') };
    },
    expected: /^<ClaimCheck> verdict: "wrong" is not a verdict; use one of accurate, imprecise, misleading, unverified$/,
  },
  {
    name: 'a draft referenced from a published item',
    breakIt: (root) => {
      write(root, SPACEX_BAN, `${read(root, SPACEX_BAN)}draft: true\n`);
      return { file: ARTICLE, line: lineOf(root, ARTICLE, '  - spacex-ban') };
    },
    expected: /^events\[\d+\]: event "spacex-ban" is a draft, so it is not published \(publish it \(draft: false\) or remove the reference\)$/,
  },
  {
    name: 'an empty original.md',
    breakIt: (root) => {
      write(root, ORIGINAL, '');
      return { file: ARTICLE };
    },
    expected: /^original: content\/articles\/bisnis-taiwan-bans-government-use-of-zoom\/original\.md is empty \(paste the original's paragraphs/,
  },
];

describe('the content check', () => {
  it('passes the fixture content', async () => {
    const root = copyContent();
    roots.push(root);
    expect(formatProblems(await checkContent(root, { includeDrafts: false, today: TODAY }))).toBe('');
  });

  it('passes the real content', async () => {
    expect(formatProblems(await checkContent(projectRoot, { includeDrafts: false }))).toBe('');
  });

  for (const c of cases) {
    it(`reports ${c.name} with file, line, field and problem`, async () => {
      const { text, prefix, problems } = await check(c.breakIt);
      expect(problems, text).toHaveLength(1);
      expect(text.startsWith(prefix), `expected "${prefix}…", got:\n${text}`).toBe(true);
      expect(text.slice(prefix.length)).toMatch(c.expected);
    });
  }

  it('lets a draft refer to a draft, and counts drafts as existing in dev', async () => {
    const { problems } = await check((root) => {
      write(root, SPACEX, `${read(root, SPACEX)}draft: true\n`);
      write(root, SPACEX_BAN, `${read(root, SPACEX_BAN)}draft: true\n`);
      edit(root, ARTICLE, /^draft: false$/m, 'draft: true');
      return { file: SPACEX_BAN };
    });
    expect(formatProblems(problems)).toBe('');
    const dev = await check((root) => {
      write(root, SPACEX_BAN, `${read(root, SPACEX_BAN)}draft: true\n`);
      return { file: SPACEX_BAN };
    }, true);
    expect(formatProblems(dev.problems)).toBe('');
  });

  it('reports every problem at once, and never writes to content/', async () => {
    const root = copyContent();
    roots.push(root);
    edit(root, SPACEX_BAN, 'actor: "spacex"', 'actor: "space-x"');
    edit(root, ARTICLE, 'verdict="imprecise"', 'verdict="wrong"');
    edit(root, SPACEX, /^description:/m, 'colour: "red"\ndescription:');
    copyFileSync(path.join(root, SPACEX), path.join(root, 'content/entities/spacex.yml'));
    rmSync(path.join(root, ORIGINAL));
    const before = snapshot(path.join(root, 'content'));
    await new Promise((r) => setTimeout(r, 20)); // so a rewrite would show in the mtimes
    const problems = await checkContent(root, { includeDrafts: false, today: TODAY });
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set([SPACEX_BAN, ARTICLE, SPACEX, 'content/entities/spacex.yml']));
    expect(problems.length).toBeGreaterThanOrEqual(5);
    expect(snapshot(path.join(root, 'content'))).toEqual(before);
  });
});
