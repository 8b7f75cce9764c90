import { describe, expect, it } from 'vitest';
import { straightQuotes, straightQuotesInHtml } from '../../src/lib/search/quote-marks.ts';

describe('straightQuotes', () => {
  it('makes curly, low, angled, corner and full-width marks straight', () => {
    expect(straightQuotes('“banned” Taiwan’s ‘unsafe’ „so“ «non» ‹oui› 「行政院」 『書』 ＂x＂ ＇y＇')).toBe(
      `"banned" Taiwan's 'unsafe' "so" "non" 'oui' "行政院" "書" "x" 'y'`,
    );
  });

  it('leaves other punctuation alone: primes, dashes, straight marks', () => {
    const text = `5′ 6″ — 1–2 "a" 'b' don't`;
    expect(straightQuotes(text)).toBe(text);
  });
});

describe('straightQuotesInHtml', () => {
  it('straightens the text', () => {
    expect(straightQuotesInHtml('<p>“Zoom” Taiwan’s „so“</p>')).toBe(`<p>&quot;Zoom&quot; Taiwan's &quot;so&quot;</p>`);
  });

  it('leaves scripts, styles and comments as they are, even with a < or an unbalanced quote in them', () => {
    const html = `<script>if (a < b) x = "don’t “y”";</script><style>q::before { content: "“"; }</style><!-- it’s > “z” -->“w”<p title="“t”">`;
    expect(straightQuotesInHtml(html)).toBe(
      `<script>if (a < b) x = "don’t “y”";</script><style>q::before { content: "“"; }</style><!-- it’s > “z” -->&quot;w&quot;<p title="“t”">`,
    );
    // A script with a < and a lone quote in it does not hide the text after it.
    expect(straightQuotesInHtml(`<script>if (a < b) x(); // don't\n</script><p>c’d</p><i title='e’'>f’g</i>`)).toBe(
      `<script>if (a < b) x(); // don't\n</script><p>c'd</p><i title='e’'>f'g</i>`,
    );
  });

  it('keeps every tag byte for byte, attributes with quote marks included', () => {
    const html = `<span data-pagefind-meta="title[data-title]" data-title="Taiwan’s “ban”">Taiwan’s “ban”</span><a title='it’s'>x</a>`;
    expect(straightQuotesInHtml(html)).toBe(
      `<span data-pagefind-meta="title[data-title]" data-title="Taiwan’s “ban”">Taiwan's &quot;ban&quot;</span><a title='it’s'>x</a>`,
    );
  });

  it('keeps a quoted attribute value whole even when it holds a ">"', () => {
    const html = `<a title="a > “b”" data-x='it’s > x'>“c”</a> 1 < 2 “d”`;
    expect(straightQuotesInHtml(html)).toBe(`<a title="a > “b”" data-x='it’s > x'>&quot;c&quot;</a> 1 < 2 &quot;d&quot;`);
  });

  it('leaves HTML without marks as it was', () => {
    const html = '<div class="a">plain &amp; simple <b>text</b></div>';
    expect(straightQuotesInHtml(html)).toBe(html);
  });
});
