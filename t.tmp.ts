import { extractQuotes } from './src/quotes/extract-quotes.ts';
const text = process.argv[2]!.replace(/\\n/g, '\n');
for (const q of extractQuotes({ text, embeds: [] })) console.log(q.kind, q.speaker, '|', q.text);
