/**
 * The seeds' cross-outlet analysis gives its reviewed golden files (`npm run golden:update` to
 * change them on purpose), and the facts they were reviewed for still hold: the Chicago quote is
 * printed by four articles (three in full, one with a damaged word, one cut short), and the
 * syndicated pair is found with its likely source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/analyse-corpus.ts';
import { corpusFiles } from '../../src/pipeline/corpus-files.ts';
import { ingestFolder } from '../../src/pipeline/ingest-folder-fs.ts';
import type { Corpus } from '../../src/schema/story.ts';

const GOLDEN = 'tests/golden/corpus';
let corpus: Corpus;
let files: Map<string, string>;

beforeAll(async () => {
  const result = await ingestFolder('seeds');
  corpus = analyseCorpus(result.entries.map((e) => e.data));
  files = corpusFiles(corpus);
});

describe('the seeds give their reviewed corpus files', () => {
  it('writes exactly the golden files', () => {
    expect([...files.keys()].sort()).toEqual(readdirSync(GOLDEN).sort());
  });

  it.each(readdirSync(GOLDEN))('%s', (name) => {
    expect(files.get(name)).toBe(readFileSync(`${GOLDEN}/${name}`, 'utf8'));
  });
});

describe('what the golden files were reviewed for', () => {
  const chicago = () => {
    const quote = corpus.quotes.find((q) =>
      q.text.startsWith('To respond to the operation in Chicago'),
    );
    expect(quote).toBeDefined();
    return quote!;
  };

  it('the Chicago quote: four articles, three in full (one damaged), one truncated', () => {
    const quote = chicago();
    expect(quote.speaker).toBe('Brandon Johnson');
    const variants = quote.appearances.map((a) => [a.article.slice(0, 3), a.variant]);
    expect(variants).toEqual([
      ['000', 'verbatim'],
      ['001', 'verbatim'],
      ['002', 'altered'],
      ['003', 'truncated'],
    ]);
  });

  it('the damaged printing keeps its damaged word, marked as a change', () => {
    const altered = chicago().appearances.find((a) => a.variant === 'altered');
    const changes = (altered?.diff ?? []).filter((c) => c.op !== 'same').map((c) => [c.op, c.text]);
    expect(changes).toEqual([
      ['dropped', 'shared'],
      ['added', 'd'],
    ]);
    expect(altered?.text).toContain('Karen Bass d her experience');
  });

  it('000 and 002 are a syndicated pair, 000 the source', () => {
    const pair = corpus.stories
      .flatMap((s) => s.reuse)
      .find((p) => p.a.startsWith('000') && p.b.startsWith('002'));
    expect(pair?.kind).toBe('syndicated');
    expect(pair?.source?.slice(0, 3)).toBe('000');
  });

  it('one person per name, whatever title precedes it', () => {
    const names = corpus.entities.map((p) => p.name);
    expect(names).toContain('Brandon Johnson');
    expect(names.filter((n) => /Johnson/.test(n))).toEqual(['Brandon Johnson']);
    expect(names.every((n) => !/[.,;:’']$/u.test(n))).toBe(true);
  });

  it('Renee Good and Renee Nicole Good are one person, named in four articles', () => {
    const renee = corpus.entities.filter((e) => e.name.startsWith('Renee'));
    expect(renee.map((e) => [e.name, e.aliases, e.articles.length])).toEqual([
      ['Renee Nicole Good', ['Renee Good'], 4],
    ]);
  });
});
