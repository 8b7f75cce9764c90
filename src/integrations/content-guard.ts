/**
 * A Vite plugin that keeps content/ out of the module graph: nothing under content/ becomes a module,
 * in `astro build` or in `astro dev`. Content is data. The content reader (src/reader/) reads it,
 * the content check validates it, and pages render what was read: an article's body is rendered from
 * its checked syntax tree (src/lib/article-body.ts), never compiled. So an `import` of a content
 * file, whether in code or in Vite's own resolution (a URL under /content/ in `astro dev`), fails with
 * a message instead of compiling or serving an editor's file. Only for use in integration code (Node).
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_DIR, relativeTo } from '../reader/files.ts';

/** Why `file` may not be loaded as a module, or undefined when it is outside content/. */
export function contentModuleRefusal(root: string, file: string): string | undefined {
  const contentDir = path.join(root, CONTENT_DIR);
  const inside = path.relative(contentDir.toLowerCase(), file.toLowerCase());
  if (!path.isAbsolute(file) || inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  return (
    `${relativeTo(root, file)} is content, and content never becomes a module: files under ${CONTENT_DIR}/ are data, read by the ` +
    'content reader and rendered by the pages (an article from its checked syntax tree, src/lib/article-body.ts). ' +
    'Read them through src/lib/content.ts instead of importing them.'
  );
}

export function contentGuard(root: string): Plugin {
  return {
    name: 'lintas:content-guard',
    enforce: 'pre',
    load(id) {
      const refusal = contentModuleRefusal(root, id.split('?')[0]!);
      if (!refusal) return null;
      const error = new Error(refusal);
      error.stack = error.message;
      throw error;
    },
  };
}
