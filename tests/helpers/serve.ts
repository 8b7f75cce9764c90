/**
 * The built site (dist/) served on loopback for browser tests: `const site = await serve(); ...
 * await site.close();`. The server itself is scripts/lib/static-server.ts (the benchmark uses it too).
 */
import { serveStatic, type Site } from '../../scripts/lib/static-server.ts';
import { distDir } from './dist.ts';

export type { Site };

export const serve = (root = distDir): Promise<Site> => serveStatic(root);
