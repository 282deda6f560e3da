/**
 * Binary files that are not text in any encoding: known by their magic number (images, archives,
 * executables, documents), or by a share of control characters no text has. Only signatures that
 * no article could open with are listed: ones with a byte text never holds, or a long fixed tag.
 */

/** A signature: its bytes (`null` matches any byte), where they sit, and what the file is. */
interface Signature {
  readonly at: number;
  readonly bytes: readonly (number | null)[];
  readonly kind: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { at: 0, bytes: [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a], kind: 'PNG image' },
  { at: 0, bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image' },
  { at: 0, bytes: ascii('GIF87a'), kind: 'GIF image' },
  { at: 0, bytes: ascii('GIF89a'), kind: 'GIF image' },
  {
    at: 0,
    bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')],
    kind: 'WebP image',
  },
  { at: 0, bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')], kind: 'WAV audio' },
  { at: 0, bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('AVI ')], kind: 'AVI video' },
  { at: 0, bytes: ascii('II*\0'), kind: 'TIFF image' },
  { at: 0, bytes: ascii('MM\0*'), kind: 'TIFF image' },
  { at: 0, bytes: [0, 0, null, null, ...ascii('ftyp')], kind: 'MP4/QuickTime media' },
  { at: 0, bytes: ascii('OggS\0'), kind: 'Ogg media' },
  { at: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3], kind: 'Matroska/WebM media' },
  { at: 0, bytes: ascii('%PDF-'), kind: 'PDF document' },
  { at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'Microsoft Office file' },
  { at: 0, bytes: ascii('PK\x03\x04'), kind: 'ZIP archive' },
  { at: 0, bytes: ascii('PK\x05\x06'), kind: 'ZIP archive' },
  { at: 0, bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c], kind: '7-Zip archive' },
  { at: 0, bytes: ascii('Rar!\x1a\x07'), kind: 'RAR archive' },
  { at: 0, bytes: [0xfd, ...ascii('7zXZ'), 0x00], kind: 'xz archive' },
  { at: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd], kind: 'zstd archive' },
  { at: 0, bytes: [0x42, 0x5a, 0x68, null, 0x31, 0x41, 0x59, 0x26], kind: 'bzip2 archive' },
  { at: 257, bytes: ascii('ustar'), kind: 'tar archive' },
  { at: 0, bytes: ascii('\x7fELF'), kind: 'ELF executable' },
  { at: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe], kind: 'Mach-O executable' },
  { at: 0, bytes: [0xca, 0xfe, 0xba, 0xbe], kind: 'Mach-O or Java class file' },
  { at: 0, bytes: ascii('\0asm'), kind: 'WebAssembly module' },
  { at: 0, bytes: ascii('SQLite format 3\0'), kind: 'SQLite database' },
];

/** What kind of binary file `bytes` are by their magic number, or null when no signature fits. */
export function binarySignature(bytes: Uint8Array): string | null {
  const fits = (s: Signature): boolean =>
    bytes.length >= s.at + s.bytes.length &&
    s.bytes.every((b, n) => b === null || bytes[s.at + n] === b);
  return SIGNATURES.find(fits)?.kind ?? null;
}

/** Share of `text`'s characters that are C0 control characters other than tab, line feed, form
 * feed and carriage return (and DEL): text holds almost none, binary data holds about one in ten. */
export function controlShare(text: string): number {
  const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  return text.length === 0 ? 0 : controls / text.length;
}
