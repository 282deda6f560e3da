/**
 * Writing the ingest's output folder as a whole: entries and analysis are written to a temporary
 * sibling folder and swapped in together only once all are written, so an interrupted build (a
 * failure, a kill) leaves the previous output complete. The swap is two renames; a run killed
 * between them leaves the previous output beside the folder, and the next run puts it back.
 * A folder the ingest did not write (no marker file) is never replaced.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { printableName } from '../ingest/printable-name.ts';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from './output-layout.ts';

/** A refusal to write where asked: its message is one line naming the folder and the reason. */
export class OutputError extends Error {
  constructor(dir: string, reason: string) {
    super(`${printableName(dir)}: ${reason}`);
    this.name = 'OutputError';
  }
}

const names = async (dir: string): Promise<string[] | null> =>
  readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new OutputError(dir, `cannot read the output folder (${error.code ?? error.message})`);
  });

/** True when process `pid` is still running (another ingest working beside us). */
function running(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The hidden sibling folder of `dir` a run with `pid` writes (`tmp`) or moves the previous
 * output to (`old`): a name no one else would choose. */
export function sibling(dir: string, kind: 'tmp' | 'old', pid = process.pid): string {
  return join(dirname(dir), `${siblingPrefix(dir, kind)}${pid}`);
}

/** The name of a sibling folder of `dir` up to its process id. */
function siblingPrefix(dir: string, kind: 'tmp' | 'old'): string {
  return `.${basename(dir)}.news-archive-${kind}-`;
}

/** Leftovers of interrupted runs beside `dir`: the temporary and previous folders of processes
 * that are no longer running, and only those that hold the ingest's marker (nothing else is ever
 * touched). */
async function leftovers(dir: string): Promise<{ tmp: string[]; old: string[] }> {
  const siblings = (await names(dirname(dir))) ?? [];
  const of = async (kind: 'tmp' | 'old'): Promise<string[]> => {
    const prefix = siblingPrefix(dir, kind);
    const found: string[] = [];
    for (const n of siblings) {
      const pid = n.startsWith(prefix) ? n.slice(prefix.length) : '';
      if (!/^\d+$/.test(pid) || running(Number(pid))) continue;
      const path = join(dirname(dir), n);
      if ((await names(path))?.includes(OUTPUT_MARKER)) found.push(path);
    }
    return found;
  };
  return { tmp: await of('tmp'), old: await of('old') };
}

/** Puts back the previous output when a run was killed mid-swap, and removes temporary folders
 * of killed runs. Call before reading or replacing `dir`. */
export async function recoverOutput(target: string): Promise<void> {
  const dir = resolve(target);
  const { tmp, old } = await leftovers(dir);
  for (const t of tmp) await rm(t, { recursive: true, force: true });
  const previous = old.sort().at(-1);
  if (previous !== undefined && (await names(dir)) === null) await rename(previous, dir);
  for (const o of old) if (o !== previous) await rm(o, { recursive: true, force: true });
  if (previous !== undefined) await rm(previous, { recursive: true, force: true });
}

/** Throws an {@link OutputError} unless `dir` is missing, empty, or marked as the ingest's own
 * output: a mistyped `--out` must never replace the source tree or the inputs. */
export async function assertOwnOutput(target: string): Promise<void> {
  const dir = resolve(target);
  const held = await names(dir);
  if (held === null || held.length === 0 || held.includes(OUTPUT_MARKER)) return;
  throw new OutputError(
    dir,
    `holds files the ingest did not write (no ${OUTPUT_MARKER}); refusing to replace it: choose an empty or new folder`,
  );
}

/** Replaces `dir` with exactly `folders` (sub-folder -> file name -> text) and the marker, as one
 * swap. Refuses, like {@link assertOwnOutput}, a folder the ingest did not write. */
export async function replaceOutput(
  target: string,
  folders: ReadonlyMap<string, ReadonlyMap<string, string>>,
): Promise<void> {
  const dir = resolve(target);
  await recoverOutput(dir);
  await assertOwnOutput(dir);
  const tmp = sibling(dir, 'tmp');
  const old = sibling(dir, 'old');
  await mkdir(tmp, { recursive: true });
  await writeFile(join(tmp, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
  for (const [folder, files] of folders) {
    await mkdir(join(tmp, folder), { recursive: true });
    for (const [name, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1)))
      await writeFile(join(tmp, folder, name), text);
  }
  const hadOutput = (await names(dir)) !== null;
  if (hadOutput) await rename(dir, old);
  await rename(tmp, dir);
  if (hadOutput) await rm(old, { recursive: true, force: true });
}
