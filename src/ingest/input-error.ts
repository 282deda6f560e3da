/**
 * The one error type the ingest pipeline throws for bad input. Anything else escaping the pipeline
 * is a bug. Its message is a single line naming the file and the reason, fit for a build log, with
 * control characters in either escaped.
 */
import { printableName } from './printable-name.ts';

/** An input the pipeline refuses. */
export class InputError extends Error {
  /** The input file the error is about (as named in `seeds/` or on the command line). */
  readonly file: string;
  /** The reason alone, without the file name. */
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${printableName(file)}: ${printableName(reason.replace(/\s+/g, ' ').trim())}`);
    this.name = 'InputError';
    this.file = file;
    this.reason = reason;
  }
}

/** True when `error` is an {@link InputError}. */
export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
