/**
 * Every stage runs in time linear in its input, or refuses it with a one-line error: each input
 * built to be slow (a long paragraph full of quotes, 100,000-deep nesting, 200,000 lines, a 7.5 MB
 * text node) goes through the whole pipeline, cleaning and cross-outlet analysis, and its time per
 * byte is compared, as a ratio in the same run, with the same shape of input at a normal size.
 * A super-linear stage makes the ratio grow with the size (16x the bytes gives 16x per byte for a
 * quadratic one); the bound leaves room for timing noise only.
 */
import { describe, expect, it } from 'vitest';
import { isInputError } from '../ingest/input-error.ts';
import { analyseCorpus } from './analyse-corpus.ts';
import { buildArticles } from './build-article.ts';

/** Largest accepted ratio of time per byte, large input over normal input. */
const MAX_RATIO = 4;

interface SlowCase {
  readonly name: string;
  readonly file: string;
  /** The input at about `bytes` bytes. */
  readonly make: (bytes: number) => string;
  readonly normal: number;
  readonly large: number;
  /** True when the large input must be refused with a one-line error, not cleaned. */
  readonly refused: boolean;
}

const repeat = (unit: string, bytes: number): string =>
  unit.repeat(Math.max(1, Math.round(bytes / unit.length)));

const page = (body: string): string =>
  `<!doctype html><html><head><title>A page</title></head><body><article>${body}</article></body></html>`;

const nested = (tag: string, bytes: number): string => {
  const depth = Math.round(bytes / (2 * tag.length + 3));
  return `<p>Opening words of the piece.</p>${`<${tag}>`.repeat(depth)}deep words${`</${tag}>`.repeat(depth)}`;
};

const CASES: readonly SlowCase[] = [
  {
    name: 'a paragraph full of attributed curly quotations',
    file: 'quotes.txt',
    make: (n) =>
      `Title line\n\n${repeat('“We will act now,” said Mayor Jane Doe. He added: “Never again.” ', n)}`,
    normal: 32_000,
    large: 512_000,
    refused: false,
  },
  {
    name: 'a paragraph of unbalanced straight and curly marks',
    file: 'marks.txt',
    make: (n) => `Title line\n\n${repeat('He said "we “will \'act ‘now, she said. ', n)}`,
    normal: 32_000,
    large: 512_000,
    refused: false,
  },
  {
    name: '200,000 lines',
    file: 'lines.txt',
    make: (n) => repeat('A short line of words said Jane Doe.\n', n),
    normal: 200_000,
    large: 7_400_000,
    refused: false,
  },
  {
    name: 'a 7.5 MB text node in a page',
    file: 'node.html',
    make: (n) =>
      page(`<p>${repeat('Mayor Jane Doe said “we will act,” the council heard. ', n)}</p>`),
    normal: 250_000,
    large: 7_500_000,
    refused: false,
  },
  {
    name: 'mis-nested formatting elements a tree builder would reopen',
    file: 'reopen.html',
    make: (n) => {
      let html = '<p>Opening words of the piece.</p><p>';
      for (let i = 0; html.length < n; i += 1) html += `<b><i class="c${i}"></b>w `;
      return html;
    },
    normal: 20_000,
    large: 420_000,
    refused: false,
  },
  {
    name: 'a run of name-like words thousands long',
    file: 'names.txt',
    make: (n) => {
      const words: string[] = [];
      for (let i = 0, length = 0; length < n; i += 1) {
        words.push(`Qa${i.toString(36)}.`);
        length += (words.at(-1)?.length ?? 0) + 1;
      }
      return `Title line\n\n“Yes,” said ${words.join(' ')}\n`;
    },
    normal: 16_000,
    large: 256_000,
    refused: false,
  },
  {
    name: 'thousands of share links inside one paragraph',
    file: 'shares.html',
    make: (n) => `<p>Opening words ${repeat('<span class="share">x</span> words ', n)}</p>`,
    normal: 20_000,
    large: 400_000,
    refused: false,
  },
  {
    name: 'thousands of distinct people and lone names',
    file: 'people.txt',
    make: (n) => {
      let text = 'Title line\n\n';
      for (let i = 0; text.length < n; i += 1) {
        const name = `Ann${i.toString(36)} Lee${i.toString(36)}`;
        text += `${name} spoke. Then Ann${i.toString(36)} left. `;
      }
      return text;
    },
    normal: 16_000,
    large: 256_000,
    refused: false,
  },
  {
    name: 'quotations whose words repeat ("a a a … b")',
    file: 'repeat.txt',
    make: (n) =>
      `Title line\n\n“${repeat('a ', n / 2)}b,” Ann Lee said. “${repeat('a ', n / 2)}c,” she said.\n`,
    normal: 16_000,
    large: 256_000,
    refused: false,
  },
  {
    name: 'thousands of quotations repeating words quoted elsewhere',
    file: 'echoes.txt',
    make: (n) => {
      let text = 'Title line\n\n';
      for (let i = 0; text.length < n; i += 1) {
        const id = i.toString(36);
        text += `“We all know w${id} x${id} y${id},” Ann Lee said.\n\n“w${id} x${id}” “We all know”\n\n`;
      }
      return text;
    },
    normal: 16_000,
    large: 256_000,
    refused: false,
  },
  {
    name: 'a WordPress site name nested 100,000 deep',
    file: 'site.json',
    make: (n) =>
      JSON.stringify({
        id: 1,
        title: { rendered: 'T' },
        content: { rendered: '<p>Opening words of the piece, long enough to be an article.</p>' },
        yoast_head_json: { og_site_name: nested('b', n) },
      }),
    normal: 10_000,
    large: 1_100_000,
    refused: true,
  },
  {
    name: 'an HTML fragment nested 100,000 deep',
    file: 'deep.html',
    make: (n) => nested('div', n),
    normal: 10_000,
    large: 1_100_000,
    refused: true,
  },
  {
    name: 'a page nested 100,000 deep',
    file: 'deep-page.html',
    make: (n) => page(nested('span', n)),
    normal: 10_000,
    large: 1_100_000,
    refused: true,
  },
  {
    name: 'a WordPress post nested 100,000 deep',
    file: 'deep.json',
    make: (n) =>
      JSON.stringify({ id: 1, title: { rendered: 'T' }, content: { rendered: nested('i', n) } }),
    normal: 10_000,
    large: 1_100_000,
    refused: true,
  },
];

/** Runs the whole pipeline on `text`; returns milliseconds of CPU per kilobyte and the error, if
 * any. CPU time, not time on the clock: the steps npm test runs beside this one take the clock's
 * time from it, by a different share on each run, but not its CPU time. */
function run(c: SlowCase, text: string): { perKb: number; error: unknown } {
  const bytes = new TextEncoder().encode(text);
  const start = process.cpuUsage();
  let error: unknown = null;
  try {
    const entries = buildArticles({ file: c.file, bytes });
    analyseCorpus(entries.map((e) => e.data));
  } catch (caught) {
    error = caught;
  }
  const used = process.cpuUsage(start);
  return { perKb: (used.user + used.system) / 1000 / (bytes.length / 1024), error };
}

describe('every stage is linear in its input', () => {
  it.each(CASES)(
    '$name',
    (c) => {
      const normal = c.make(c.normal);
      const best = Math.min(...[0, 1, 2].map(() => run(c, normal).perKb));
      const large = c.make(c.large);
      // A busy machine still slows some runs a little (caches shared with other steps): the
      // large input gets up to five runs, its fastest kept. A super-linear stage is slow on every
      // run.
      let result = run(c, large);
      for (let tries = 1; tries < 5 && result.perKb / best > MAX_RATIO; tries += 1) {
        const again = run(c, large);
        if (again.perKb < result.perKb) result = again;
      }
      if (c.refused) {
        expect(isInputError(result.error)).toBe(true);
        expect(String((result.error as Error).message)).toMatch(/^\S+: .*limit/);
        expect(String((result.error as Error).message)).not.toContain('\n');
      } else {
        expect(result.error).toBeNull();
      }
      expect(result.perKb / best).toBeLessThan(MAX_RATIO);
    },
    120_000,
  );
});
