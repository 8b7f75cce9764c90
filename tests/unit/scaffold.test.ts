import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { entitySchema } from '../../src/schemas/entity.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { validateYaml } from '../../src/checks/validate-yaml.ts';
import { fieldsFor, invalidValues, missingFlags, pairedFlagErrors, splitIds } from '../../src/scaffold/fields.ts';
import { defaultArticleSlug, originalUrlKey, slugify } from '../../src/scaffold/slug.ts';
import { articleIndexMdx, entityYaml, eventYaml, nextSteps } from '../../src/scaffold/templates.ts';

const ctx = { entityExists: (id: string) => ['bisnis', 'zoom', 'spacex', 'taiwan'].includes(id) };
const frontmatter = (mdx: string) => /^---\n([\s\S]*?)\n---/.exec(mdx)![1]!;
const fields = (problems: { field: string }[]) => problems.map((p) => p.field).sort();

describe('slugs', () => {
  it('makes lower-case ASCII words joined by single hyphens', () => {
    expect(slugify('Taiwan Larang Instansi Pemerintah Gunakan Zoom!')).toBe('taiwan-larang-instansi-pemerintah-gunakan-zoom');
    expect(slugify('Zoom’s “ban” — São Paulo, 2020')).toBe('zooms-ban-sao-paulo-2020');
  });
  it('cuts at a word boundary', () => {
    const slug = slugify('one two three four five six seven eight nine ten eleven twelve thirteen', 20);
    expect(slug).toBe('one-two-three-four');
  });
  it('prefixes the outlet once, and gives up on titles without Latin letters', () => {
    expect(defaultArticleSlug('bisnis', 'Taiwan Larang Zoom')).toBe('bisnis-taiwan-larang-zoom');
    expect(defaultArticleSlug('bisnis', 'Bisnis: Taiwan Larang Zoom')).toBe('bisnis-taiwan-larang-zoom');
    expect(defaultArticleSlug('cna', '行政院禁用Zoom')).toBe('cna-zoom');
    expect(defaultArticleSlug('cna', '行政院禁用')).toBeUndefined();
  });
  it('compares original URLs as the content check does', () => {
    expect(originalUrlKey('https://www.Example.com/a/b/?x=1#y')).toBe(originalUrlKey('http://example.com/a/b'));
    expect(originalUrlKey('https://example.com/a')).not.toBe(originalUrlKey('https://example.com/b'));
  });
});

describe('flags', () => {
  const article = fieldsFor('article', ctx);
  it('names every missing required flag', () => {
    expect(missingFlags(article, { url: 'https://x.org/a', author: [] })).toEqual(['--outlet', '--title', '--date', '--lang']);
    expect(missingFlags(article, { url: 'u', outlet: 'bisnis', title: 't', date: 'd', lang: 'id' })).toEqual([]);
  });
  it('explains each bad value with an example', () => {
    const errors = invalidValues(article, {
      url: 'javascript:alert(1)',
      outlet: 'nope',
      date: '2020-04-07',
      lang: 'Indonesian',
      title: 'ok',
      author: ['A', ' '],
    });
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/^--url "javascript:alert\(1\)": must be a full web address starting with https:\/\//);
    expect(errors[1]).toMatch(/^--outlet "nope": no entity "nope" in content\/entities\//);
    expect(errors[2]).toMatch(/^--date "2020-04-07": must be an ISO 8601 time with the original UTC offset/);
    expect(errors[3]).toMatch(/^--lang "Indonesian": must be a BCP 47 language tag/);
    expect(errors[4]).toMatch(/^--author " ": must not be empty/);
  });
  it('checks entity and event values', () => {
    expect(invalidValues(fieldsFor('entity', ctx), { id: 'NYC DOE', name: 'x', type: 'school', country: 'usa' })).toHaveLength(3);
    const event = fieldsFor('event', ctx);
    expect(invalidValues(event, { id: 'a', title: 't', date: '2020-13', actor: 'spacex, nope', action: 'banned' }).map((e) => e.split(':')[0])).toEqual([
      '--date "2020-13"',
      '--actor "spacex, nope"',
      '--action "banned"',
    ]);
    expect(invalidValues(event, { id: 'a', title: 't', date: '2020-04-07T09:00+08:00', actor: 'spacex,taiwan', action: 'ban' })).toEqual([]);
    expect(splitIds(' spacex , taiwan,')).toEqual(['spacex', 'taiwan']);
    expect(pairedFlagErrors('event', { 'source-url': 'https://x.org' })).toHaveLength(1);
    expect(pairedFlagErrors('event', {})).toEqual([]);
  });
});

describe('templates', () => {
  const articleInput = {
    url: 'https://x.org/a',
    outlet: 'bisnis',
    title: 'Judul "asli": Zoom',
    date: '2020-04-07T14:33:00+07:00',
    lang: 'id',
    authors: [],
    today: '2026-11-27',
  };

  it('fills in the given values and leaves only the text to write, which the schema flags', () => {
    const parsed = validateYaml(frontmatter(articleIndexMdx(articleInput)), articleSchema, 'index.mdx', 1);
    expect(fields(parsed.problems)).toEqual(['authors', 'summary', 'title', 'translator']);
    for (const p of parsed.problems) expect(p.line).toBeGreaterThan(1);
  });

  it('gives a valid draft once the editor has written the text', () => {
    const filled = frontmatter(articleIndexMdx({ ...articleInput, authors: ['Nirmala Aninda'] }))
      .replace('title: ""', 'title: "A title"')
      .replace('summary: ""', 'summary: "S"')
      .replace('translator: ""', 'translator: "T"');
    const parsed = validateYaml(filled, articleSchema, 'index.mdx');
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toMatchObject({
      originalTitle: 'Judul "asli": Zoom',
      outlet: 'bisnis',
      authors: ['Nirmala Aninda'],
      entities: ['bisnis'],
      draft: true,
      published: articleInput.date,
    });
  });

  it('makes entity files the schema accepts once the description is written', () => {
    const yaml = entityYaml({ name: 'Central News Agency', type: 'news-outlet', country: 'TW' });
    expect(fields(validateYaml(yaml, entitySchema, 'e.yaml').problems)).toEqual(['description']);
    const parsed = validateYaml(yaml.replace('description: ""', 'description: "D"'), entitySchema, 'e.yaml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toMatchObject({ name: 'Central News Agency', country: 'TW', draft: true });
    expect(validateYaml(entityYaml({ name: 'N', type: 'person' }), entitySchema, 'e.yaml').data).toBeUndefined();
  });

  it('makes event files: sources, confidence, summary (and reverses) are the editor’s', () => {
    const bare = eventYaml({ title: 'X bans Zoom', date: '2020-04', actor: 'spacex', action: 'reversal', subject: 'zoom' });
    expect(fields(validateYaml(bare, eventSchema, 'e.yaml').problems)).toEqual(['confidence', 'reverses', 'sources', 'summary']);
    const sourced = eventYaml({
      title: 'X bans Zoom',
      date: '2020-04-07',
      actor: 'spacex,taiwan',
      action: 'ban',
      sourceUrl: 'https://x.org/a',
      sourceOutlet: 'Reuters',
    })
      .replace('summary: ""', 'summary: "S"')
      .replace('confidence: ""', 'confidence: "high"');
    const parsed = validateYaml(sourced, eventSchema, 'e.yaml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toMatchObject({ actor: ['spacex', 'taiwan'], sources: [{ outlet: 'Reuters', url: 'https://x.org/a' }], draft: true });
  });

  it("writes the source's publication and access days when given, and leaves the snapshot to npm run archive", () => {
    const text = eventYaml({
      title: 'X bans Zoom',
      date: '2020-04-07',
      actor: 'spacex',
      action: 'ban',
      sourceUrl: 'https://x.org/a',
      sourceOutlet: 'Reuters',
      sourceDate: '2020-04-07',
      sourceAccessed: '2026-11-28',
    })
      .replace('summary: ""', 'summary: "S"')
      .replace('confidence: ""', 'confidence: "high"');
    const parsed = validateYaml(text, eventSchema, 'e.yaml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.data?.sources[0]).toMatchObject({ date: '2020-04-07', accessed: '2026-11-28' });
    expect(parsed.data?.sources[0]?.archiveUrl).toBeUndefined();
    expect(text).toContain('npm run archive');
  });

  it('prints the next steps', () => {
    const text = nextSteps('article', ['content/articles/a/index.mdx', 'content/articles/a/original.md']);
    expect(text).toContain('Paste the original text into content/articles/a/original.md');
    expect(text).toContain('paragraph by paragraph into content/articles/a/index.mdx');
    expect(text).toContain('npm run check');
    expect(text).toContain('npm run dev');
  });
});
