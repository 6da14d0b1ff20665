// npm run build:sides: the actor dictionary (models/actor-sides.json). Our own passes read the
// offices stated in every BBC News, Reuters-21578 and PolNeAR train/dev article except the facts
// gold (both splits), and a person told to act for one side ("Chancellor Gordon Brown" -> Britain,
// "Labour MP X" -> Labour) in at least MIN_ARTICLES articles, and for that side in at least
// MIN_SHARE of them, is kept. Deterministic: sorted inputs, the dictionary itself off while learning.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/project-root.js';
import { readTxt } from '../src/ingest/read-txt.js';
import type { Article, ArticleGraph } from '../src/model/index.js';
import { extractArticle } from '../src/pipeline/extract-article.js';
import { actsFor } from '../src/extract/actor-side.js';
import { KNOWN_SIDES_FILE, useKnownSides, type KnownSide, type SidesFile } from '../src/extract/known-sides.js';
import { loadFactsFixtures, sourceKey } from './lib/facts-fixture.js';
import { reutersArticles } from './lib/reuters-articles.js';
import { sharedData } from './lib/shared-data.js';

const MIN_ARTICLES = 2;
const MIN_SHARE = 0.75;

const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
useKnownSides(false);

const gold = new Set(loadFactsFixtures(path.join(projectRoot(), 'test', 'fixtures', 'gold')).map((l) => sourceKey(l.fixture.source)));

function* corpus(): Generator<[string, Article]> {
  const bbc = sharedData('bbc');
  for (const cat of fs.readdirSync(bbc).filter((d) => fs.statSync(path.join(bbc, d)).isDirectory()).sort())
    for (const f of fs.readdirSync(path.join(bbc, cat)).filter((x) => x.endsWith('.txt')).sort())
      yield [`bbc:${cat}/${f}`, readTxt(fs.readFileSync(path.join(bbc, cat, f), 'utf8'), `bbc/${cat}/${f}`)];
  for (const split of ['train', 'dev']) {
    const dir = sharedData('polnear', split, 'text');
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort())
      yield [`polnear:${split}:${f.replace(/\.txt$/, '')}`, readTxt(fs.readFileSync(path.join(dir, f), 'utf8'), `polnear/${split}/${f}`)];
  }
  for (const a of reutersArticles(sharedData('reuters21578'))) yield [`reuters:${(a.sourcePath ?? "").split("#")[1]}`, a];
}

/** The sides each person was told to act for, with the articles that told it. */
const told = new Map<string, Map<string, Set<string>>>();
/** Person -> side -> office -> how many times it was told. */
const offices = new Map<string, Map<string, Map<string, number>>>();
const sides = new Map<string, KnownSide>();
function record(key: string, g: ArticleGraph): void {
  const entity = new Map(g.entities.map((e) => [e.id, e]));
  for (const r of g.relations) {
    const person = entity.get(r.fromId);
    const side = entity.get(r.toId);
    // a full name only: "Mr Brown" alone is no one in particular
    if (!person || person.type !== 'Person' || !person.id.slice('person:'.length).includes('-') || !side) continue;
    if (side.type !== 'State' && side.type !== 'Organization') continue;
    if (!actsFor(r.type, r.role, side.type, side.id)) continue;
    const bySide = told.get(person.id) ?? new Map<string, Set<string>>();
    told.set(person.id, bySide);
    bySide.set(side.id, (bySide.get(side.id) ?? new Set()).add(key));
    const bySideRole = offices.get(person.id) ?? new Map<string, Map<string, number>>();
    offices.set(person.id, bySideRole);
    const roles = bySideRole.get(side.id) ?? new Map<string, number>();
    bySideRole.set(side.id, roles);
    if (r.role) roles.set(r.role, (roles.get(r.role) ?? 0) + 1);
    if (!sides.has(side.id)) sides.set(side.id, { id: side.id, type: side.type, name: side.name, ...(side.kind ? { kind: side.kind } : {}), ...(side.externalIds?.iso3 ? { iso3: side.externalIds.iso3 } : {}) });
  }
}

let read = 0;
let skipped = 0;
for (const [key, article] of corpus()) {
  if (gold.has(key)) {
    skipped++;
    continue;
  }
  record(key, extractArticle(article));
  if (++read % 2000 === 0) log(`${read} articles`);
}
log(`${read} articles read, ${skipped} gold articles left out, ${told.size} persons with a side`);

// One side per person: within each type the side told most must hold MIN_SHARE of that type's
// articles; between a state and an organization, the one told in more articles ("Tory leader Michael
// Howard" far more often than a past "Home Secretary"; Blair the prime minister more often than the
// Labour leader), the state on a tie.
function choose(bySide: Map<string, Set<string>>): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const type of ['State', 'Organization']) {
    const cands = [...bySide].filter(([id]) => sides.get(id)!.type === type).map(([id, arts]) => [id, arts.size] as [string, number]);
    if (cands.length === 0) continue;
    cands.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const total = cands.reduce((n, [, c]) => n + c, 0);
    const [id, n] = cands[0];
    if (n >= MIN_ARTICLES && n / total >= MIN_SHARE && (!best || n > best[1])) best = [id, n];
  }
  return best;
}

const persons: SidesFile['persons'] = {};
const used: SidesFile['sides'] = {};
for (const person of [...told.keys()].sort()) {
  const pick = choose(told.get(person)!);
  if (!pick) continue;
  const roles = [...(offices.get(person)?.get(pick[0]) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  persons[person] = [pick[0], pick[1], roles[0]?.[0] ?? ''];
  used[pick[0]] = sides.get(pick[0])!;
}
const out: SidesFile = { format: 'newsgraph-actor-sides/2', persons, sides: Object.fromEntries(Object.entries(used).sort(([a], [b]) => (a < b ? -1 : 1))) };
const file = path.join(projectRoot(), 'models', KNOWN_SIDES_FILE);
fs.writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);
const byType = (t: string) => Object.values(persons).filter(([id]) => used[id].type === t).length;
log(`wrote ${path.relative(process.cwd(), file)}: ${Object.keys(persons).length} persons (${byType('State')} for a state, ${byType('Organization')} for an organization), ${Object.keys(used).length} sides`);
