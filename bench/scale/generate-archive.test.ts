import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { archiveFacts, generateArchive, planSummary } from './generate-archive.ts';
import { TEST_PARAGRAPHS } from './test-material.ts';

const ENTITIES: Readonly<Record<string, string>> = {
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  amp: '&',
  mdash: '—',
  ndash: '–',
  quot: '"',
};
/** The words of a raw file as a reader sees them: tags dropped, entities decoded. */
const visible = (raw: string): string =>
  raw.replace(/<[^>]*>/g, '').replace(/&([a-z]+);/g, (m, name: string) => ENTITIES[name] ?? m);

const digest = (articles: number, seed: number): string[] =>
  [...generateArchive(articles, seed, TEST_PARAGRAPHS).files].map(
    (f) => `${f.file}:${createHash('sha256').update(f.bytes).digest('hex')}`,
  );

describe('generateArchive: determinism', () => {
  it('gives the same files and bytes for the same size and seed', () => {
    expect(digest(40, 7)).toEqual(digest(40, 7));
  });

  it('gives different bytes for another seed', () => {
    expect(digest(40, 8)).not.toEqual(digest(40, 7));
  });

  it.each([10, 25, 60])(
    'makes exactly %i inputs, and a smaller archive is a prefix of a larger one',
    (n) => {
      const small = digest(n, 7);
      expect(small).toHaveLength(n);
      expect(digest(n + 30, 7).slice(0, n - 8)).toEqual(small.slice(0, n - 8));
    },
  );
});

describe('generateArchive: structure', () => {
  const { plan, pool, files } = generateArchive(300, 7, TEST_PARAGRAPHS);
  const text = new Map([...files].map((f) => [f.file, new TextDecoder().decode(f.bytes)]));

  it('has stories covered by several outlets, in every kind of reuse and every format', () => {
    const summary = planSummary(plan) as {
      storiesWithSeveralOutlets: number;
      byKind: Record<string, number>;
      byFormat: Record<string, number>;
    };
    expect(summary.storiesWithSeveralOutlets).toBeGreaterThan(20);
    expect(Object.keys(summary.byKind).sort()).toEqual([
      'original',
      'partial',
      'rewrite',
      'syndicated',
    ]);
    expect(Object.keys(summary.byFormat).sort()).toEqual(['html', 'plain-text', 'wordpress']);
  });

  it('gives each story copies from distinct outlets, dated on or after the first report', () => {
    for (const story of plan.stories) {
      const copies = plan.copies.filter((c) => c.story === story.index);
      expect(new Set(copies.map((c) => c.outlet)).size).toBe(copies.length);
      for (const c of copies) expect(c.published.slice(0, 10) >= story.day).toBe(true);
    }
  });

  it('spreads dates over several years', () => {
    expect(new Set(plan.copies.map((c) => c.published.slice(0, 4))).size).toBeGreaterThan(5);
  });

  it('prints each story quotation in every copy of the story', () => {
    const shared = plan.stories.filter(
      (s) => plan.copies.filter((c) => c.story === s.index).length >= 3,
    );
    expect(shared.length).toBeGreaterThan(5);
    for (const story of shared) {
      const quote = pool.quoted[story.quotes[0] ?? 0]?.quote ?? '';
      const words = quote.split(' ').slice(0, 4).join(' ');
      for (const c of plan.copies.filter((x) => x.story === story.index)) {
        expect(visible(text.get(c.file) ?? '')).toContain(words);
      }
    }
  });

  it('credits the first report’s outlet in syndicated copies', () => {
    const syndicated = plan.copies.filter((c) => c.kind === 'syndicated');
    expect(syndicated.length).toBeGreaterThan(10);
    for (const c of syndicated) {
      expect(text.get(c.file)).toContain(plan.outlets[c.firstOutlet]?.name.replace(/ /g, ' '));
    }
  });

  it('gives curated facts to plain-text copies only', () => {
    const facts = archiveFacts(plan).files;
    const plain = plan.copies.filter((c) => plan.outlets[c.outlet]?.format === 'plain-text');
    expect(Object.keys(facts).sort()).toEqual(plain.map((c) => c.file).sort());
  });

  it('asks for a quotation printed by several outlets', () => {
    expect(plan.queries.quote).toMatch(/^"[^"]+"$/);
    const words = plan.queries.quote.slice(1, -1);
    const holding = [...text.values()].filter((t) => visible(t).includes(words));
    expect(holding.length).toBeGreaterThanOrEqual(3);
  });
});
