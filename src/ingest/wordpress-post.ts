/**
 * The fields of a WordPress REST API post (`/wp-json/wp/v2/posts/<id>`) the archive uses, as a zod
 * schema. Only `content.rendered` is required; every other field is optional and a field of the
 * wrong shape reads as absent (sites' plugins vary), so a usable post is never refused for a field
 * the archive can do without.
 */
import { z } from 'zod';

/** An optional field that reads as absent when it has another shape. */
function lenient<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

const Text = lenient(z.string());

/** `{ rendered: "<html>" }`, WordPress' form for every field that passes through its filters. */
const Rendered = z.object({ rendered: z.string(), protected: lenient(z.boolean()) });

/** A WordPress REST API post, as far as the archive reads it. */
export const WordPressPost = z.object({
  /** The post's numeric id on its site. */
  id: lenient(z.union([z.number(), z.string()])),
  /** Publication time, site-local, without an offset ("2026-02-01T12:58:01"). */
  date: Text,
  /** The same instant in UTC, without an offset. */
  date_gmt: Text,
  /** Last modification, site-local. */
  modified: Text,
  /** Last modification in UTC. */
  modified_gmt: Text,
  /** The post's public URL. */
  link: Text,
  title: lenient(Rendered),
  /** The article's HTML as the site renders it. */
  content: Rendered,
  excerpt: lenient(Rendered),
  /** CSS classes of the post (`category-<slug>`, `tag-<slug>`, …); some sites serialise it as an
   * object with numeric keys. */
  class_list: lenient(
    z.union([
      z.array(z.string()),
      z.record(z.string(), z.string()).transform((slugs) => Object.values(slugs)),
    ]),
  ),
  /** Featured image URL from the "Featured Image from URL" plugin. */
  fifu_image_url: Text,
  /** Featured image URL from Jetpack. */
  jetpack_featured_media_url: Text,
  meta: lenient(z.object({ fifu_image_url: Text })),
  /** Yoast SEO's metadata, when the plugin is installed. */
  yoast_head_json: lenient(
    z.object({
      author: Text,
      og_site_name: Text,
      /** The post's locale as Yoast states it (`de_DE`). */
      og_locale: Text,
      og_image: lenient(z.array(z.object({ url: z.string() }))),
    }),
  ),
  /** Linked resources, present when the post was fetched with `?_embed`. */
  _embedded: lenient(
    z.object({
      author: lenient(z.array(z.object({ name: Text }))),
      'wp:term': lenient(z.array(z.array(z.object({ name: z.string(), taxonomy: Text })))),
    }),
  ),
});
export type WordPressPost = z.infer<typeof WordPressPost>;
