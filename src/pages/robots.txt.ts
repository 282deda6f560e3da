/** robots.txt: everything may be read; the sitemap is named with its absolute URL. */
import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(
    site ?? 'http://localhost/',
    sitePath(import.meta.env.BASE_URL, 'sitemap-index.xml'),
  );
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
