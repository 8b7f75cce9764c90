/**
 * Validates the site URL and base path Astro finally resolved (astro.config.mjs, then --site and
 * --base), with src/site-config.ts's schema, before anything is built: a bad value stops the build
 * with one line per problem instead of a site whose links are wrong.
 */
import type { AstroIntegration } from 'astro';
import { resolveSiteConfig, userConfig } from '../site-config.ts';

export function siteConfigCheck(): AstroIntegration {
  return {
    name: 'lintas:site-config',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        const resolved = resolveSiteConfig({ ...userConfig, site: config.site, base: config.base });
        logger.info(`site ${resolved.site}${resolved.base}`);
      },
    },
  };
}
