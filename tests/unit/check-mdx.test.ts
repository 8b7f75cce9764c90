/**
 * The closed MDX dialect (src/checks/check-mdx.ts) against what a red team found passing the check
 * and reaching the page wrong or with characters the check refuses everywhere else: each case is
 * refused, or renders (src/lib/article-body.ts) as the words and links the author wrote.
 */
import { describe, expect, it } from 'vitest';
import { checkArticleMdx, checkMdxDialect } from '../../src/checks/check-mdx.ts';
import { articleBody } from '../../src/lib/article-body.ts';

const problemsOf = (mdx: string) => checkMdxDialect(mdx, 'x.mdx').problems.map((p) => `${p.field}: ${p.message}`);

describe('the closed dialect refuses', () => {
  it('an attribute written twice, which the page and the ClaimReview JSON-LD read differently', () => {
    const mdx = 'Text. <ClaimCheck claim="It was banned" claim="It was advised against" verdict="accurate" verdict="misleading">n</ClaimCheck>\n';
    expect(problemsOf(mdx)).toEqual(['<ClaimCheck> claim: is written twice', '<ClaimCheck> verdict: is written twice']);
    expect(problemsOf('A <Entity id="zoom" id="spacex">Zoom</Entity>.\n')).toEqual(['<Entity> id: is written twice']);
    // Whatever reads the tree takes the value the page shows.
    const { paragraphs } = checkMdxDialect(mdx, 'x.mdx');
    expect(articleBody(paragraphs, { original: [], originalLanguage: 'id', originalLanguageName: 'Indonesian', url: (p) => p }).claimChecks).toEqual([
      { note: 1, claim: 'It was advised against', verdict: 'misleading' },
    ]);
  });

  it('in `code`, a link title or a link address, the characters it refuses in text (bidirectional overrides, control characters)', () => {
    expect(problemsOf('Run `rm \u202e-rf` now.\n')).toEqual([
      'paragraph 1: the `code` contains an invisible bidirectional-override character; retype the text without it',
    ]);
    expect(problemsOf('A `\u0085` here.\n')).toEqual(['paragraph 1: the `code` contains a control character; retype the text without it']);
    expect(problemsOf('[Zoom](https://zoom.us "safe\u202egnp.exe") here.\n')).toEqual([
      "paragraph 1: the link's title contains an invisible bidirectional-override character; retype the text without it",
    ]);
    expect(problemsOf('[Zoom](https://zoom.us/\u202e) here.\n')).toEqual(['paragraph 1: the link address "https://zoom.us/\u202e" is not allowed']);
    expect(problemsOf('[Zoom](https://zoom.us "A title, with \'quotes\'") and `code`.\n')).toEqual([]);
  });

  it('a note inside formatting, which the page would render in the middle of the words', () => {
    const inFormatting = /: a note inside \*emphasis\*, \*\*strong\*\* or ~~deleted~~ text$/;
    for (const mdx of [
      'Words *<ContextNote>A note.</ContextNote>*\n',
      'Words **<TranslatorNote>A note.</TranslatorNote>** more.\n',
      'Words ~~<ClaimCheck claim="x" verdict="accurate">A note.</ClaimCheck>~~\n',
    ])
      expect(problemsOf(mdx)).toEqual([expect.stringMatching(inFormatting)]);
    expect(problemsOf('Words *in [a link **<ContextNote>A note.</ContextNote>**](https://example.org)*\n')).toContainEqual(expect.stringMatching(inFormatting));
    // Formatting inside a note, and a citation in formatting, are fine.
    expect(
      problemsOf('Words *in italics* <ContextNote>A *note* with **strong** words. *<Cite outlet="X" url="https://example.org/" />*</ContextNote>\n'),
    ).toEqual([]);
    expect(problemsOf('Words *<Cite outlet="X" url="https://example.org/" />* <Entity id="zoom">*Zoom*</Entity>.\n')).toEqual([]);
  });

  it('a site path with . or .. segments, which would lead out from under the base path', () => {
    for (const href of ['/../elsewhere/', '/entities/%2e%2e/%2E./x', '/./entities/zoom/', '/a/.%2e'])
      expect(problemsOf(`[Words](${href}) here.\n`)).toEqual([`paragraph 1: the link address "${href}" is not allowed`]);
    expect(problemsOf('[Words](/entities/zoom/?q=..#..) and [more](/a.b/...c/) here.\n')).toEqual([]);
  });
});

describe('a link, a mention or a note', () => {
  it('without words is refused: an empty link is one no reader sees, an empty note a numbered box with nothing in it', () => {
    expect(problemsOf('Words [](https://example.org) and [ {/* c */} ](/entities/zoom/).\n')).toEqual([
      'paragraph 1: a link without words',
      'paragraph 1: a link without words',
    ]);
    expect(problemsOf('Words <Entity id="zoom" /> and <Entity id="zoom"> </Entity>.\n')).toEqual([
      '<Entity>: mentions no words',
      '<Entity>: mentions no words',
    ]);
    expect(problemsOf('Words. <TranslatorNote on="Words" /> <ContextNote>{/* later */}</ContextNote>\n')).toEqual([
      '<TranslatorNote>: holds no text',
      '<ContextNote>: holds no text',
    ]);
    // Invisible characters are no words either: a zero-width space, a word joiner, a soft hyphen.
    expect(problemsOf('Words [\u200b](https://example.org) and <Entity id="zoom">\u2060\u00ad</Entity>. <TranslatorNote>\u200b</TranslatorNote>\n')).toEqual([
      'paragraph 1: a link without words',
      '<Entity>: mentions no words',
      '<TranslatorNote>: holds no text',
    ]);
    expect(
      problemsOf(
        '[`code`](https://example.org) <Entity id="zoom">*Zoom*</Entity>. <ContextNote><Cite outlet="X" url="https://example.org/" /></ContextNote>\n',
      ),
    ).toEqual([]);
  });
});

describe("the original's text", () => {
  it('may not hold the characters the translation may not: the page shows it beside the translation', () => {
    const check = (original: string[]) =>
      checkArticleMdx('One.\n\nTwo.\n', {
        file: 'x.mdx',
        original,
        originalFile: 'original.md',
        frontmatterEntities: [],
        knownEntities: new Set(),
      }).problems.map((p) => `${p.file} ${p.field}: ${p.message}`);
    expect(check(['Satu.', 'Dua \u202eevil\u0007.'])).toEqual([
      'original.md paragraph 2: the text contains an invisible bidirectional-override character; retype the text without it',
    ]);
    expect(check(['Satu.', 'Dua \u0085.'])).toEqual(['original.md paragraph 2: the text contains a control character; retype the text without it']);
    expect(check(['Satu « é »\t.', 'Dua — 行政院.'])).toEqual([]);
    // A paragraph of invisible characters is a paragraph with nothing in it, paired with a translated one.
    expect(check(['Satu.', '\u200b\u2060'])).toEqual(['original.md paragraph 2: the text shows nothing: it holds only invisible characters']);
  });
});

describe('a paragraph of the translation', () => {
  it('that shows nothing (only invisible characters, or only a comment) is refused; one made of a mention is not', () => {
    expect(problemsOf('One.\n\n\u200b\n\n{/* later */} \u00ad\n')).toEqual([
      'paragraph 2: shows nothing: it has no words, only invisible characters, comments or empty links',
      'paragraph 3: shows nothing: it has no words, only invisible characters, comments or empty links',
    ]);
    expect(problemsOf('One.\n\n<Entity id="zoom">Zoom</Entity> \u200b\n')).toEqual([]);
    expect(problemsOf('One.\n\n[](https://example.org)\n')).toEqual([
      'paragraph 2: a link without words',
      'paragraph 2: shows nothing: it has no words, only invisible characters, comments or empty links',
    ]);
  });
});

describe('the page links what the check allowed', () => {
  const ctx = { original: ['Eins.'], originalLanguage: 'de', originalLanguageName: 'German', url: (p: string) => `/lintas${p}` };
  const hrefs = (mdx: string) => {
    const dialect = checkMdxDialect(mdx, 'x.mdx');
    expect(dialect.problems).toEqual([]);
    return [...articleBody(dialect.paragraphs, ctx).html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
  };

  it('writes an https address normalised, as the check read it: "https:host" is not a path on this site', () => {
    // In a browser, "https:evil.example" relative to an https page is a path on that page's site.
    expect(hrefs('[Zoom](https:zoom.us) [Zoom](https:/zoom.us/a) [Zoom](HTTPS://Zoom.US/b?c=d&amp;e=%22f)\n')).toEqual([
      'https://zoom.us/',
      'https://zoom.us/a',
      'https://zoom.us/b?c=d&amp;e=%22f',
    ]);
    expect(new URL('https:zoom.us', 'https://lintas.example/articles/a/').host).toBe('lintas.example');
    expect(hrefs('See https://example.org/a"b now.\n')).toEqual(['https://example.org/a%22b']);
  });

  it('renders the words of a link whose address it would refuse, without the link', () => {
    const paragraph = { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'Words' }] }] };
    const html = articleBody([paragraph], ctx).html;
    expect(html).not.toMatch(/javascript|<a href/);
    expect(html).toContain('>Words</div>');
  });
});

describe('an address written as plain text', () => {
  const messages = (source: string) => checkMdxDialect(source, 'x.mdx').problems.map((p) => `${p.message} (${p.hint})`);
  it('is reported as the address the editor wrote, with a way to keep it', () => {
    expect(messages('See www.example.com today.\n')).toEqual([
      expect.stringMatching(/^"www\.example\.com" in the text becomes a link to http:\/\/www\.example\.com.*https:\/\/www\.example\.com.*`www\.example\.com`/),
    ]);
    expect(messages('Mail name@example.com now.\n')).toEqual([expect.stringMatching(/^the e-mail address "name@example\.com".*`name@example\.com`/)]);
  });
  it('passes when written as code, as the hint says', () => {
    expect(messages('See `www.example.com` and `name@example.com` today.\n')).toEqual([]);
  });
  it('still names the address of a link the editor made', () => {
    expect(messages('See [the site](http://example.com/) today.\n')).toEqual([
      expect.stringContaining('the link address "http://example.com/" is not allowed'),
    ]);
  });
});
