/**
 * A site path under the base path the site is built for (`--base /lintas/` puts every page under
 * /lintas/): "/methods/#rights" -> "/lintas/methods/#rights". Used by the links added with /methods/
 * and /corrections/; the site-wide base-path helper replaces it once it lands (issue 12, item 1).
 */
export const withBase = (path: string, base: string = import.meta.env.BASE_URL ?? '/'): string => `${base.replace(/\/+$/, '')}${path}`;
