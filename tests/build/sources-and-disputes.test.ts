/**
 * Sources and disagreements as a reader sees them, derived from content/: every event source with its
 * publication and access dates, its recorded snapshot or an honestly labelled lookup; every disputed
 * date shown as disputed, with every side's date, on the timeline and in /bans/, linked to the
 * disagreement; the downloads carrying the same source fields.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { distDir, page } from '../helpers/dist.ts';
import { disputedDates, formatDateAlternatives, dateDisputeIndex, disputeAnchor } from '../../src/lib/disputes.ts';
import { waybackLookupUrl } from '../../src/lib/archive-links.ts';

interface Src {
  outlet: string;
  url?: string;
  date?: string;
  accessed?: string;
  archiveUrl?: string;
  archived?: string;
}
interface Ev {
  draft?: boolean;
  date?: string;
  sources: Src[];
  disputes?: { about: string; claims: { says: string; date?: string; source: Src }[] }[];
}

const events = readdirSync('content/events')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(`content/events/${f}`, 'utf8')) as Ev }))
  .filter((e) => e.data.draft !== true)
  .map((e) => ({ ...e, data: { ...e.data, disputes: e.data.disputes ?? [] } }));

const htmlUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? htmlUnder(p) : d.name.endsWith('.html') ? [p] : [];
  });
const parsed = new Map<string, HTMLElement>();
const load = (file: string) => parsed.get(file) ?? parsed.set(file, parseHtml(readFileSync(file, 'utf8'))).get(file)!;
const timelineFiles = htmlUnder(path.join(distDir, 'timeline'));
/** The timeline page that anchors the event, and its list item there. */
function onTimeline(id: string): { file: string; root: HTMLElement; item: HTMLElement } {
  for (const file of timelineFiles) {
    const root = load(file);
    const item = root.querySelector(`li#event-${id}`);
    if (item) return { file, root, item };
  }
  throw new Error(`event ${id} is anchored on no timeline page`);
}
const text = (n: HTMLElement | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('event sources on the timeline', () => {
  it.each(events)('$id: each source with its dates and an archive link or a labelled lookup', ({ id, data }) => {
    const { item } = onTimeline(id);
    const list = item.querySelector('.source-list')!;
    const entries = list.querySelectorAll(':scope > li');
    expect(entries).toHaveLength(data.sources.length);
    data.sources.forEach((s, i) => {
      const li = entries[i]!;
      expect(li.querySelector('cite a')?.getAttribute('href')).toBe(s.url);
      const times = li.querySelectorAll('time').map((t) => t.getAttribute('datetime'));
      if (s.date) expect(times).toContain(s.date);
      if (s.accessed) expect(text(li)).toContain('accessed');
      if (s.accessed) expect(times).toContain(s.accessed);
      const links = li.querySelectorAll('a').map((a) => ({ href: a.getAttribute('href'), text: text(a) }));
      if (s.archiveUrl) {
        expect(links).toContainEqual({ href: s.archiveUrl, text: expect.stringMatching(/^archived/) });
        expect(links.some((l) => l.text === 'Look for an archived copy')).toBe(false);
      } else {
        expect(links).toContainEqual({ href: waybackLookupUrl(s.url!, s.date), text: 'Look for an archived copy' });
      }
    });
    if (data.sources.some((s) => !s.archiveUrl)) expect(text(item.querySelector('.lookup-note'))).toMatch(/not proof that a copy exists/);
  });
});

const dateDisputed = events.filter((e) => disputedDates(e.data).length > 1);

describe.runIf(dateDisputed.length > 0)('disputed dates', () => {
  it.each(dateDisputed)('$id: the timeline shows every date the sources give, linked to the disagreement', ({ id, data }) => {
    const { root, item } = onTimeline(id);
    const when = item.querySelector('.event-date')!;
    expect(text(when)).toContain(formatDateAlternatives(disputedDates(data)));
    const link = when.querySelector('a.disputed')!;
    expect(text(link)).toBe('sources differ');
    const target = link.getAttribute('href')!.split('#')[1]!;
    expect(target).toBe(disputeAnchor(id, dateDisputeIndex(data)));
    const block = root.querySelector(`#${target}`)!;
    for (const claim of data.disputes[dateDisputeIndex(data)]!.claims) {
      expect(block.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toContain(claim.date);
    }
  });

  it.each(dateDisputed)('$id: /bans/ shows the same dates and links to the disagreement on the timeline', ({ id, data }) => {
    const row = htmlUnder(path.join(distDir, 'bans'))
      .map((f) => load(f).querySelector(`#measure-${id}`))
      .find(Boolean);
    if (!row) return; // not a measure (a report or a response): not in /bans/
    expect(text(row)).toContain(formatDateAlternatives(disputedDates(data)));
    const link = row.querySelectorAll('a').find((a) => text(a) === 'sources differ')!;
    const [pathPart, fragment] = link.getAttribute('href')!.split('#');
    const target = parseHtml(page(pathPart!));
    expect(target.querySelector(`#${fragment}`)).not.toBeNull();
  });
});

describe('dispute sides', () => {
  const withDisputes = events.filter((e) => e.data.disputes.length > 0);
  it.each(withDisputes)('$id: each side is shown with its source, linked when it has an address', ({ id, data }) => {
    const { item } = onTimeline(id);
    const sides = item.querySelectorAll('.dispute li');
    const claims = data.disputes.flatMap((d) => d.claims);
    expect(sides).toHaveLength(claims.length);
    claims.forEach((c, i) => {
      expect(text(sides[i])).toContain(c.says);
      if (c.source.url) expect(sides[i]!.querySelector('cite a')?.getAttribute('href')).toBe(c.source.url);
      else expect(text(sides[i]!.querySelector('cite'))).toContain('no address on record');
    });
  });
});

describe('downloads', () => {
  it("events.json carries each source's date, accessed and snapshot as recorded in content (null when not)", () => {
    const doc = JSON.parse(readFileSync(path.join(distDir, 'data/events.json'), 'utf8'));
    for (const { id, data } of events) {
      const record = doc.events.find((e: { id: string }) => e.id === id);
      expect(record.sources).toEqual(
        data.sources.map((s) =>
          expect.objectContaining({
            url: s.url,
            date: s.date ?? null,
            accessed: s.accessed ?? null,
            archiveUrl: s.archiveUrl ?? null,
            archived: s.archived ?? null,
          }),
        ),
      );
      for (const [i, d] of data.disputes.entries()) {
        expect(record.disputes[i].claims.map((c: { date: string | null; source: { url: string | null } }) => [c.date, c.source.url])).toEqual(
          d.claims.map((c) => [c.date ?? null, c.source.url ?? null]),
        );
      }
    }
  });
});

describe('the article keeps what belongs to the original', () => {
  const articles = readdirSync('content/articles', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  it.each(articles)('%s: dek and photo caption, credited, in the header', (slug) => {
    const fm = parseYaml(readFileSync(`content/articles/${slug}/index.mdx`, 'utf8').split(/^---$/m)[1]!) as {
      draft?: boolean;
      originalDek?: string;
      dek?: string;
      originalImageCaption?: { caption: string; translation: string; credit: string };
    };
    if (fm.draft) return;
    const header = parseHtml(page(`/articles/${slug}/`)).querySelector('article header')!;
    if (fm.originalDek) {
      expect(text(header)).toContain(fm.originalDek);
      expect(text(header)).toContain(fm.dek!);
    }
    if (fm.originalImageCaption) {
      expect(text(header)).toContain(fm.originalImageCaption.caption);
      expect(text(header)).toContain(fm.originalImageCaption.translation);
      expect(text(header)).toContain(`Photo credit as given by the outlet: ${fm.originalImageCaption.credit}`);
    }
  });
});
