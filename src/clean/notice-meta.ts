/**
 * Metadata that removed notices state, read the same way by every cleaner: a copyright line gives
 * the outlet (its holder) and a year; failing that, a homepage footer names the outlet.
 */
import type { Removal } from '../schema/article.ts';
import type { SourceMeta } from './clean-result.ts';
import { copyrightFacts, footerOutlet } from './text-rules.ts';

/** The outlet and publication year that the removed copyright lines and footers state. */
export function noticeMeta(removed: readonly Removal[]): Pick<SourceMeta, 'outlet' | 'published'> {
  const first = <T>(rule: string, read: (text: string) => T | null): T | null =>
    removed
      .filter((r) => r.rule === rule)
      .map((r) => read(r.text))
      .find((v) => v !== null) ?? null;
  const copyright = first('copyright-line', copyrightFacts);
  const footer = first('homepage-footer', footerOutlet);
  return {
    outlet: copyright
      ? { name: copyright.holder, origin: 'copyright' }
      : footer
        ? { name: footer, origin: 'footer' }
        : null,
    published: copyright?.year
      ? { value: copyright.year, precision: 'year', origin: 'copyright' }
      : null,
  };
}
