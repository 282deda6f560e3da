import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
const p = new WARCParser(createReadStream(process.argv[2]!), { parseHttp: false });
for (;;) {
  const r = await p.parse();
  if (!r) break;
  console.log(p.offset, r.warcType, r.warcHeaders.statusline, r.warcTargetURI, r.httpHeaders?.statusCode);
  if (process.argv[3]) { const b = await r.readFully(true); console.log(b.length); }
}
