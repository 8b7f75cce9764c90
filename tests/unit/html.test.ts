/**
 * HTML written as strings (src/lib/html.ts): whatever a value holds, it comes back out of a parser as
 * the same text or attribute value, never as markup.
 */
import fc from 'fast-check';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { el, text } from '../../src/lib/html.ts';

describe('el and text', () => {
  it('round-trips any string as text and as an attribute value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        const root = parse(el('div', null, el('span', { title: value, 'data-x': value }, text(value))));
        const span = root.querySelectorAll('span');
        expect(span).toHaveLength(1);
        expect(root.querySelectorAll('*')).toHaveLength(2);
        expect(span[0]!.getAttribute('title')).toBe(value);
        expect(span[0]!.getAttribute('data-x')).toBe(value);
        expect(span[0]!.text).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out attributes without a value and closes no void element', () => {
    expect(el('a', { href: '/x/', title: undefined }, text('a < b'))).toBe('<a href="/x/">a &lt; b</a>');
    expect(el('br', null)).toBe('<br>');
    expect(text(`"'&<>`)).toBe('&quot;&#39;&amp;&lt;&gt;');
  });
});
