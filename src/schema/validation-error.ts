/**
 * Friendly validation messages: one line naming the file and each failing field path, instead of
 * zod's raw issue dump.
 */
import type { z } from 'zod';

/** One line per issue: `file: field.path: message`. */
export function describeIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.');
      return `${file}: ${path}: ${issue.message}`;
    })
    .join('\n');
}
