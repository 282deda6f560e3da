/**
 * WordPress REST API posts as detection reads them out of a parsed JSON file (one post, or an
 * array of posts as `/wp-json/wp/v2/posts` returns them): which values are posts, and why one is
 * not. Cleaning a post is the cleaner's work (`src/clean/wordpress.ts`).
 */
import { InputError } from './input-error.ts';
import { WordPressPost } from './wordpress-post.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rendered(value: unknown): string | null {
  return isRecord(value) && typeof value['rendered'] === 'string' ? value['rendered'] : null;
}

/** True when `value` has a WordPress post's shape: a `{rendered}` title, content, excerpt or guid,
 * and an id, link, slug or date. Says nothing about whether the post has content. */
export function looksLikeWordPressPost(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const renders = ['content', 'title', 'excerpt', 'guid'].some((k) => rendered(value[k]) !== null);
  return renders && ['id', 'link', 'slug', 'date'].some((k) => k in value);
}

/** Why a JSON value is not a post, in a few words; WordPress' own error objects are named. */
function notAPost(value: unknown, where: string): string {
  if (
    isRecord(value) &&
    typeof value['code'] === 'string' &&
    typeof value['message'] === 'string'
  ) {
    return `${where} is a WordPress API error, not a post: ${value['code']} (${value['message'].slice(0, 120)})`;
  }
  return `${where} is JSON that is not a WordPress REST API post`;
}

function toPost(value: unknown, file: string, where: string): WordPressPost {
  if (!looksLikeWordPressPost(value)) throw new InputError(file, notAPost(value, where));
  const content = isRecord(value) ? value['content'] : undefined;
  const html = rendered(content);
  if (html === null || html.trim() === '') {
    const locked =
      isRecord(content) && content['protected'] === true ? ' (password-protected)' : '';
    throw new InputError(file, `${where} has no content${locked}`);
  }
  const parsed = WordPressPost.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      file,
      `${where} is not a valid post: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}

/** The posts `json` (a parsed JSON value: a post object or an array of posts) holds. Throws an
 * {@link InputError} with a one-line reason for JSON that is not a post (WordPress' own error
 * objects named), an empty array, or a post without content; never anything else. */
export function readWordPressPosts(json: unknown, file: string): WordPressPost[] {
  if (!Array.isArray(json)) return [toPost(json, file, 'the JSON')];
  if (json.length === 0) throw new InputError(file, 'JSON array holds no posts');
  return json.map((value: unknown, n) => toPost(value, file, `post ${n + 1} of ${json.length}`));
}
