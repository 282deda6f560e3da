/** robots.txt: everything may be read; the sitemap is named with its absolute URL, and only when the
 * build knows the site's origin (without it no sitemap is written, see astro.config.mjs). */
import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap =
    site === undefined
      ? ''
      : `\nSitemap: ${absoluteUrl(site, sitePath(import.meta.env.BASE_URL, 'sitemap-index.xml'))}\n`;
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
