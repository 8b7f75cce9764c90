/**
 * <timeline-overview>: the overview's behaviour with JavaScript (it works without).
 * - Arrow keys (and Home/End) move the focus between marks, in time order; Tab leaves the overview.
 * - When the page's filters hide events in the list below (src/components/TimelineFilters.astro sets
 *   `hidden` on their items), the marks of the hidden events are dimmed, so the overview shows what
 *   the filter selects.
 */
import { nextIndex } from '../lib/overview-keys.ts';

class TimelineOverview extends HTMLElement {
  connectedCallback(): void {
    const marks = [...this.querySelectorAll<SVGAElement>('a.ov-mark')];
    marks.forEach((m, i) => m.setAttribute('tabindex', i === 0 ? '0' : '-1'));
    this.addEventListener('keydown', (event) => {
      const at = marks.indexOf(event.target as SVGAElement);
      if (at === -1) return;
      const next = nextIndex(event.key, at, marks.length);
      if (next === undefined) return;
      event.preventDefault();
      marks[at]!.setAttribute('tabindex', '-1');
      marks[next]!.setAttribute('tabindex', '0');
      marks[next]!.focus();
    });
    const list = document.querySelector('[data-timeline-events]');
    if (!list) return;
    const sync = () => {
      for (const mark of marks) {
        const item = document.getElementById(`event-${mark.dataset.event}`) ?? list.querySelector(`[data-event-id="${mark.dataset.event}"]`);
        mark.classList.toggle('ov-dim', item instanceof HTMLElement && item.hidden === true);
      }
    };
    new MutationObserver(sync).observe(list, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
    sync();
  }
}

customElements.define('timeline-overview', TimelineOverview);
