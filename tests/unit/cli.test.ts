import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Each case starts the scripts as their own processes, which takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const PROSE =
  'The council voted on Tuesday to close the old bridge for repairs. Residents said the detour ' +
  'would add twenty minutes to their commute, and the mayor promised a quick job.';

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end, its output read as text; the cases of a file run side by side. */
function runCommand(cmd: string, args: string[]): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args);
    const ran: Ran = { code: null, stdout: '', stderr: '' };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (ran.stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (ran.stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ ...ran, code }));
  });
}

/** Runs a script as its npm script does: in this Node, which strips its types. */
const script = (file: string, args: string[]): Promise<Ran> =>
  runCommand(process.execPath, [file, ...args]);

function seedsFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** A fresh output folder path (not created) and the ingest's arguments for it. */
function ingestArgs(seeds: string, ...more: string[]): { out: string; args: string[] } {
  const out = join(mkdtempSync(join(tmpdir(), 'out-')), 'archive');
  return { out, args: ['--seeds', seeds, '--out', out, '--quiet', ...more] };
}

/** True when every stderr line is one message: no stack trace, no raw control character. */
function oneLineErrors(stderr: string): boolean {
  return !/\n\s+at /.test(stderr) && !/[\u0000-\u0009\u000b-\u001f]/.test(stderr);
}

describe.concurrent('npm run ingest', () => {
  it('stops on a bad file with one line naming it, leaving the previous output untouched', async () => {
    const seeds = seedsFolder({ 'good.txt': `${PROSE}\n\n${PROSE}\n` });
    const { out, args } = ingestArgs(seeds);
    expect((await script('scripts/ingest.ts', args)).code).toBe(0);
    const before = readFileSync(join(out, 'articles', 'good.md'), 'utf8');
    const corpus = readFileSync(join(out, 'corpus', 'quotes.json'), 'utf8');

    writeFileSync(join(seeds, 'bad.json'), '{"id": 1, "content": {"rendered": "<p>cut');
    writeFileSync(join(seeds, 'good.txt'), `${PROSE}\n`);
    const failed = await script('scripts/ingest.ts', args);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^bad\.json: truncated or invalid JSON/m);
    expect(oneLineErrors(failed.stderr)).toBe(true);
    expect(readdirSync(join(out, 'articles'))).toEqual(['good.md']);
    expect(readFileSync(join(out, 'articles', 'good.md'), 'utf8')).toBe(before);
    expect(readFileSync(join(out, 'corpus', 'quotes.json'), 'utf8')).toBe(corpus);
  });

  it('with --keep-going reports bad files and builds the rest', async () => {
    const seeds = seedsFolder({ 'good.txt': PROSE, 'empty.txt': '' });
    const { out, args } = ingestArgs(seeds, '--keep-going');
    const result = await script('scripts/ingest.ts', args);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^empty\.txt: file is empty$/m);
    expect(readdirSync(join(out, 'articles'))).toEqual(['good.md']);
  });

  it.each([
    ['the source tree', { 'index.ts': 'export {};' }],
    ['the inputs folder', { 'a.txt': PROSE, 'facts.json': '{"files": {}}' }],
  ])('refuses --out pointing at %s, with one line and a non-zero exit', async (_, held) => {
    const seeds = seedsFolder({ 'good.txt': PROSE });
    const out = seedsFolder(held);
    const result = await script('scripts/ingest.ts', ['--seeds', seeds, '--out', out, '--quiet']);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/did not write .*refusing to replace it/);
    expect(readdirSync(out).sort()).toEqual(Object.keys(held).sort());
  });

  it('refuses an empty --seeds folder unless told --allow-empty', async () => {
    const full = seedsFolder({ 'good.txt': PROSE });
    const { out, args } = ingestArgs(full);
    expect((await script('scripts/ingest.ts', args)).code).toBe(0);
    const empty = seedsFolder({});
    const refused = await script('scripts/ingest.ts', ['--seeds', empty, '--out', out, '--quiet']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/holds no input files; refusing .*--allow-empty/);
    expect(readdirSync(join(out, 'articles'))).toEqual(['good.md']);
    const allowed = await script('scripts/ingest.ts', [
      ...['--seeds', empty, '--out', out, '--quiet', '--allow-empty'],
    ]);
    expect(allowed.code).toBe(0);
    expect(readdirSync(join(out, 'articles'))).toEqual([]);
  });

  it.each([
    [['--outt', 'x'], /^ingest: Unknown option '--outt'/],
    [['--seeds'], /^ingest: Option '--seeds[^']*' argument/],
    [['stray'], /^ingest: Unexpected argument 'stray'/],
    [['--seeds', '/nonexistent-seeds'], /^\/nonexistent-seeds: cannot read the seeds folder/],
  ])('misuse %j is one line with a non-zero exit', async (args, message) => {
    const result = await script('scripts/ingest.ts', [...args, '--quiet']);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('follows a symlink inside seeds/, reports one leading outside, and names nothing silently', async () => {
    const outside = seedsFolder({ 'secret.txt': PROSE });
    const seeds = seedsFolder({ 'real.txt': PROSE });
    symlinkSync(join(seeds, 'real.txt'), join(seeds, 'alias.txt'));
    symlinkSync(join(outside, 'secret.txt'), join(seeds, 'leak.txt'));
    mkdirSync(join(seeds, 'sub'));
    symlinkSync(join(seeds, 'sub'), join(seeds, 'linked'));
    const { out, args } = ingestArgs(seeds, '--keep-going');
    const result = await script('scripts/ingest.ts', args);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/leak\.txt: symlink to a file outside .*, not followed/);
    expect(result.stderr).toMatch(/warning: .*linked is a symlink to a folder, not read/);
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(['alias.md', 'real.md']);
    expect((await script('scripts/ingest.ts', args.slice(0, -1))).code).toBe(1);
  });

  it('gives every file name a unique, readable id, and escapes control characters', async () => {
    const seeds = seedsFolder({
      'news.2024.01': PROSE,
      'news.2024.02': PROSE,
      'Новости.txt': PROSE,
      '北京.txt': PROSE,
      'same.txt': PROSE,
      'same.html': `<p>${PROSE}</p>`,
      '\u001b[31mred.txt': '',
    });
    const { out, args } = ingestArgs(seeds, '--keep-going');
    const result = await script('scripts/ingest.ts', args);
    expect(result.code).toBe(0);
    expect(oneLineErrors(result.stderr)).toBe(true);
    expect(result.stderr).toContain('\\u{001b}[31mred.txt: file is empty');
    const ids = readdirSync(join(out, 'articles')).sort();
    expect(ids).toEqual(
      expect.arrayContaining(['news-2024-01.md', 'news-2024-02.md', 'novosti.md', 'bei-jing.md']),
    );
    expect(ids.filter((id) => /^same-[0-9a-f]{6}\.md$/.test(id))).toHaveLength(2);
    expect(ids).toHaveLength(6);
  });

  it('ingest leaves no temporary folders beside its output', async () => {
    const seeds = seedsFolder({ 'good.txt': PROSE });
    const { out, args } = ingestArgs(seeds);
    expect((await script('scripts/ingest.ts', args)).code).toBe(0);
    expect(readdirSync(join(out, '..'))).toEqual(['archive']);
    expect(existsSync(join(out, '.news-archive-output'))).toBe(true);
  });
});

describe.concurrent('npm run extract', () => {
  it('prints a JSON array on stdout, errors on stderr, and exits 1 when a file failed', async () => {
    const dir = seedsFolder({ 'a.txt': PROSE, 'b.bin': new Uint8Array([0, 1, 2, 3]) });
    const result = await script('scripts/extract.ts', [
      join(dir, 'a.txt'),
      join(dir, 'b.bin'),
      '--quiet',
    ]);
    expect(result.code).toBe(1);
    const records = JSON.parse(result.stdout) as { id: string; body: string; url?: string }[];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: 'a', body: PROSE });
    expect(records[0]).not.toHaveProperty('url');
    expect(result.stderr).toMatch(/b\.bin: binary file/);
  });

  it('refuses a missing --facts file with one line', async () => {
    const dir = seedsFolder({ 'a.txt': PROSE });
    const result = await script('scripts/extract.ts', [
      ...[join(dir, 'a.txt'), '--facts', '/nonexistent.json', '--quiet'],
    ]);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^\/nonexistent\.json: cannot read the facts file/);
  });

  it('gives two files of the same name in different folders different ids', async () => {
    const one = seedsFolder({ 'story.txt': PROSE });
    const two = seedsFolder({ 'story.txt': `${PROSE} Again.` });
    const result = await script('scripts/extract.ts', [
      join(one, 'story.txt'),
      join(two, 'story.txt'),
    ]);
    const ids = (JSON.parse(result.stdout) as { id: string }[]).map((r) => r.id);
    expect(new Set(ids).size).toBe(2);
  });
});

/** Runs an npm script as the README writes it: `npm run -s <name> -- <args>`. */
const npmRun = (name: string, args: string[]): Promise<Ran> =>
  runCommand('npm', ['run', '-s', name, '--', ...args]);

describe.concurrent('every npm script that takes arguments', () => {
  const scripts = [
    'ingest',
    'extract',
    'bench',
    'bench:extract',
    'bench:quotes',
    'build:site',
    'golden:update',
    'test',
  ];

  it.each(scripts)('%s --help prints its usage on stdout and does nothing else', async (name) => {
    const golden = readdirSync('tests/golden/entries').map((f) =>
      readFileSync(join('tests/golden/entries', f), 'utf8'),
    );
    const result = await npmRun(name, ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^usage: npm run -s ${name} --`));
    expect(result.stdout).toMatch(/--help +print this and do nothing else/);
    expect(result.stderr).toBe('');
    // golden:update must not rewrite anything when asked for help.
    const after = readdirSync('tests/golden/entries').map((f) =>
      readFileSync(join('tests/golden/entries', f), 'utf8'),
    );
    expect(after).toEqual(golden);
  });

  it.each(scripts)('%s refuses an unknown option with one line and exit code 2', async (name) => {
    const result = await npmRun(name, ['--no-such-option']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${name}: Unknown option '--no-such-option' (see --help)`,
    ]);
    expect(result.stdout).toBe('');
  });

  it.each([
    ['a missing file', ['/nonexistent.html'], /^\/nonexistent\.html: no such file or folder$/],
    ['a folder given as a file', [tmpdir()], /: is a folder, not a file$/],
  ])('extract names %s in one line', async (_, args, line) => {
    const result = await npmRun('extract', [...args, '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(line);
    expect(oneLineErrors(result.stderr)).toBe(true);
  });

  it('extract as the README writes it writes a file of nothing but JSON', async () => {
    const html = `<html><body><article><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`;
    const dir = seedsFolder({ 'page.html': html });
    const page = join(dir, 'page.html');
    const out = join(dir, 'out.json');
    const shell = await runCommand('sh', ['-c', `npm run -s extract -- '${page}' > '${out}'`]);
    expect(shell.code).toBe(0);
    const records = JSON.parse(readFileSync(out, 'utf8')) as { body: string }[];
    expect(records[0]?.body).toContain(PROSE);
  });
});
