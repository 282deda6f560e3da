import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The five raw articles the archive starts from, byte for byte as received. */
const SEEDS: Record<string, string> = {
  '000_14093ceff1733d3d.txt': 'b33f4e3c8dc43b77cd4faf6a6731e171684e2f3d63323887be82f1958c0b8173',
  '001_07b8d0fd456b461d.txt': '3d1a65123483f37fcc5867a7f2e4f9c37bac59196ab2fcbde2d3604ff99ed417',
  '002_16613e9709f29ab4.txt': '18dca76649305d1de0eef86a025a8c9af780ef3a9f304f152b214add3d118860',
  '003_33b1ff9d8dcb2498.txt': '49575f612ed06c5d7e92c02e824d9bcc50ca90b0da089713ffe12b71502ffb38',
  '004_2fc514886c8a6ac5.txt': '878d8e5e00b42ff51b9c2a299ade449461b0bdf130d5cf436a4a73b30b1c23f4',
};

describe('seeds/ holds the received files unchanged', () => {
  it.each(Object.entries(SEEDS))('%s', (file, sha256) => {
    const bytes = readFileSync(`seeds/${file}`);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
  });
});
