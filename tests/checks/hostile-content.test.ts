/**
 * Content is data, never code: one fixture per rule of the content reader and the closed MDX dialect,
 * each a copy of the real content with one hostile change. Each must give exactly one problem naming
 * the file (and line where there is one), the field and what is wrong.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/reader/files.ts';
import { checkBroken, cleanup, edit, lineOf, read, write, type Where } from './fixture.ts';

const ARTICLE_DIR = 'content/articles/bisnis-taiwan-bans-government-use-of-zoom';
const ARTICLE = `${ARTICLE_DIR}/index.mdx`;
const ORIGINAL = `${ARTICLE_DIR}/original.md`;
const EVENT = 'content/events/spacex-ban.yaml';
const ENTITY = 'content/entities/spacex.yaml';
/** A sentence of the translation that carries no annotation, to put hostile MDX into. */
const SENTENCE = 'Millions of people have switched to the app';

const roots: string[] = [];
afterAll(() => roots.forEach(cleanup));

interface Case {
  name: string;
  breakIt: (root: string) => Where;
  expected: RegExp;
}

/** Puts `fragment` into the translation, in a paragraph of its own text. */
const inArticle =
  (fragment: string, needle = fragment) =>
  (root: string): Where => {
    edit(root, ARTICLE, SENTENCE, `${SENTENCE} ${fragment}`);
    return { file: ARTICLE, line: lineOf(root, ARTICLE, needle) };
  };
/** Puts `fragment` into the translation on a line of its own after that paragraph. */
const ownLine =
  (fragment: string) =>
  (root: string): Where => {
    edit(root, ARTICLE, /(Millions of people have switched[^\n]*\n)/, `$1\n${fragment}\n`);
    return { file: ARTICLE, line: lineOf(root, ARTICLE, fragment.split('\n')[0]!) };
  };
/** Replaces a line of the event file. */
const inEvent =
  (from: string | RegExp, to: string, needle: string) =>
  (root: string): Where => {
    edit(root, EVENT, from, to);
    return { file: EVENT, line: lineOf(root, EVENT, needle) };
  };

const CODE = 'code, never data';
const mdxCases: Case[] = [
  {
    name: 'an inline expression',
    breakIt: inArticle('{process.exit(1)}'),
    expected: /^paragraph \d+: a JavaScript expression \{…\} is not allowed in articles/,
  },
  {
    name: 'an expression on a line of its own',
    breakIt: ownLine('{globalThis.x = 1}'),
    expected: /^body: a JavaScript expression \{…\} is not allowed in articles/,
  },
  {
    name: 'code hidden between two comments',
    breakIt: ownLine('{/* a */ require("fs").writeFileSync("/tmp/x", "") /* b */}'),
    expected: /^body: a JavaScript expression/,
  },
  { name: 'code hidden between inline comments', breakIt: inArticle('{/* a */ 1 /* b */}'), expected: /^paragraph \d+: a JavaScript expression/ },
  { name: 'an import', breakIt: ownLine('import fs from "node:fs"'), expected: /^body: import and export are not allowed in articles/ },
  { name: 'an export', breakIt: ownLine('export const x = 1'), expected: /^body: import and export are not allowed/ },
  { name: 'a raw <img onerror>', breakIt: inArticle('<img src="x" onerror="alert(1)" />', '<img'), expected: /^<img>: raw HTML is not allowed in articles/ },
  { name: 'a raw <iframe> on its own line', breakIt: ownLine('<iframe src="https://example.org"></iframe>'), expected: /^<iframe>: raw HTML is not allowed/ },
  { name: 'a raw <script>', breakIt: inArticle('<script>alert(1)</script>', '<script'), expected: /^<script>: raw HTML is not allowed/ },
  {
    name: 'a javascript: link',
    breakIt: inArticle('[more](javascript:alert(1))', 'javascript:'),
    expected: /^paragraph \d+: the link address "javascript:alert\(1\)" is not allowed \(links go to https:\/\/ addresses or to pages of this site/,
  },
  {
    name: 'a data: link',
    breakIt: inArticle('[more](data:text/html,hi)', 'data:'),
    expected: /^paragraph \d+: the link address "data:text\/html,hi" is not allowed/,
  },
  {
    name: 'a protocol-relative link',
    breakIt: inArticle('[more](//evil.example/)', '//evil'),
    expected: /^paragraph \d+: the link address "\/\/evil\.example\/" is not allowed/,
  },
  {
    name: 'a plain http: link',
    breakIt: inArticle('[more](http://example.org/)', 'http://example'),
    expected: /^paragraph \d+: the link address "http:\/\/example\.org\/" is not allowed/,
  },
  {
    name: 'a javascript: address in a component prop',
    breakIt: inArticle('<Cite outlet="x" url="javascript:alert(1)" />', 'javascript:'),
    expected: /^<Cite> url: must be a full address starting with https:\/\/$/,
  },
  {
    name: 'an expression as a prop value',
    breakIt: inArticle('<Entity id={"zoom"}>Zoom</Entity>', 'id={'),
    expected: /^<Entity> id: must be plain text in quotes, not a JavaScript expression/,
  },
  {
    name: 'a spread attribute',
    breakIt: inArticle('<Entity {...props}>Zoom</Entity>', '{...props}'),
    expected: /^<Entity>: spread attributes \{\.\.\.\} are not allowed/,
  },
  {
    name: 'an event-handler prop',
    breakIt: inArticle('<Entity id="zoom" onclick="alert(1)">Zoom</Entity>', 'onclick'),
    expected: /^<Entity> onclick: is not an attribute of this component \(allowed: id\)$/,
  },
  { name: 'a fragment', breakIt: inArticle('<>x</>', '<>'), expected: /^paragraph \d+: a fragment <>…<\/> is not allowed/ },
  { name: 'a member-expression component', breakIt: inArticle('<Entity.x>y</Entity.x>', '<Entity.x>'), expected: /^<Entity\.x>: raw HTML is not allowed/ },
  {
    name: 'an image',
    breakIt: inArticle('![tracker](https://example.org/p.png)', '![tracker]'),
    expected: /^paragraph \d+: images are not allowed in the translation/,
  },
  { name: 'a heading', breakIt: ownLine('# Breaking'), expected: /^body: a heading is not allowed here/ },
  { name: 'a control character in the text', breakIt: inArticle('bell\u0007', 'bell'), expected: /^paragraph \d+: the text contains a control character/ },
  {
    name: 'a bidirectional override in the text',
    breakIt: inArticle('a\u202eb', 'a\u202eb'),
    expected: /^paragraph \d+: the text contains an invisible bidirectional-override character/,
  },
];
void CODE;

const fileCases: Case[] = [
  {
    name: 'an original that is a symbolic link to the build environment',
    breakIt: (root) => {
      rmSync(path.join(root, ORIGINAL));
      symlinkSync('/proc/self/environ', path.join(root, ORIGINAL));
      return { file: ORIGINAL };
    },
    expected: /^file: is a symbolic link, and content is read only from files inside content\/ \(replace the link with the file itself\)$/,
  },
  {
    name: 'an entity file that is a symbolic link outside the repository',
    breakIt: (root) => {
      const outside = path.join(root, 'outside.yaml');
      writeFileSync(outside, read(root, ENTITY));
      rmSync(path.join(root, ENTITY));
      symlinkSync(outside, path.join(root, ENTITY));
      return { file: ENTITY };
    },
    expected: /^file: is a symbolic link/,
  },
  {
    name: 'an article folder that is a symbolic link',
    breakIt: (root) => {
      symlinkSync(path.join(root, ARTICLE_DIR), path.join(root, 'content/articles/zz-linked'));
      return { file: 'content/articles/zz-linked' };
    },
    expected: /^file: is a symbolic link/,
  },
  {
    name: 'a FIFO among the events',
    breakIt: (root) => {
      execFileSync('mkfifo', [path.join(root, 'content/events/zz-fifo.yaml')]);
      return { file: 'content/events/zz-fifo.yaml' };
    },
    expected: /^file: is not a regular file \(a device, FIFO or socket\)/,
  },
  {
    name: 'a file that is not UTF-8',
    breakIt: (root) => {
      writeFileSync(path.join(root, EVENT), Buffer.concat([Buffer.from(read(root, EVENT)), Buffer.from([0xff, 0xfe, 0x41])]));
      return { file: EVENT };
    },
    expected: /^file: is not valid UTF-8 text \(save it as UTF-8 in your editor\)$/,
  },
  {
    name: 'a file over the size limit',
    breakIt: (root) => {
      write(root, EVENT, `${read(root, EVENT)}# ${'x'.repeat(MAX_FILE_BYTES)}\n`);
      return { file: EVENT };
    },
    expected: /^file: is \d+ KiB, over the limit of 512 KiB for one content file/,
  },
  {
    name: 'a hidden file among the entities',
    breakIt: (root) => {
      write(root, 'content/entities/.spacex.yaml', read(root, ENTITY));
      return { file: 'content/entities/.spacex.yaml' };
    },
    expected: /^file: is a hidden file, and hidden files are not read/,
  },
  {
    name: 'a file of another kind among the events',
    breakIt: (root) => {
      write(root, 'content/events/zz-new.json', '{}');
      return { file: 'content/events/zz-new.json' };
    },
    expected: /^file: is not read: entries in content\/events\/ are \.yaml files \(rename it to <id>\.yaml/,
  },
  {
    name: 'a stray file in an article folder',
    breakIt: (root) => {
      write(root, `${ARTICLE_DIR}/notes.txt`, 'draft notes');
      return { file: `${ARTICLE_DIR}/notes.txt` };
    },
    expected: /^file: is not read: an article folder holds only index\.mdx/,
  },
  {
    name: 'a folder where content/ holds none',
    breakIt: (root) => {
      mkdirSync(path.join(root, 'content/pages'));
      return { file: 'content/pages' };
    },
    expected: /^file: is not read: content\/ holds only the folders articles, entities, events/,
  },
  {
    name: 'an id Windows cannot create',
    breakIt: (root) => {
      write(root, 'content/entities/con.yaml', read(root, ENTITY));
      return { file: 'content/entities/con.yaml' };
    },
    expected: /^id: the file name "con" is not a valid id: "con" is a name Windows reserves for a device/,
  },
];

const yamlCases: Case[] = [
  {
    name: 'a !!js/function tag',
    breakIt: inEvent(/^summary: .*$/m, 'summary: !!js/function "function () { return 1 }"', 'summary:'),
    expected: /^summary: the YAML tag !!js\/function is not allowed/,
  },
  { name: 'a !!binary tag', breakIt: inEvent(/^scope: .*$/m, 'scope: !!binary aGVsbG8=', 'scope:'), expected: /^scope: the YAML tag !!binary is not allowed/ },
  { name: 'a custom tag', breakIt: inEvent(/^scope: .*$/m, 'scope: !include /etc/passwd', 'scope:'), expected: /^scope: the YAML tag !include is not allowed/ },
  {
    name: 'an alias bomb',
    breakIt: (root) => {
      const bomb = [
        'a: &a ["x","x","x","x","x","x","x","x","x"]',
        ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
      ].join('\n');
      write(root, EVENT, `${read(root, EVENT)}${bomb}\n`);
      return { file: EVENT, line: lineOf(root, EVENT, 'c: &c') };
    },
    expected: /^c\[\d+\]: more than 10 YAML aliases \(\*name\)/,
  },
  {
    name: 'a field written twice',
    breakIt: inEvent(/^(scope: .*)$/m, '$1\nscope: "again"', 'scope: "again"'),
    expected: /^yaml: a field appears twice \(each field may appear only once/,
  },
  {
    name: 'an unquoted off',
    breakIt: inEvent(/^approximate: .*$|^confidence:/m, 'approximate: off\nconfidence:', 'approximate: off'),
    expected: /^approximate: unquoted off is read as true or false by some YAML tools/,
  },
  {
    name: 'a number where text belongs',
    breakIt: inEvent(/^title: .*$/m, 'title: 0x1F', 'title:'),
    expected: /^title: YAML reads 0x1F as the number 31 \(quote it to keep it as written: "0x1F"\)$/,
  },
];

const valueCases: Case[] = [
  {
    name: 'a control character in a title',
    breakIt: inEvent(/^title: .*$/m, 'title: "SpaceX bans\\u0007 Zoom"', 'title:'),
    expected: /^title: the title contains a control character/,
  },
  {
    name: 'a line break in a title',
    breakIt: inEvent(/^title: .*$/m, 'title: "SpaceX bans\\nZoom"', 'title:'),
    expected: /^title: the title must be on one line/,
  },
  {
    name: 'a bidirectional override in a name',
    breakIt: (root) => {
      edit(root, ENTITY, /^name: .*$/m, 'name: "Space\u202eX"');
      return { file: ENTITY, line: lineOf(root, ENTITY, 'name:') };
    },
    expected: /^name: the name contains an invisible bidirectional-override character/,
  },
  {
    name: 'a title over the length limit',
    breakIt: inEvent(/^title: .*$/m, `title: "${'Zoom '.repeat(50)}"`, 'title:'),
    expected: /^title: the title is longer than 200 characters; shorten it$/,
  },
  {
    name: 'a date in the year 1020',
    breakIt: inEvent('date: "2020-03-28"', 'date: "1020-03-28"', 'date:'),
    expected: /^date: is outside the years 1990 to 2098$/,
  },
  { name: 'a date in 2099', breakIt: inEvent('date: "2020-03-28"', 'date: "2099-03-28"', 'date:'), expected: /^date: is outside the years 1990 to 2098$/ },
  {
    name: 'an hour that does not exist',
    breakIt: inEvent('date: "2020-03-28"', 'date: "2020-03-28T25:00+08:00"', 'date:'),
    expected: /^date: is not a real time/,
  },
  {
    name: 'a UTC offset that does not exist',
    breakIt: inEvent('date: "2020-03-28"', 'date: "2020-03-28T10:00+15:00"', 'date:'),
    expected: /^date: is not a real time/,
  },
  {
    name: 'a source address with a password',
    breakIt: inEvent(/url: "https:\/\/www\.marketscreener/, 'url: "https://user:pw@www.marketscreener', 'user:pw'),
    expected: /^sources\[0\]\.url: must be a full web address/,
  },
];

const structureCases: Case[] = [
  {
    name: 'a cycle of parent entities',
    breakIt: (root) => {
      edit(root, 'content/entities/executive-yuan.yaml', /^parent: .*$/m, 'parent: "tw-dcs"');
      return { file: 'content/entities/executive-yuan.yaml', line: lineOf(root, 'content/entities/executive-yuan.yaml', 'parent:') };
    },
    expected: /^parent: the parents go round in a circle: executive-yuan → tw-dcs → executive-yuan \(an entity cannot be inside itself/,
  },
  {
    name: 'two reversals reversing each other',
    breakIt: (root) => {
      edit(root, 'content/events/nycdoe-ban.yaml', /^action: .*$/m, 'action: "reversal"\nreverses: "nycdoe-reversal"');
      return { file: 'content/events/nycdoe-ban.yaml', line: lineOf(root, 'content/events/nycdoe-ban.yaml', 'reverses:') };
    },
    expected: /^reverses: the reversals go round in a circle: nycdoe-ban → nycdoe-reversal → nycdoe-ban/,
  },
];

describe('content is data, never code', () => {
  for (const [group, cases] of Object.entries({ 'MDX dialect': mdxCases, files: fileCases, YAML: yamlCases, values: valueCases, structure: structureCases })) {
    describe(group, () => {
      for (const c of cases) {
        it(`reports ${c.name} as one problem naming the file`, async () => {
          const { text, prefix, problems } = await checkBroken(roots, c.breakIt);
          expect(problems, text).toHaveLength(1);
          expect(text.startsWith(prefix), `expected "${prefix}…", got:\n${text}`).toBe(true);
          expect(text.slice(prefix.length)).toMatch(c.expected);
        });
      }
    });
  }

  it('reports one bad frontmatter field as one problem, not one per mention', async () => {
    const { problems, text } = await checkBroken(roots, (root) => {
      edit(root, ARTICLE, /^translated: .*$/m, 'translated: "yesterday"');
      return { file: ARTICLE };
    });
    expect(problems, text).toHaveLength(1);
    expect(text).toMatch(/translated: must be a date written YYYY-MM-DD/);
  });

  it('asks for quotes around country: NO, which YAML 1.1 tools read as false', async () => {
    const { problems, text } = await checkBroken(roots, (root) => {
      edit(root, ENTITY, /^country: .*$/m, 'country: NO');
      return { file: ENTITY };
    });
    expect(problems, text).toHaveLength(1);
    expect(text).toMatch(
      /spacex\.yaml:\d+ {2}country: unquoted NO is read as true or false by some YAML tools and as text by others \(write true or false, or quote it if you mean the word: "NO"\)/,
    );
  });
});
