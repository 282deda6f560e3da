/**
 * The floors of a benchmark gate (`bench/<name>/floors.json`): figures a run must not drop below,
 * which only ever rise. Shared by `npm run bench:quotes` and `npm run bench:extract`.
 */
import { readFile, writeFile } from 'node:fs/promises';

/** Compares `measured` with the floors in `file` (every floor names a measured figure), prints
 * one line per figure below its floor, and with `raise` lifts each floor to its figure (rounded
 * down to 3 decimals, never lowered). Returns the exit code: 1 when a figure was below. */
export async function checkFloors(
  command: string,
  file: string,
  measured: Readonly<Record<string, number>>,
  raise: boolean,
): Promise<number> {
  const floors = JSON.parse(await readFile(file, 'utf8')) as Record<string, number>;
  const keys = Object.keys(floors);
  const figure = (key: string): number => measured[key] ?? 0;
  const below = keys.filter((key) => figure(key) < (floors[key] ?? 0));
  for (const key of below)
    console.error(`${command}: ${key} ${figure(key).toFixed(3)} is below its floor ${floors[key]}`);
  if (raise) {
    const raised = Object.fromEntries(
      keys.map((key) => [key, Math.max(floors[key] ?? 0, Math.floor(figure(key) * 1000) / 1000)]),
    );
    await writeFile(file, `${JSON.stringify(raised, null, 2)}\n`);
  }
  return below.length > 0 ? 1 : 0;
}
