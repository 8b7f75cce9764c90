/** The fixture sites under tests/fixtures/ (built by tests/setup/build-fixtures.ts) and their pages. */
import path from 'node:path';
import { pageIn } from './dist.ts';

/** Every fixture site; each is tests/fixtures/<name>/ with its own content/. */
export const FIXTURES = ['basic'] as const;
export type Fixture = (typeof FIXTURES)[number];

export const fixtureRoot = (name: Fixture) => path.resolve(import.meta.dirname, '../fixtures', name);
export const fixtureDist = (name: Fixture) => path.join(fixtureRoot(name), 'dist');
/** The HTML of a page of a built fixture site by its URL path. */
export const fixturePage = (name: Fixture, urlPath: string) => pageIn(fixtureDist(name), urlPath);
