import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
);

describe('CONTENT_SECURITY_POLICY', () => {
  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['style-src', ["'self'"]],
    ['object-src', ["'none'"]],
  ])('%s is exactly %j', (name, sources) => {
    expect(directives.get(name)).toEqual(sources);
  });

  it('allows no other origin, no inline code and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'|data:/);
  });
});
