/**
 * The site's configuration, in ONE module, validated (Starlight's `utils/user-config.ts` is the
 * model): where the site lives (site URL and base path), its name and language, the licences, and an
 * optional contact. Everything the site emits (page links, assets, search, feeds, sitemap,
 * robots.txt, JSON-LD, Open Graph images, JSON Schema `$id`s, data files, the 404 page) derives its
 * URL from `site` and `base`; no other file in src/ names a domain.
 *
 * How `site` and `base` are set, strongest first:
 *   1. Astro's own flags: `npm run build -- --site https://news.example.com --base /lintas/`
 *   2. the environment, for CI: LINTAS_SITE, LINTAS_BASE (read by astro.config.mjs through `fromEnv`)
 *   3. the defaults below, which build and preview locally.
 * Pages read the resolved values through src/lib/site.ts (Astro's `import.meta.env.SITE` and
 * `BASE_URL`); integrations get them in `astro:config:done`. Pure: no Astro or Vite import-time state.
 */
import { z } from 'astro/zod';

/** The placeholder the site builds with until a newsroom sets its own (reserved, never resolves). */
export const DEFAULT_SITE = 'https://lintas.example.org';
export const DEFAULT_BASE = '/';

const httpUrl = z
  .string()
  .trim()
  .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), 'must be an absolute http(s) URL, e.g. https://news.example.com')
  .refine((s) => !URL.canParse(s) || (!new URL(s).search && !new URL(s).hash), 'must not have a ?query or #fragment');

/** The site URL is an origin: a path belongs in `base` (Astro resolves `base` against the origin). */
const siteUrl = httpUrl
  .refine(
    (s) => !URL.canParse(s) || new URL(s).pathname === '/',
    'must be an origin only, e.g. https://owner.github.io: put the path in base (--base /lintas/)',
  )
  .transform((s) => (URL.canParse(s) ? new URL(s).origin : s));

/** "/", "/lintas/", "/a/b/": a leading and a trailing slash, plain path segments. Written "lintas" or "/lintas" is accepted. */
const basePath = z
  .string()
  .trim()
  .transform((s) => `/${s.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'))
  .refine((s) => /^\/([A-Za-z0-9._~-]+\/)*$/.test(s) && !/\/\.\.?\//.test(s), 'must be a path like /lintas/ (letters, digits, . _ ~ -), or / for the root');

const licence = z.object({
  /** SPDX identifier, e.g. "MIT", "CC-BY-4.0". */
  spdx: z.string().min(1),
  /** As readers know it: "CC BY 4.0". */
  short: z.string().min(1),
  name: z.string().min(1),
  url: httpUrl,
});

export const siteConfigSchema = z.object({
  /** The origin, e.g. "https://news.example.com" (no path: that is `base`). */
  site: siteUrl.default(DEFAULT_SITE),
  /** The path the site is served under: "/" at a domain's root, "/lintas/" for a GitHub Pages project site. */
  base: basePath.default(DEFAULT_BASE),
  name: z.string().min(1).default('Lintas'),
  tagline: z.string().min(1).default('translated & annotated news, cross-referenced'),
  /** BCP 47 language of the pages (the originals inside them carry their own `lang`). */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .default('en'),
  /** Open Graph locale. */
  locale: z
    .string()
    .regex(/^[a-z]{2,3}_[A-Z]{2}$/)
    .default('en_GB'),
  licences: z
    .object({
      /** The software in this repository (LICENSE). */
      code: licence,
      /** What Lintas itself writes and compiles: translations, notes, the dataset and its downloads. */
      content: licence,
      /** The rights in the original articles, which Lintas does not hold and cannot licence. */
      originals: z.string().min(1),
    })
    .default({
      code: { spdx: 'MIT', short: 'MIT', name: 'MIT License', url: 'https://opensource.org/license/mit' },
      content: {
        spdx: 'CC-BY-4.0',
        short: 'CC BY 4.0',
        name: 'Creative Commons Attribution 4.0 International',
        url: 'https://creativecommons.org/licenses/by/4.0/',
      },
      originals:
        'The original articles remain the work and property of their outlets and authors; they are quoted here with credit and a link, and no licence of this site covers them.',
    }),
  /** Optional: how readers reach the newsroom. Nothing is shown when unset; never invent one. */
  contact: z
    .object({ email: z.email().optional(), url: httpUrl.optional() })
    .refine((c) => c.email !== undefined || c.url !== undefined, 'give an email or a url')
    .optional(),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

/**
 * What a newsroom edits: everything but `site` and `base`, which come from flags or the environment.
 * Keep `contact` unset until there is a real address.
 */
export const userConfig: Omit<SiteConfigInput, 'site' | 'base'> = {};

/**
 * What does not depend on where the site is hosted, for code that also runs outside Astro (JSON-LD,
 * feeds, data downloads, the Open Graph card worker).
 */
const hostIndependent = siteConfigSchema.parse(userConfig);
export const SITE_NAME: string = hostIndependent.name;
export const LICENCES: SiteConfig['licences'] = hostIndependent.licences;

/** Validates a configuration; a bad value throws one line per problem, naming the setting and how to fix it. */
export function resolveSiteConfig(input: SiteConfigInput): SiteConfig {
  const parsed = siteConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`);
  throw new Error(`site configuration (src/site-config.ts; LINTAS_SITE, LINTAS_BASE, --site, --base):\n${lines.join('\n')}`);
}

/** For astro.config.mjs: the configuration with `site` and `base` from LINTAS_SITE and LINTAS_BASE when set. */
export function fromEnv(env: Record<string, string | undefined> = process.env): SiteConfig {
  const pick = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);
  return resolveSiteConfig({ ...userConfig, site: pick(env.LINTAS_SITE), base: pick(env.LINTAS_BASE) });
}

/**
 * The URL of the site's root, base included, with a trailing slash: "https://news.example.com/lintas/".
 * Every absolute URL the site emits is resolved against it (src/lib/paths.ts `absolute`).
 */
export const siteRoot = (config: Pick<SiteConfig, 'site' | 'base'>): URL => new URL(config.base, config.site);
