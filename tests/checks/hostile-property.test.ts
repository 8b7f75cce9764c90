/**
 * Property: whatever hostile fragment a contributor puts into real content files (expressions, tags,
 * attributes, URLs, control characters, YAML tags and aliases, symbolic links), either the content
 * check reports a problem naming the mutated file, or the site builds and no output holds executable
 * markup made from it; and no mutation ever runs code (a canary file the fragments try to write never
 * appears). Mutations are drawn by fast-check from real content files; those that pass the check are
 * applied together to one copy of the project and built once.
 */
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { checkMdxDialect } from '../../src/checks/check-mdx.ts';
import { readContent, renderableArticle } from '../../src/reader/read-content.ts';
import { cleanup, copyContent, copyProject, fixtureContent, listFiles, TODAY } from './fixture.ts';

const MARK = 'zzhostile';
const CANARY = path.join(tmpdir(), `lintas-canary-${process.pid}`);
const WRITE = `require("node:fs").writeFileSync(${JSON.stringify(CANARY)}, "ran")`;

const mdxFragments = [
  `{${WRITE}}`,
  `{/* a */ ${WRITE} /* b */}`,
  `\n\n{(() => { ${WRITE} })()}\n\n`,
  `\n\n{/* a */}\n{${WRITE}}\n\n`,
  `\n\nimport fs from "node:fs"\n\n`,
  `\n\nexport const x = ${WRITE}\n\n`,
  `<img src="x" onerror="${MARK}()" />`,
  `<iframe src="https://example.org/${MARK}"></iframe>`,
  `<script>${MARK}()</script>`,
  `<svg onload="${MARK}()"></svg>`,
  `[${MARK}](javascript:${MARK}())`,
  `[${MARK}](data:text/html,${MARK})`,
  `[${MARK}](//evil.example/${MARK})`,
  `<Entity id={${WRITE}}>x</Entity>`,
  `<Entity {...{ onclick: "${MARK}()" }}>x</Entity>`,
  `<Entity id="zoom" onclick="${MARK}()">x</Entity>`,
  `<Cite outlet="${MARK}" url="javascript:${MARK}()" />`,
  `<Cite outlet="${MARK}" url="https://example.org/" title={${WRITE}} />`,
  `${MARK}\u0007`,
  `${MARK}\u202e`,
  // These are text and pass; the build must show them as text.
  `&lt;script&gt;${MARK}()&lt;/script&gt;`,
  `\\{${MARK}\\}`,
  `*${MARK}*`,
  `[${MARK}](https://example.org/${MARK})`,
];

const yamlFragments = [
  `!!js/function "function () { ${WRITE.replace(/"/g, "'")} }"`,
  '!!binary aGVsbG8=',
  `!include /proc/self/environ`,
  `*${MARK}`,
  `&a ${MARK}`,
  'yes',
  '0x1F',
  `"${MARK}\\u0007"`,
  `"\\u202e${MARK}"`,
  `"javascript:${MARK}()"`,
  // Text that passes: markup inside must reach every output escaped.
  `"<script>${MARK}()</script>"`,
  `"<img src=x onerror=${MARK}()>"`,
  `"]]></title><script>${MARK}()</script>"`,
  `"</script><script>${MARK}()</script>"`,
  `"${MARK} \\" onmouseover=\\"${MARK}()"`,
];

type Mutation = { kind: 'edit'; file: string; from: string; to: string } | { kind: 'symlink'; file: string };

const contentFiles = listFiles(fixtureContent).map((f) => `content/${f}`);
const articleFiles = contentFiles.filter((f) => f.endsWith('/index.mdx'));
const dataFiles = contentFiles.filter((f) => f.endsWith('.yaml'));
const read = (file: string) => readFileSync(path.join(fixtureContent, path.relative('content', file)), 'utf8');

/** Paragraph lines of the translations: text to put a fragment into. */
const bodyLines = articleFiles.flatMap((file) =>
  read(file)
    .split('\n')
    .filter((l) => /^[A-Z<"]/.test(l) && !l.startsWith('---'))
    .map((line) => ({ file, line })),
);
/** `key: "value"` lines of data files. */
const valueLines = dataFiles.flatMap((file) =>
  read(file)
    .split('\n')
    .filter((l) => /^\s*(?:- )?[a-zA-Z]+: ".*"$/.test(l))
    .map((line) => ({ file, line })),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ at: fc.constantFrom(...bodyLines), fragment: fc.constantFrom(...mdxFragments), cut: fc.nat() }).map(({ at, fragment, cut }) => {
      const words = at.line.split(' ');
      const i = cut % words.length;
      return { kind: 'edit' as const, file: at.file, from: at.line, to: [...words.slice(0, i), fragment, ...words.slice(i)].join(' ') };
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ at: fc.constantFrom(...valueLines), fragment: fc.constantFrom(...yamlFragments) }).map(({ at, fragment }) => ({
      kind: 'edit' as const,
      file: at.file,
      from: at.line,
      to: at.line.replace(/: ".*"$/, `: ${fragment}`),
    })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...contentFiles).map((file) => ({ kind: 'symlink' as const, file })) },
);

function apply(root: string, m: Mutation): boolean {
  const full = path.join(root, m.file);
  if (m.kind === 'symlink') {
    rmSync(full, { force: true });
    const outside = path.join(root, `outside-${path.basename(m.file)}`);
    writeFileSync(outside, read(m.file).replace(/^(title|name): .*$/m, `$1: "${MARK}"`));
    symlinkSync(outside, full);
    return true;
  }
  const text = readFileSync(full, 'utf8');
  if (!text.includes(m.from)) return false;
  writeFileSync(
    full,
    text.replace(m.from, () => m.to),
  );
  return true;
}

const roots: string[] = [];
afterAll(() => {
  roots.forEach(cleanup);
  rmSync(CANARY, { force: true });
});

/** Where built output would carry the fragment as something a browser runs. */
function executableMarkup(html: string): string[] {
  const found: string[] = [];
  const visit = (el: HTMLElement) => {
    const tag = el.tagName?.toLowerCase();
    for (const [name, value] of Object.entries(el.attributes ?? {})) {
      if (name.toLowerCase().startsWith('on') && value.includes(MARK)) found.push(`<${tag} ${name}="${value}">`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name.toLowerCase()) && /^\s*(?:javascript|data|vbscript):/i.test(value))
        found.push(`<${tag} ${name}="${value}">`);
    }
    if (
      ['script', 'iframe', 'object', 'embed', 'foreignobject'].includes(tag ?? '') &&
      el.getAttribute('type') !== 'application/ld+json' &&
      el.toString().includes(MARK)
    )
      found.push(el.toString().slice(0, 120));
    el.childNodes.forEach((c) => 'tagName' in c && visit(c as HTMLElement));
  };
  visit(parse(html, { comment: false }));
  return found;
}

describe('hostile content, mutated at random (fast-check)', () => {
  const passed: Mutation[] = [];

  it('is either reported naming the mutated file, or passes as text; nothing runs', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const root = copyContent();
        roots.push(root);
        apply(root, m);
        const problems = await checkContent(root, { includeDrafts: false, today: TODAY });
        if (problems.length === 0) {
          passed.push(m);
          return;
        }
        expect(
          problems.map((p) => p.file),
          `${JSON.stringify(m)}\n${problems.map((p) => `${p.file}  ${p.message}`).join('\n')}`,
        ).toContain(m.file);
        // An article that breaks the dialect is refused by the page's renderer too, the second line. (Not every
        // refused article: "*x*" put inside original="…" is text, refused only by the check's rule that
        // the words occur in the original, which the renderer does not repeat. Seed -274208426 found it.)
        if (m.file.endsWith('.mdx') && checkMdxDialect(readFileSync(path.join(root, m.file), 'utf8'), m.file).problems.length > 0) {
          const id = m.file.split('/')[2]!;
          const read = await readContent(root);
          if (read.articles.some((a) => a.id === id)) expect(() => renderableArticle(read, id)).toThrow(/was not rendered|not read as a valid article/);
        }
        cleanup(root);
        roots.pop();
      }),
      { numRuns: 150 },
    );
    expect(existsSync(CANARY), 'a content fragment ran code').toBe(false);
  }, 300_000);

  it('builds what passed, with no executable markup made from it and no code run', () => {
    expect(passed.length, 'no mutation passed the check, so nothing was built').toBeGreaterThan(0);
    const root = copyProject();
    roots.push(root);
    const applied = passed.filter((m) => apply(root, m));
    const env = { ...process.env, PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`, LINTAS_OG_CACHE: 'off' };
    const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(result.status, `${applied.length} mutations:\n${JSON.stringify(applied, null, 1)}\n${result.stdout}\n${result.stderr}`).toBe(0);
    const dist = path.join(root, 'dist');
    const found: string[] = [];
    for (const file of listFiles(dist).filter((f) => /\.(html|xml)$/.test(f))) {
      const text = readFileSync(path.join(dist, file), 'utf8');
      if (!text.includes(MARK)) continue;
      if (file.endsWith('.xml')) {
        // Feeds and the sitemap: the fragment's markup may appear only escaped.
        if (/<script|<img|onerror=/i.test(text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''))) found.push(`${file}: raw markup`);
        continue;
      }
      found.push(...executableMarkup(text).map((f) => `${file}: ${f}`));
    }
    expect(found).toEqual([]);
    expect(existsSync(CANARY), 'a content fragment ran code during the build').toBe(false);
    expect(readdirSync(root).filter((n) => n.startsWith('.dist-'))).toEqual([]);
  }, 300_000);
});
