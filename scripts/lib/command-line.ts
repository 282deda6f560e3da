/**
 * Reading a command's options: a mistyped option, a missing value or a stray argument is one line
 * naming the command and the problem, with exit code 2, never a stack trace and never ignored.
 */
import { printableName } from '../../src/ingest/printable-name.ts';

/** The result of `parse` (a `node:util` `parseArgs` call, strict by default); on a parse error,
 * prints `<command>: <reason>` and exits 2. */
export function parseCommand<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`${command}: ${printableName(why ?? '')} (see the README's npm scripts)`);
    process.exit(2);
  }
}
