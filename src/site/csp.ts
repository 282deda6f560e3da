/**
 * The Content-Security-Policy every page carries (as a meta tag, so it works on any static host).
 * Nothing may load from another origin. Scripts are files from the site itself; Pagefind compiles
 * its WebAssembly search engine, which needs 'wasm-unsafe-eval' (and nothing looser).
 */

/** The policy's directives, one per line of the table. `frame-ancestors` and `report-uri` are
 * left out: browsers ignore them in a meta tag. */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy as the `content` of `<meta http-equiv="Content-Security-Policy">`. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join(
  '; ',
);
