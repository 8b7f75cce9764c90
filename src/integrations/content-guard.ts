/**
 * A Vite plugin that stands between content/ and the MDX compiler: an article module is loaded only
 * through the content reader (no symbolic links, size limit, strict UTF-8) and only after its body has
 * passed the closed MDX dialect (src/checks/check-mdx.ts) and its frontmatter the one YAML parser.
 * Nothing else under content/ may become a module. This holds in `astro build` (after the content
 * check, as a second line: it takes the build's one read of content/ and its one parse of each
 * article, so nothing is read twice) and in `astro dev` (where it reads the file as it is now, and a
 * bad article shows its problems in the error overlay instead of running). The frontmatter reaches the compiler blanked out, lines kept: pages
 * read it from the content layer, so Astro's own YAML parser never sees it.
 * Only for use in integration code (Node).
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { checkMdxDialect } from '../checks/check-mdx.ts';
import { frontmatterBlock } from '../checks/frontmatter.ts';
import { formatProblems, type Problem } from '../checks/problem.ts';
import { CONTENT_DIR, readContentFile, relativeTo } from '../reader/files.ts';
import { parseYaml } from '../reader/yaml.ts';
import { dialectOf, sharedContent } from '../reader/read-content.ts';

type Guarded = { code: string; problems?: undefined } | { code?: undefined; problems: Problem[] };

type ContentRead = Awaited<ReturnType<typeof sharedContent>>;
const articlesByPath = new WeakMap<ContentRead, Map<string, ContentRead['articleFolders'][number]>>();
/** The read's articles by file path, indexed once per read (a scan per module was O(N²): ~1 s at 5,000 articles). */
function articleAt(read: ContentRead, rel: string) {
  let byPath = articlesByPath.get(read);
  if (!byPath) articlesByPath.set(read, (byPath = new Map(read.articleFolders.map((a) => [a.filePath, a]))));
  return byPath.get(rel);
}

/** The checked source of an article module, or its problems; `shared`: from the build's one read of content/. */
export async function guardArticle(root: string, file: string, options: { shared?: boolean } = {}): Promise<Guarded> {
  const rel = relativeTo(root, file);
  const parts = rel.split('/');
  if (parts.length !== 4 || parts[0] !== CONTENT_DIR || parts[1] !== 'articles' || parts[3] !== 'index.mdx') {
    return {
      problems: [
        {
          file: rel,
          field: 'file',
          message: 'is not an article, so it cannot become a page module',
          hint: 'only content/articles/<slug>/index.mdx files are compiled',
        },
      ],
    };
  }
  if (options.shared) {
    const article = articleAt(await sharedContent(root), rel);
    // The build's read has this article's problems already; an article it did not read is refused.
    if (!article?.source || !article.data)
      return { problems: [{ file: rel, field: 'file', message: 'was not read as a valid article by the content check', hint: 'run npm run check' }] };
    const problems = dialectOf(article)!.problems;
    return problems.length > 0 ? { problems } : { code: blankFrontmatter(article.source) };
  }
  const read = await readContentFile(root, file);
  if (read.problem) return { problems: [read.problem] };
  const problems: Problem[] = [];
  const fm = frontmatterBlock(read.text);
  if (fm !== undefined) problems.push(...parseYaml(fm, rel, 1).problems);
  problems.push(...checkMdxDialect(read.text, rel).problems);
  if (problems.length > 0) return { problems };
  return { code: blankFrontmatter(read.text) };
}

/** The source with its frontmatter's lines emptied (line numbers kept): pages read the frontmatter from the content layer. */
function blankFrontmatter(source: string): string {
  const fm = frontmatterBlock(source);
  return fm === undefined ? source : source.replace(fm, fm.replace(/[^\n]/g, ''));
}

export function contentGuard(root: string, options: { shared: boolean }): Plugin {
  const contentDir = path.join(root, CONTENT_DIR);
  return {
    name: 'lintas:content-guard',
    enforce: 'pre',
    async load(id) {
      const file = id.split('?')[0]!;
      if (!path.isAbsolute(file) || path.relative(contentDir, file).startsWith('..')) return null;
      const guarded = await guardArticle(root, file, options);
      if (guarded.problems) {
        const error = new Error(
          `${relativeTo(root, file)} was not compiled:\n\n${formatProblems(guarded.problems)}\n\nSee CONTRIBUTING.md, "What an article may contain".`,
        );
        error.stack = error.message;
        throw error;
      }
      return guarded.code;
    },
  };
}
