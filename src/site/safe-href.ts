/**
 * Links taken from sources (original URLs, image and post addresses) are untrusted: only web
 * addresses become links; anything else (javascript:, data:, relative junk) is shown as text.
 */

/** The URL normalised when it is an absolute http(s) address, else null. */
export function safeHref(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
