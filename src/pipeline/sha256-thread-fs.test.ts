import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { HASH_AHEAD_BYTES, startSha256Thread } from './sha256-thread-fs.ts';

// Each case starts a worker thread: seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

describe('startSha256Thread', () => {
  it.each([
    ['no piece', 0, 1],
    ['one small piece', 1, 1000],
    ['pieces past the bytes allowed to wait', 3, HASH_AHEAD_BYTES],
  ])('gives the SHA-256 of what it was given: %s', async (_, count, size) => {
    const pieces = Array.from({ length: count }, () => randomBytes(size));
    const thread = startSha256Thread();
    for (const piece of pieces) await thread.update(piece);
    const expected = createHash('sha256');
    for (const piece of pieces) expected.update(piece);
    expect(await thread.digest()).toBe(expected.digest('hex'));
  });

  it('hashes each piece as it was when given, whatever the caller does with it after', async () => {
    const piece = Buffer.from('the bytes as read');
    const thread = startSha256Thread();
    await thread.update(piece);
    piece.fill(0);
    const expected = createHash('sha256').update('the bytes as read').digest('hex');
    expect(await thread.digest()).toBe(expected);
  });

  it('gives no hash once stopped, and takes no more pieces', async () => {
    const thread = startSha256Thread();
    await thread.update(Buffer.from('a'));
    thread.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await thread.update(Buffer.from('b'));
    expect(await thread.digest()).toBeNull();
  });
});
