/**
 * File names as they may be printed in a message. A name is whatever bytes the file system holds:
 * control characters (an ANSI escape sequence can rewrite the terminal), line breaks (a forged
 * second log line) and bidirectional overrides (text that reads backwards) are shown escaped.
 */

const UNPRINTABLE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** `name` with every control, line-break and bidirectional-override character as `\u{…}`. */
export function printableName(name: string): string {
  return name.replace(
    UNPRINTABLE,
    (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}}`,
  );
}
