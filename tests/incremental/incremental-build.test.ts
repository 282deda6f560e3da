/**
 * An incremental rebuild gives the site a cold build gives: `npm test` builds the fixture site
 * without two of its inputs and with one more, then with its own inputs, in the same copy and
 * output folder (Astro leaving in place every page whose cache key is unchanged,
 * `src/site/page-keys.ts`, and the pages of the removed input removed,
 * `src/site/kept-outputs.ts`), and this compares that output with the root build of the inputs,
 * file by file and byte for byte. A page key missing something its page shows leaves that page as
 * the first build made it, and a page left of the removed input is a file too many: both fail here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set (npm test sets it)`);
  return value;
};
const rebuilt = env('INCREMENTAL_DIST');
const cold = env('COLD_DIST');

/** Every file under `dir`, as paths relative to it, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The numbers in the first line of the rebuild's log that `pattern` matches, one per group. */
function logged(pattern: RegExp): number[] {
  const match = pattern.exec(readFileSync(env('INCREMENTAL_LOG'), 'utf8'));
  if (match === null) throw new Error(`the rebuild printed no line like ${pattern.source}`);
  return match.slice(1).map(Number);
}

/** The rebuild's count of pages written and reused, from build-site's last line for Astro. */
function reuse(): { written: number; reused: number } {
  const [written = 0, reused = 0] = logged(
    /astro build: (\d+) pages and files, (\d+) of them reused/,
  );
  return { written, reused };
}

describe('an incremental rebuild', () => {
  it('kept the first build’s pages in its output folder and removed those no longer built', () => {
    expect(logged(/pages kept: (\d+) recorded/)[0]).toBeGreaterThan(0);
    expect(logged(/(\d+) pages of the last build no longer built, removed/)[0]).toBeGreaterThan(0);
  });

  it('reused pages of the first build and rendered the ones the new inputs change', () => {
    const { written, reused } = reuse();
    expect(reused).toBeGreaterThan(0);
    expect(reused).toBeLessThan(written);
  });

  it('wrote the same files as a cold build of the same inputs', () => {
    expect(files(rebuilt)).toEqual(files(cold));
  });

  it('wrote every file byte for byte as the cold build did', () => {
    const differing = files(cold).filter(
      (file) => !readFileSync(join(rebuilt, file)).equals(readFileSync(join(cold, file))),
    );
    expect(differing).toEqual([]);
  });
});
