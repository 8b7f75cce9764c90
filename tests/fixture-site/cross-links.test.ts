/**
 * Timeline anchors, reversals, filtered views, entity cross-links, the measures table and drafts, on
 * the fixture site (tests/fixtures/basic), whose content is fixed, so every list can be pinned:
 * four published events (a ban, its reversal, an advisory known to the month, a report known by its
 * report date), a ministry under a state, a person under an outlet, two articles and a draft event.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { fixtureDist, fixturePage } from '../helpers/fixture-site.ts';

const html = (url: string) => parse(fixturePage('basic', url));
const hrefs = (root: ReturnType<typeof parse> | null | undefined, selector = 'a') =>
  (root?.querySelectorAll(selector) ?? []).map((a) => a.getAttribute('href'));
const section = (page: ReturnType<typeof parse>, id: string) => page.querySelector(`section[aria-labelledby="${id}"]`);
const EVENTS = ['moe-ban', 'gazette-report', 'state-advisory', 'moe-reversal'];

describe('timeline', () => {
  const year = html('/timeline/2020/');
  it('gives every published event its anchor, in date order (a report by its report date, a month-only date after dated days)', () => {
    expect(year.querySelectorAll('li.event[id]').map((li) => li.id)).toEqual(EVENTS.map((id) => `event-${id}`));
  });
  it('groups the events by month', () => {
    expect(year.querySelectorAll('h2[id^="m-"]').map((h) => h.id)).toEqual(['m-2020-03', 'm-2020-04', 'm-2020-05']);
  });
  it('links a reversal and what it reverses both ways', () => {
    expect(hrefs(year.querySelector('#event-moe-reversal'), '.reversal a')).toEqual(['/timeline/2020/#event-moe-ban']);
    expect(hrefs(year.querySelector('#event-moe-ban'), '.reversal a')).toEqual(['/timeline/2020/#event-moe-reversal']);
    expect(year.querySelectorAll('.reversal a')).toHaveLength(2);
  });
  it('builds one static filtered view per facet value, each listing exactly its events', () => {
    const listed = (url: string) => hrefs(html(url), 'li.event .event-title a');
    expect(listed('/timeline/2020/action/reversal/')).toEqual(['/timeline/2020/#event-moe-reversal']);
    expect(listed('/timeline/2020/actor-type/ministry/')).toEqual(['/timeline/2020/#event-moe-ban', '/timeline/2020/#event-moe-reversal']);
    // The outlet has no country: three of the four events are in New Zealand.
    expect(listed('/timeline/2020/country/nz/')).toEqual([
      '/timeline/2020/#event-moe-ban',
      '/timeline/2020/#event-state-advisory',
      '/timeline/2020/#event-moe-reversal',
    ]);
    const views = (facet: string) => readdirSync(path.join(fixtureDist('basic'), 'timeline/2020', facet)).sort();
    expect(views('action')).toEqual(['advisory', 'ban', 'report', 'reversal']);
    expect(views('country')).toEqual(['nz']);
  });
  it('shows a date as precisely as it is known', () => {
    expect(year.querySelector('#event-state-advisory time')?.textContent).toBe('early April 2020');
    expect(year.querySelector('#event-moe-ban time')?.getAttribute('datetime')).toBe('2020-03-10');
  });
});

describe('entity pages', () => {
  it('link a unit to its parent, list its events (each to its timeline anchor) and the articles that mention it', () => {
    const page = html('/entities/ruritania-moe/');
    expect(hrefs(page.querySelector('dl.facts'))).toEqual(['/entities/ruritania/']);
    expect(hrefs(section(page, 'events'), '.event-title a')).toEqual(['/timeline/2020/#event-moe-ban', '/timeline/2020/#event-moe-reversal']);
    expect(hrefs(section(page, 'articles'), 'h3 a').sort()).toEqual(['/articles/gazette-chatapp-back/', '/articles/gazette-ministry-bans-chatapp/']);
  });
  it('give a state its units and their events, apart from its own', () => {
    const page = html('/entities/ruritania/');
    expect(hrefs(page.querySelector('dl.facts'))).toEqual(['/entities/ruritania-moe/']);
    expect(hrefs(section(page, 'events'), '.event-title a')).toEqual(['/timeline/2020/#event-state-advisory']);
    expect(hrefs(section(page, 'events-within'), '.event-title a')).toEqual(['/timeline/2020/#event-moe-ban', '/timeline/2020/#event-moe-reversal']);
  });
  it('list every other name with its language', () => {
    const names = html('/entities/ruritania-moe/')
      .querySelectorAll('section[aria-labelledby="names"] [lang]')
      .map((el) => [el.getAttribute('lang'), el.textContent]);
    expect(names).toEqual([
      ['de', 'Bildungsministerium'],
      ['en', 'RMoE'],
    ]);
  });
  it('relate entities that meet in events and articles', () => {
    const related = hrefs(section(html('/entities/ruritania-moe/'), 'related'));
    expect(related).toContain('/entities/zoom/');
    expect(related).toContain('/entities/example-gazette/');
  });
  it("show the subject's measures: the ban and the advisory, the ban marked as reversed", () => {
    const page = html('/entities/zoom/');
    const rows = section(page, 'measures')!.querySelectorAll('tbody tr');
    expect(rows.map((r) => hrefs(r).filter((h) => h!.startsWith('/timeline/')))).toEqual([
      ['/timeline/2020/#event-moe-ban', '/timeline/2020/#event-moe-reversal'],
      ['/timeline/2020/#event-state-advisory'],
    ]);
  });
  it('every entity page exists, and the entities index links each', () => {
    const linked = hrefs(html('/entities/'), 'main a[href^="/entities/"]').filter((h) => h !== '/entities/');
    expect(linked.sort()).toEqual(['example-gazette', 'jo-reporter', 'ruritania', 'ruritania-moe', 'zoom'].map((id) => `/entities/${id}/`).sort());
    for (const url of linked) expect(html(url!).querySelector('h1')?.textContent, url!).toBeTruthy();
  });
});

describe('/bans/', () => {
  it('lists the measures against the subject, one row each', () => {
    const rows = html('/bans/').querySelectorAll('table.measures tbody tr');
    expect(rows.map((r) => hrefs(r).find((h) => h!.startsWith('/timeline/')))).toEqual([
      '/timeline/2020/#event-moe-ban',
      '/timeline/2020/#event-state-advisory',
    ]);
  });
});

describe('drafts', () => {
  it('leave no trace in any built file', () => {
    const files = readdirSync(fixtureDist('basic'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(html|json|xml|csv|ics|txt)$/.test(d.name))
      .map((d) => path.join(d.parentPath, d.name));
    expect(files.length).toBeGreaterThan(20);
    const leaks = files.filter((f) => /draft-event|A draft event that is not published/.test(readFileSync(f, 'utf8')));
    expect(leaks.map((f) => path.relative(fixtureDist('basic'), f))).toEqual([]);
  });
});
