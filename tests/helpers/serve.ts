/**
 * A built site served on loopback for browser tests: `const site = await serve(); ... await site.close();`
 * (dist/ at the root), or `serve(subpathBuild.dir, subpathBuild.base)` under its base path. The server
 * itself is scripts/lib/static-server.ts (the benchmark uses it too).
 */
import { serveStatic, type Site } from '../../scripts/lib/static-server.ts';
import { distDir } from './dist.ts';

export type { Site };

export const serve = (root = distDir, prefix = '/'): Promise<Site> => serveStatic(root, { prefix });
