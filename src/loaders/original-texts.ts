/**
 * A content loader for the original texts (content/articles/<id>/original.md): each file's text as
 * the entry body, never rendered and never turned into a module.
 *
 * Why not glob(): glob() renders every .md file to HTML during the sync, or, with deferRender, makes
 * each one a module of the server bundle. Pages only split the text into paragraphs, so both were
 * pure cost: at 5,000 articles, 5,000 extra modules in a bundle that took 86 s against the bare
 * site's 23 s (BENCHMARKS.md). Incremental like glob(): an unchanged file keeps its entry (digest),
 * and in `astro dev` the watcher updates one entry when its file changes.
 */
import type { Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapLimited } from '../checks/read-files.ts';

const FILE = 'original.md';

export function originalTexts(base = 'content/articles'): Loader {
  return {
    name: 'lintas:original-texts',
    load: async ({ store, config, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = path.resolve(root, base);
      const rel = (id: string) => path.relative(root, path.join(dir, id, FILE)).split(path.sep).join('/');

      const update = async (id: string): Promise<boolean> => {
        let body: string;
        try {
          body = await readFile(path.join(dir, id, FILE), 'utf8');
        } catch {
          store.delete(id);
          return false;
        }
        store.set({ id, data: {}, body, filePath: rel(id), digest: generateDigest(body) });
        return true;
      };

      const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
      const found = await mapLimited(names, update);
      const present = new Set(names.filter((_, i) => found[i]));
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);

      if (!watcher) return;
      const idOf = (file: string) => {
        const r = path.relative(dir, file);
        const parts = r.split(path.sep);
        return parts.length === 2 && parts[1] === FILE && !r.startsWith('..') ? parts[0] : undefined;
      };
      const changed = async (file: string) => {
        const id = idOf(file);
        if (id === undefined) return;
        await update(id);
        logger.info(`reloaded ${rel(id)}`);
      };
      watcher.on('add', changed);
      watcher.on('change', changed);
      watcher.on('unlink', (file) => {
        const id = idOf(file);
        if (id !== undefined) store.delete(id);
      });
    },
  };
}
