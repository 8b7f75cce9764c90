/**
 * The content check in the build and in `astro dev`. Only for use in integration code (Node).
 * - `astro build`: before a single page is rendered, reads content/ once (the read the loaders and
 *   integrations then share, src/reader/read-content.ts) and stops the build with the editor-facing
 *   report when anything is wrong.
 * - `astro dev`: checks on start and after every change under content/; while there are problems,
 *   every page the browser asks for is the report itself, in the same `file:line  field: problem (fix)`
 *   form as `npm run check`, and it reloads by itself once the files are fixed.
 * - both: the content guard (content-guard.ts) keeps every file under content/ out of the module graph.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../checks/check-content.ts';
import type { Problem } from '../checks/problem.ts';
import { CONTENT_DIR } from '../reader/files.ts';
import { forgetContent, sharedContent } from '../reader/read-content.ts';
import { contentGuard } from './content-guard.ts';
import { problemsPage } from './problems-page.ts';

export function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'lintas:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({ vite: { plugins: [contentGuard(root)] } });
        if (command !== 'build') return;
        const problems = await checkContent(root, { includeDrafts: false, read: await sharedContent(root) });
        if (problems.length > 0) {
          // A content problem is the editor's to fix, not a crash: the report alone, no stack trace.
          logger.error(
            `The content check found ${problems.length} problem(s):\n\n${formatProblems(problems)}\n\nNothing was built. Fix the files above and build again; see CONTRIBUTING.md for what each check means.`,
          );
          process.exit(1);
        }
        logger.info('content check passed');
      },
      'astro:server:setup': async ({ server, logger }) => {
        let problems: Problem[] = [];
        const recheck = async () => {
          forgetContent(root);
          problems = await checkContent(root, { includeDrafts: true, read: await sharedContent(root) });
          if (problems.length > 0) logger.error(`content problems (shown in the browser too):\n${formatProblems(problems)}`);
        };
        await recheck();
        const contentDir = path.join(root, CONTENT_DIR);
        const onChange = async (file: string) => {
          if (path.relative(contentDir, file).startsWith('..')) return;
          const before = problems.length;
          await recheck();
          if (before > 0 || problems.length > 0) server.hot.send({ type: 'full-reload' });
        };
        server.watcher.on('add', onChange);
        server.watcher.on('change', onChange);
        server.watcher.on('unlink', onChange);
        // First in the stack, ahead of Vite's file serving and Astro's own page handler.
        server.middlewares.stack.unshift({
          route: '',
          handle: (req: { url?: string; headers: { accept?: string } }, res: import('node:http').ServerResponse, next: () => void) => {
            if (isContentUrl(root, req.url)) {
              res.statusCode = 404;
              res.setHeader('content-type', 'text/plain; charset=utf-8');
              res.end('Files under content/ are not served as they are: pages are built from them through the content check.\n');
              return;
            }
            if (problems.length === 0 || !req.headers.accept?.includes('text/html')) return next();
            res.statusCode = 500;
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.end(problemsPage(problems));
          },
        } as never);
      },
    },
  };
}

/**
 * True when a dev-server request would reach a file under content/ directly. Vite serves any file
 * under the project root (`/content/events/x.yaml`, `/@fs/<root>/content/...`), following symbolic
 * links: a link in a pull request (`content/events/x.yaml -> ~/.aws/credentials`) made `astro dev`
 * serve a file from outside the repository. The site never needs content/ by URL (pages are built
 * from it through the content reader), so none of it is served. Compared case-insensitively for
 * case-insensitive file systems (`/Content/`).
 */
export function isContentUrl(root: string, url: string | undefined): boolean {
  if (!url) return false;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://dev.invalid').pathname);
  } catch {
    return false;
  }
  const fs = '/@fs/';
  const file = pathname.startsWith(fs) ? path.resolve('/', pathname.slice(fs.length)) : path.join(root, path.posix.resolve('/', pathname));
  const inside = path.relative(path.join(root, CONTENT_DIR).toLowerCase(), file.toLowerCase());
  return inside === '' || (!inside.startsWith('..') && !path.isAbsolute(inside));
}
