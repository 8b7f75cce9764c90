import { describe, expect, it } from 'vitest';
import { problemsPage } from '../../src/integrations/problems-page.ts';

describe('the page astro dev shows while content/ has problems', () => {
  it('lists each problem in file order, with what it quotes from content escaped, never as markup', () => {
    const html = problemsPage([
      { file: 'content/events/b.yaml', line: 9, field: 'title', message: 'quotes <script>alert(1)</script> & "more"' },
      { file: 'content/articles/a/index.mdx', line: 3, field: 'body', message: "an <img src=x onerror='x'> tag", hint: 'remove it' },
    ]);
    expect(html).toContain('<h1>2 content problems</h1>');
    expect(html).not.toMatch(/<script>alert|<img/);
    const items = [...html.matchAll(/<li><code>(.*?)<\/code><\/li>/g)].map((m) => m[1]);
    expect(items).toEqual([
      'content/articles/a/index.mdx:3  body: an &lt;img src=x onerror=&#39;x&#39;&gt; tag (remove it)',
      'content/events/b.yaml:9  title: quotes &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;',
    ]);
  });
});
