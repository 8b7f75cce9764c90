/**
 * The site's configuration as this build resolved it (src/site-config.ts validates; Astro's --site and
 * --base flags, or LINTAS_SITE and LINTAS_BASE, set `site` and `base`). For pages and endpoints;
 * integrations read Astro's config in `astro:config:done` instead.
 */
import { resolveSiteConfig, siteRoot as rootOf, userConfig } from '../site-config.ts';

export const siteConfig = resolveSiteConfig({ ...userConfig, site: import.meta.env.SITE, base: import.meta.env.BASE_URL });

/** "https://news.example.com/lintas/": every absolute URL resolves against it (`absolute` in paths.ts). */
export const siteRoot: URL = rootOf(siteConfig);
