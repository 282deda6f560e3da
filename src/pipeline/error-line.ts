/**
 * The one line a failed input is reported with, whatever failed: the input's own error as it
 * words it, or an internal error's first line, never a stack trace.
 */
import { isInputError } from '../ingest/input-error.ts';
import { printableName } from '../ingest/printable-name.ts';

/** The one-line message for a failure on `file`: the input error, or an internal error's first
 * line; control characters in either are escaped. */
export function errorLine(file: string, error: unknown): string {
  if (isInputError(error)) return error.message.split('\n').join('; ');
  const why = error instanceof Error ? error.message : String(error);
  return `${printableName(file)}: internal error: ${printableName(why.split('\n')[0] ?? '')}`;
}
