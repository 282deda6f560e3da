/**
 * Images in HTML: `<img>` elements, and figures (`<figure>`, WordPress' `.wp-caption`) whose
 * caption and photo credit belong to the image, not to the body text. Image URLs are kept as
 * stated and never loaded.
 */
import type { Element } from 'domhandler';
import type { Image } from '../schema/article.ts';
import { classTokens, descendants, HTML_SPACE, tagName, textOf } from './html-dom.ts';
import {
  CAPTION_CREDIT_CLASS,
  FIGURE,
  IMAGE_SRC_ATTRIBUTES,
  TRACKING_PIXEL_MAX,
} from './html-rules.ts';
import { parseCaptionLine } from './plain-text-captions.ts';

/** True for an image container: `<figure>` or a WordPress classic caption box. */
export function isFigure(el: Element): boolean {
  return tagName(el) === 'figure' || classTokens(el).some((t) => FIGURE.container.test(t));
}

function isCaption(el: Element): boolean {
  return tagName(el) === 'figcaption' || classTokens(el).some((t) => FIGURE.caption.test(t));
}

function isTrackingPixel(img: Element): boolean {
  const size = (name: string): number => Number.parseInt(img.attribs[name] ?? '', 10);
  return size('width') <= TRACKING_PIXEL_MAX && size('height') <= TRACKING_PIXEL_MAX;
}

/** The image's address as stated; null for inline `data:` images (bytes, not an address). */
function imageUrl(img: Element): string | null {
  for (const name of IMAGE_SRC_ATTRIBUTES) {
    const value = img.attribs[name]?.trim();
    if (value) return /^data:/i.test(value) ? null : value;
  }
  return null;
}

function nonEmpty(text: string | undefined): string | null {
  const t = text?.replace(HTML_SPACE, ' ').trim() ?? '';
  return t === '' ? null : t;
}

/** The image an `<img>` shows, with its alt text as caption; null for tracking pixels and images
 * with neither address nor alt text. */
export function imageFromImg(img: Element): Image | null {
  if (isTrackingPixel(img)) return null;
  const url = imageUrl(img);
  const caption = nonEmpty(img.attribs['alt']);
  if (url === null && caption === null) return null;
  return { url, caption, credit: null };
}

/** Caption and credit of a caption element: the credit is its credit-classed part, or the credit
 * its text ends with ("… Photo by Jane Doe/AP"). */
function readCaption(el: Element): { caption: string | null; credit: string | null } {
  const creditEl = descendants(el).find((d) =>
    classTokens(d).some((t) => CAPTION_CREDIT_CLASS.test(t)),
  );
  const whole = textOf(el);
  if (creditEl) {
    const credit = textOf(creditEl);
    return { caption: nonEmpty(whole.replace(credit, '')), credit: nonEmpty(credit) };
  }
  const parsed = parseCaptionLine(whole);
  return parsed ?? { caption: nonEmpty(whole), credit: null };
}

/** A figure's images and caption element (which the body must skip), read together. */
export interface FigureParts {
  readonly images: readonly Image[];
  readonly imgs: readonly Element[];
  readonly caption: Element | null;
}

/** The images of figure `el` (not of figures nested in it) with its caption and credit. */
export function readFigure(el: Element): FigureParts {
  const own = descendants(el).filter((d) => {
    for (let p = d.parent; p && p !== el; p = p.parent) {
      if ((p.type === 'tag' && isFigure(p)) || p.type === 'root') return false;
    }
    return true;
  });
  const imgs = own.filter((d) => tagName(d) === 'img');
  const caption = own.find(isCaption) ?? null;
  if (imgs.length === 0) return { images: [], imgs: [], caption: null };
  const stated = caption ? readCaption(caption) : { caption: null, credit: null };
  const images = imgs.flatMap((img) => {
    const image = imageFromImg(img);
    if (image === null) return [];
    return [{ url: image.url, caption: stated.caption ?? image.caption, credit: stated.credit }];
  });
  return { images, imgs, caption };
}
