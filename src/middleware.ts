/**
 * During `astro build` only: hands the HTML of every indexed page to the search index as it is
 * rendered (src/integrations/pagefind/page-sink.ts says why). Every other request, and every request
 * in `astro dev`, passes through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { handOverPage } from './integrations/pagefind/page-sink.ts';
import { sitePath } from './lib/paths.ts';

export const onRequest = defineMiddleware(async (context, next) => handOverPage(sitePath(context.url.pathname), await next()));
