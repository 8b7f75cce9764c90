/**
 * A headless Chromium for the browser tests and the benchmark, driven by playwright-core (which
 * downloads no browser). Where it comes from, first found wins:
 *   1. CHROMIUM_PATH, when set (it must exist);
 *   2. a system Chromium or Chrome (/usr/bin/chromium, as Debian's `apt-get install chromium` puts it,
 *      and the usual other names), unless LINTAS_IGNORE_SYSTEM_CHROMIUM=1 (for testing the next step);
 *   3. the npm package @sparticuz/chromium (a devDependency, so `npm install` brings it): a headless
 *      Chromium shipped inside the package, brotli-compressed, with the NSS, NSPR and expat libraries
 *      it needs and a font, so it runs on a bare Debian/Ubuntu with no apt step. It is unpacked once
 *      into node_modules/.cache/lintas-chromium/<version>/ (not the package's own /tmp/chromium, which
 *      any other project on the machine may own) and started with those libraries and fonts.
 * With none of these, launching fails with one line that says how to get one.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliDecompress } from 'node:zlib';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../..');
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const NO_CHROMIUM =
  'No Chromium for the browser tests: run `npm install` (it brings @sparticuz/chromium), or install one (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

export interface ResolvedChromium {
  executablePath: string;
  /** Extra environment for the browser process (the npm Chromium's libraries and fonts). */
  env: Record<string, string>;
  source: 'CHROMIUM_PATH' | 'system' | 'npm';
}

/** CHROMIUM_PATH or a system Chromium, without unpacking anything; null when there is none. */
export function systemChromium(env: NodeJS.ProcessEnv = process.env): ResolvedChromium | null {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist.`);
    return { executablePath: env.CHROMIUM_PATH, env: {}, source: 'CHROMIUM_PATH' };
  }
  if (env.LINTAS_IGNORE_SYSTEM_CHROMIUM === '1') return null;
  const found = SYSTEM_PATHS.find((p) => existsSync(p));
  return found ? { executablePath: found, env: {}, source: 'system' } : null;
}

/** The files of a (ustar or GNU) tar archive: regular files and folders, which is all the npm Chromium's archives hold. */
async function untar(tar: Buffer, into: string): Promise<void> {
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const name = [field(345, 155), field(0, 100)].filter(Boolean).join('/');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const mode = parseInt(field(100, 8).trim() || '644', 8);
    const target = path.resolve(into, name);
    if (!target.startsWith(into + path.sep)) throw new Error(`tar entry outside the folder: ${name}`);
    if (type === '5') await mkdir(target, { recursive: true });
    else if (type === '0') {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, tar.subarray(offset + 512, offset + 512 + size), { mode });
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

const unbrotli = promisify(brotliDecompress);

/**
 * The npm Chromium, unpacked on first use (about 3 s; a few processes starting at once each unpack into
 * a folder of their own and the first rename wins). Null when the package is not installed.
 */
export async function npmChromium(): Promise<ResolvedChromium | null> {
  const require = createRequire(path.join(root, 'package.json'));
  let pkgDir: string;
  try {
    // Its exports map hides package.json: resolve the entry point (build/index.js) and go up.
    pkgDir = path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '..');
  } catch {
    return null;
  }
  const { version } = JSON.parse(await readFile(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const dir = path.join(root, 'node_modules/.cache/lintas-chromium', version);
  const resolved = (): ResolvedChromium => ({
    executablePath: path.join(dir, 'chromium'),
    env: {
      // NSS, NSPR and expat as the package ships them (Debian has them only with a browser installed).
      LD_LIBRARY_PATH: [path.join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      // The system's fonts where there are any, and the package's Open Sans so text renders on a bare machine.
      FONTCONFIG_FILE: path.join(dir, 'fonts.conf'),
    },
    source: 'npm',
  });
  if (existsSync(path.join(dir, 'chromium'))) return resolved();

  const staging = `${dir}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const bin = path.join(pkgDir, 'bin');
  await Promise.all([
    unbrotli(await readFile(path.join(bin, 'chromium.br'))).then((b) => writeFile(path.join(staging, 'chromium'), b, { mode: 0o755 })),
    unbrotli(await readFile(path.join(bin, 'al2023.tar.br'))).then((b) => untar(b, staging)),
    unbrotli(await readFile(path.join(bin, 'fonts.tar.br'))).then((b) => untar(b, staging)),
  ]);
  const fontsConf = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${path.join(dir, 'fonts')}</dir>`,
    `  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
  // The package's own fonts.conf names /tmp/fonts; ours names this folder (written with the final path).
  await writeFile(path.join(staging, 'fonts.conf'), fontsConf);
  try {
    await rename(staging, dir);
  } catch {
    await rm(staging, { recursive: true, force: true }); // another process unpacked it first
  }
  if (!existsSync(path.join(dir, 'chromium'))) throw new Error(`could not unpack @sparticuz/chromium into ${dir}`);
  return resolved();
}

/** The Chromium to use (see the top of this file), or null when there is none. */
export async function resolveChromium(): Promise<ResolvedChromium | null> {
  return systemChromium() ?? (await npmChromium());
}

const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

let resolving: Promise<ResolvedChromium | null> | undefined;

export async function launchChromium(): Promise<Browser> {
  const found = await (resolving ??= resolveChromium());
  if (!found) throw new Error(NO_CHROMIUM);
  return chromium.launch({ executablePath: found.executablePath, args: chromiumArgs, env: { ...process.env, ...found.env } as Record<string, string> });
}
