import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFingerprint } from './code-fingerprint-fs.ts';

/** A project tree written for the test: two sources, a test, a lock file and an entry. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  mkdirSync(join(root, 'src/clean'), { recursive: true });
  mkdirSync(join(root, 'src/content/archive'), { recursive: true });
  writeFileSync(join(root, 'src/clean/rules.ts'), 'export const RULES = [1];\n');
  writeFileSync(join(root, 'src/clean/rules.test.ts'), 'it("works", () => {});\n');
  writeFileSync(join(root, 'src/schema.ts'), 'export const A = 1;\n');
  writeFileSync(join(root, 'src/content/archive/a.md'), 'entry\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  return root;
}

describe('codeFingerprint', () => {
  it('is the same for the same tree', async () => {
    const root = project();
    expect(await codeFingerprint(root)).toBe(await codeFingerprint(root));
    expect(await codeFingerprint(root)).toBe(await codeFingerprint(project()));
  });

  it.each([
    ['a source changes', 'src/clean/rules.ts', 'export const RULES = [2];\n', true],
    ['a source is added', 'src/clean/more.ts', 'export const B = 1;\n', true],
    ['the lock file changes', 'package-lock.json', '{"lockfileVersion":4}\n', true],
    ['a test changes', 'src/clean/rules.test.ts', 'it("fails", () => {});\n', false],
    ['an entry changes', 'src/content/archive/a.md', 'another entry\n', false],
  ])('when %s: changed is %s', async (_, file, text, changes) => {
    const root = project();
    const before = await codeFingerprint(root);
    writeFileSync(join(root, file), text);
    expect((await codeFingerprint(root)) !== before).toBe(changes);
  });
});
