/**
 * The overview on the built site: on every page that lists events with their anchors, each listed
 * event has exactly one mark, a link to its anchor on the same page; on /bans/ and entity pages each
 * event drawn links to its entry on the timeline. Derived from the pages themselves, not today's events.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/dist.ts';
import { sitePath } from '../../src/lib/paths.ts';

const listedPages = ['/timeline/', '/timeline/2020/'];

describe('the timeline overview', () => {
  for (const url of listedPages) {
    it(`${url}: every listed event has one mark linking to its anchor`, () => {
      const root = parse(page(url));
      const listed = root.querySelectorAll('li.event[id]').map((li) => li.id);
      expect(listed.length).toBeGreaterThan(0);
      const marks = root
        .querySelectorAll('timeline-overview a.ov-mark')
        .map((a) => ({ id: a.getAttribute('data-event'), href: a.getAttribute('href'), label: a.getAttribute('aria-label') }));
      for (const id of listed) {
        const own = marks.filter((m) => `event-${m.id}` === id);
        expect(own, `${url}: marks for ${id}`).toHaveLength(1);
        expect(own[0]!.href).toBe(`#${id}`);
        expect(own[0]!.label, `${id} has an accessible name: its date and title`).toMatch(/\d{4}.*: .+/);
      }
      expect(marks).toHaveLength(listed.length);
    });
  }

  it('/bans/: every measure in the table is drawn, linking to its entry on the timeline', () => {
    const root = parse(page('/bans/'));
    const marks = root.querySelectorAll('timeline-overview a.ov-mark');
    const hrefs = new Set(marks.map((a) => a.getAttribute('href')));
    const rows = root.querySelectorAll('#measures-table tbody tr');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const link = row
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href')!)
        .find((h) => /#event-/.test(h) && !/-dispute-\d+$/.test(h));
      expect(link, 'each row links to its event').toBeDefined();
      expect(hrefs.has(link!), `${link} is drawn`).toBe(true);
    }
    for (const href of hrefs) {
      const [pathPart, anchor] = href!.split('#');
      expect(parse(page(sitePath(pathPart!))).getElementById(anchor!), `${href} exists`).not.toBeNull();
    }
  });
});
