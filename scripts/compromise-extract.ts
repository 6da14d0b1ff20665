// The anchor of bench:extract: compromise (a popular JavaScript NLP library) over the same files as
// `kg extract --jsonl`, as a whole process: reads every .txt in a folder and prints one JSON line per
// file with the people, places, organizations and quotations compromise finds.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node dist/scripts/compromise-extract.js DIR');
for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const doc = nlp(fs.readFileSync(path.join(dir, name), 'utf8'));
  const line = { file: name, people: doc.people().out('array'), places: doc.places().out('array'), organizations: doc.organizations().out('array'), quotations: doc.quotations().out('array') };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
