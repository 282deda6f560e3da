/**
 * Reading a command's options: `--help` (or `-h`) prints the command's usage on stdout and does
 * nothing else; a mistyped option, a missing value or a stray argument is one line naming the
 * command and the problem, with exit code 2, never a stack trace and never ignored.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { printableName } from '../../src/ingest/printable-name.ts';

/** What a command takes, and the words its `--help` prints. */
export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  /** The npm script's name (`extract`). */
  readonly name: string;
  /** What it does, in a sentence or two. */
  readonly summary: string;
  /** Its positional arguments as the synopsis shows them (`<file>...`), or '' for none. */
  readonly operands: string;
  /** Its options, as `node:util` `parseArgs` reads them. */
  readonly options: O;
  /** One line per option saying what it does; the key is the option's name. */
  readonly help: { readonly [K in keyof O]: string };
}

/** The usage text `--help` prints: synopsis, summary and one line per option. */
export function usageText<O extends ParseArgsOptionsConfig>(spec: CommandSpec<O>): string {
  const operands = spec.operands === '' ? '' : ` ${spec.operands}`;
  const lines = [`usage: npm run -s ${spec.name} --${operands} [options]`, '', spec.summary, ''];
  const flags = Object.entries(spec.options).map(([name, option]) => {
    const value = option.type === 'string' ? ` ${name.toUpperCase().replace(/-/g, '_')}` : '';
    return [`--${name}${value}`, spec.help[name] ?? ''] as const;
  });
  const width = Math.max(8, ...flags.map(([flag]) => flag.length));
  for (const [flag, text] of [...flags, ['--help', 'print this and do nothing else'] as const]) {
    lines.push(`  ${flag.padEnd(width)}  ${text}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Prints `<command>: <reason>` on stderr and exits 2: how every misuse of a command ends. */
export function misuse(command: string, reason: string): never {
  console.error(`${command}: ${printableName(reason)} (see --help)`);
  process.exit(2);
}

/** The command's options and operands from `args`; on `--help` prints its usage and exits 0;
 * on a parse error exits 2 with one line. Operands are refused when the command takes none. */
export function readCommand<const O extends ParseArgsOptionsConfig>(
  spec: CommandSpec<O>,
  args: readonly string[] = process.argv.slice(2),
) {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usageText(spec));
    process.exit(0);
  }
  try {
    return parseArgs({
      args: [...args],
      options: spec.options,
      allowPositionals: spec.operands !== '',
      strict: true,
    });
  } catch (error) {
    // Node's message goes on to explain "--"; the first sentence says what is wrong.
    const why = error instanceof Error ? error.message.split(/\n|\.\s/)[0] : String(error);
    return misuse(spec.name, why ?? '');
  }
}

/** A whole number option's value, or a one-line misuse when it is not one. */
export function wholeNumber(command: string, option: string, value: string): number {
  if (!/^\d+$/.test(value)) misuse(command, `--${option} takes a whole number, not "${value}"`);
  return Number(value);
}

/** One line for a file that could not be read: what is wrong with it, in words. */
export function readErrorLine(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EISDIR: 'is a folder, not a file',
    ENOTDIR: 'is a file, not a folder',
    EACCES: 'permission denied',
  };
  const why =
    typeof code === 'string' && reasons[code] !== undefined
      ? reasons[code]
      : error instanceof Error
        ? (error.message.split('\n')[0] ?? '')
        : String(error);
  return path === '' ? printableName(why) : `${printableName(path)}: ${printableName(why)}`;
}
