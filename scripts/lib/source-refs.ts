/**
 * Every place content/ cites an outside address, with its file and line: YAML sources (events,
 * entities, and the sources of each side of a dispute), entity links, and in articles the frontmatter's
 * originalUrl/archiveUrl and each <Cite url archiveUrl>. MDX is parsed with satteri (the parser Astro
 * uses), YAML with the `yaml` package's Document API, never with regular expressions.
 * Pure apart from `collectSourceRefs`, which reads the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { mdxToMdast } from 'satteri';

export interface SourceRef {
  /** Path relative to the project root, e.g. "content/events/spacex-ban.yaml". */
  file: string;
  line: number;
  /** What cites it, e.g. "sources[0].url", "disputes[0].claims[1].source.archiveUrl", "<Cite url>". */
  field: string;
  url: string;
  /** True for an archive copy (archiveUrl), false for the page itself. */
  archive: boolean;
}

/** A YAML source record that `npm run archive` can write a snapshot into. */
export interface ArchivableSource {
  file: string;
  line: number;
  /** Path of the source map inside the document, for Document.setIn. */
  path: (string | number)[];
  url: string;
  date?: string | undefined;
  archiveUrl?: string | undefined;
  archived?: string | undefined;
}

const fieldName = (p: (string | number)[]) => p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

/** Walks a YAML document and calls `visit` for every map, with its path. */
function walkMaps(node: unknown, at: (string | number)[], visit: (map: YamlNode, at: (string | number)[]) => void) {
  if (isMap(node)) {
    visit(node, at);
    for (const pair of node.items) if (isScalar(pair.key)) walkMaps(pair.value, [...at, String(pair.key.value)], visit);
  } else if (isSeq(node)) node.items.forEach((item, i) => walkMaps(item, [...at, i], visit));
}

const scalarAt = (map: YamlNode, key: string) => {
  if (!isMap(map)) return undefined;
  const v = map.get(key, true);
  return isScalar(v) && typeof v.value === 'string' ? v : undefined;
};

/** A source map is one under `sources: [...]` or a claim's `source:`; a link is under `links: [...]`. */
const isSourcePath = (at: (string | number)[]) => at.at(-1) === 'source' || (typeof at.at(-1) === 'number' && at.at(-2) === 'sources');
const isLinkPath = (at: (string | number)[]) => typeof at.at(-1) === 'number' && at.at(-2) === 'links';

export function yamlSources(file: string, text: string): { refs: SourceRef[]; archivable: ArchivableSource[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const refs: SourceRef[] = [];
  const archivable: ArchivableSource[] = [];
  const lineOf = (n: YamlNode) => (n.range ? lineCounter.linePos(n.range[0]).line : 1);
  walkMaps(doc.contents, [], (map, at) => {
    if (!isSourcePath(at) && !isLinkPath(at)) return;
    const url = scalarAt(map, 'url');
    const archiveUrl = scalarAt(map, 'archiveUrl');
    if (url) refs.push({ file, line: lineOf(url), field: fieldName([...at, 'url']), url: String(url.value), archive: false });
    if (archiveUrl) refs.push({ file, line: lineOf(archiveUrl), field: fieldName([...at, 'archiveUrl']), url: String(archiveUrl.value), archive: true });
    if (url && isSourcePath(at)) {
      archivable.push({
        file,
        line: lineOf(url),
        path: at,
        url: String(url.value),
        date: scalarAt(map, 'date')?.value as string | undefined,
        archiveUrl: archiveUrl?.value as string | undefined,
        archived: scalarAt(map, 'archived')?.value as string | undefined,
      });
    }
  });
  return { refs, archivable };
}

interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
}

/** Addresses in an article's MDX: frontmatter originalUrl/archiveUrl and every <Cite url archiveUrl>. */
export function mdxSources(file: string, text: string): SourceRef[] {
  const refs: SourceRef[] = [];
  const root = mdxToMdast(text) as unknown as MdNode;
  const visit = (node: MdNode) => {
    if (node.type === 'yaml' && node.value !== undefined) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(node.value, { lineCounter });
      const offset = node.position?.start.line ?? 1; // the --- line; the YAML starts on the next
      for (const key of ['originalUrl', 'archiveUrl']) {
        const v = doc.get(key, true);
        if (isScalar(v) && typeof v.value === 'string') {
          refs.push({ file, line: offset + (v.range ? lineCounter.linePos(v.range[0]).line : 1), field: key, url: v.value, archive: key === 'archiveUrl' });
        }
      }
    }
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite') {
      for (const attr of node.attributes ?? []) {
        if ((attr.name === 'url' || attr.name === 'archiveUrl') && typeof attr.value === 'string') {
          refs.push({ file, line: node.position?.start.line ?? 1, field: `<Cite ${attr.name}>`, url: attr.value, archive: attr.name === 'archiveUrl' });
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return refs;
}

const yamlFiles = (dir: string) => {
  try {
    return readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => path.join(dir, f));
  } catch {
    return [];
  }
};

/** Every cited address under `root`/content, and every YAML source `npm run archive` may fill in. */
export function collectSourceRefs(root: string): { refs: SourceRef[]; archivable: ArchivableSource[] } {
  const refs: SourceRef[] = [];
  const archivable: ArchivableSource[] = [];
  for (const dir of ['content/events', 'content/entities']) {
    for (const abs of yamlFiles(path.join(root, dir))) {
      const found = yamlSources(path.relative(root, abs), readFileSync(abs, 'utf8'));
      refs.push(...found.refs);
      archivable.push(...found.archivable);
    }
  }
  const articles = path.join(root, 'content/articles');
  let slugs: string[] = [];
  try {
    slugs = readdirSync(articles, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    slugs = [];
  }
  for (const slug of slugs) {
    const abs = path.join(articles, slug, 'index.mdx');
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch {
      continue;
    }
    refs.push(...mdxSources(path.relative(root, abs), text));
  }
  return { refs, archivable };
}
