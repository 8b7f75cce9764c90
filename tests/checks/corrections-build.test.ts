/**
 * Corrections in `npm run check` (each rule as `file:line  field: problem`), and end to end, on a copy of the project with fixture corrections (content/ has none
 * today): one full build, then what a reader and a feed reader see. The record lives in the content
 * files, so this build needs no git history.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/checks/check-content.ts';
import { cleanup, copyContent, copyProject, edit, lineOf, TODAY } from './fixture.ts';

const slug = 'bisnis-taiwan-bans-government-use-of-zoom';
const site = 'https://lintas.example.org';
const roots: string[] = [];
afterAll(() => roots.forEach(cleanup));

describe('a build with corrections', () => {
  it('shows them at the top of the article, on the event, on /corrections/, in its feed, the JSON-LD and the article feeds', () => {
    const root = copyProject();
    roots.push(root);
    edit(
      root,
      `content/articles/${slug}/index.mdx`,
      'translated: "2026-11-27"\n',
      'translated: "2026-11-27"\nupdated: "2026-11-27"\ncorrections:\n  - date: "2026-11-27"\n    wrong: "FIXTURE-WRONG the note dated the circular 8 April."\n    right: "FIXTURE-RIGHT the circular is dated 7 April."\n',
    );
    edit(
      root,
      'content/events/spacex-ban.yaml',
      'confidence: "high"',
      'confidence: "high"\nupdated: "2026-11-20"\ncorrections:\n  - date: "2026-11-20"\n    wrong: "FIXTURE-EV-WRONG"\n    right: "FIXTURE-EV-RIGHT"',
    );
    const env = { ...process.env, PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}` };
    const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    const dist = (p: string) => readFileSync(path.join(root, 'dist', p), 'utf8');
    const html = (p: string) => parseHtml(dist(`${p}index.html`));

    // The article: a labelled, dated note at the top, and the update in its header.
    const article = html(`/articles/${slug}/`);
    const note = article.querySelector('header .corrections')!;
    expect(note.getAttribute('role')).toBe('note');
    expect(note.getAttribute('aria-label')).toBe('Correction');
    const li = note.querySelector('li#correction-1')!;
    expect(li.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-27');
    expect(li.textContent).toContain('FIXTURE-WRONG');
    expect(li.textContent).toContain('FIXTURE-RIGHT');
    expect(article.querySelector('header dl')!.textContent).toContain('updated 27 November 2026');
    const ld = article
      .querySelectorAll('script[type="application/ld+json"]')
      .flatMap((s) => JSON.parse(s.rawText)['@graph'])
      .find((n) => n['@type'] === 'NewsArticle');
    expect(ld.dateModified).toBe('2026-11-27');
    expect(ld.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        datePublished: '2026-11-27',
        text: expect.stringContaining('FIXTURE-RIGHT'),
        url: `${site}/articles/${slug}/#correction-1`,
      },
    ]);
    expect(article.querySelector('meta[property="article:modified_time"]')!.getAttribute('content')).toBe('2026-11-27');

    // The event: on its timeline entry, with an anchor; on an entity page too, without a second one.
    const timeline = html('/timeline/2020/');
    expect(timeline.querySelector('#event-spacex-ban #correction-spacex-ban-1')!.textContent).toContain('FIXTURE-EV-RIGHT');
    const entity = html('/entities/spacex/');
    expect(entity.querySelector('.corrections')!.textContent).toContain('FIXTURE-EV-WRONG');
    expect(entity.querySelector('#correction-spacex-ban-1')).toBeNull();

    // /corrections/: both, newest first, each linking to its note.
    const list = html('/corrections/').querySelectorAll('.corrections-list > li');
    expect(list.map((l) => l.querySelector('a')!.getAttribute('href'))).toEqual([`/articles/${slug}/#correction-1`, '/timeline/2020/#correction-spacex-ban-1']);
    expect(html('/corrections/').textContent).not.toContain('No corrections have been published');
    const items = [new XMLParser().parse(dist('corrections/rss.xml')).rss.channel.item].flat();
    expect(items.map((i) => i.link)).toEqual([`${site}/articles/${slug}/#correction-1`, `${site}/timeline/2020/#correction-spacex-ban-1`]);

    // The open data carries the event's correction.
    const ev = JSON.parse(dist('data/events.json')).events.find((e: { id: string }) => e.id === 'spacex-ban');
    expect(ev.updated).toBe('2026-11-20');
    expect(ev.corrections).toEqual([{ date: '2026-11-20', wrong: 'FIXTURE-EV-WRONG', right: 'FIXTURE-EV-RIGHT' }]);

    // The article feeds carry the update.
    const rssItem = [new XMLParser().parse(dist('rss.xml')).rss.channel.item].flat().find((i) => i.link === `${site}/articles/${slug}/`);
    expect(rssItem['atom:updated']).toBe('2026-11-27T00:00:00Z');
    const feedItem = JSON.parse(dist('feed.json')).items.find((i: { url: string }) => i.url === `${site}/articles/${slug}/`);
    expect(feedItem.date_modified).toBe('2026-11-27T00:00:00Z');
  }, 300_000);
});

describe('npm run check on corrections', () => {
  const cases: [string, string, string, RegExp][] = [
    [
      'a correction dated before the event',
      'updated: "2026-11-20"\ncorrections:\n  - date: "2019-01-01"\n    wrong: "w"\n    right: "r"',
      '- date: "2019-01-01"',
      /corrections\[0\]\.date: 2019-01-01 is before the item itself \(date: 2020-03-28\)/,
    ],
    [
      'a correction without updated',
      'corrections:\n  - date: "2026-11-20"\n    wrong: "w"\n    right: "r"',
      'corrections:',
      /corrections: a correction updates the page: add updated: "2026-11-20"/,
    ],
    [
      'updated before the newest correction',
      'updated: "2026-11-01"\ncorrections:\n  - date: "2026-11-20"\n    wrong: "w"\n    right: "r"',
      'updated:',
      /updated: 2026-11-01 is before the newest correction \(2026-11-20\)/,
    ],
    [
      'a correction in the future',
      'updated: "2027-01-01"\ncorrections:\n  - date: "2027-01-01"\n    wrong: "w"\n    right: "r"',
      '- date: "2027-01-01"',
      /corrections\[0\]\.date: 2027-01-01 is in the future/,
    ],
  ];
  it.each(cases)('%s: file:line  field: problem', async (_name, yaml, needle, expected) => {
    const root = copyContent();
    roots.push(root);
    const file = 'content/events/spacex-ban.yaml';
    edit(root, file, 'confidence: "high"', `confidence: "high"\n${yaml}`);
    const text = formatProblems(await checkContent(root, { includeDrafts: false, today: TODAY }));
    expect(text).toMatch(new RegExp(`^${file}:${lineOf(root, file, needle)}  ${expected.source}`, 'm'));
  });
});
