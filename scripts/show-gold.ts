/**
 * Dev aid: prints a DEV gold article's text beside what extractArticle finds (relations, events,
 * negotiations). Refuses test-split articles: those are held out.
 *
 *   node dist/scripts/show-gold.js reuters:3560
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/pipeline/extract-article.js';
import { loadGoldArticles } from './lib/gold-articles.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const key = process.argv[2];
const gold = loadGoldArticles(path.join(ROOT, 'test/fixtures/gold')).find((g) => g.key === key);
if (!gold) throw new Error(`no gold article ${key}`);
if (gold.fixture.split !== 'dev') throw new Error(`${key} is in the held-out test split`);
const g = extractArticle(gold.article);
const name = (id: string) => g.entities.find((e) => e.id === id)?.name ?? id;
console.log(gold.article.text);
console.log('\n-- relations');
for (const r of g.relations) console.log(`${name(r.fromId)} ${r.type} ${r.role ?? ''} -> ${name(r.toId)}`);
console.log('-- events');
for (const e of g.events) console.log(`${e.type} ${e.roles.map((r) => `${r.role}=${name(r.entityId)}`).join(' ')} ${e.date ?? ''} [${e.origin}: ${e.trigger ? gold.article.text.slice(e.trigger.start, e.trigger.end) : ''}]`);
console.log('-- negotiations');
for (const n of g.negotiations) console.log(`${n.partyIds.map(name).join(' + ')} topic=${n.topic ?? ''} status=${n.status}`);
console.log('-- gold relations');
for (const r of gold.fixture.relations) console.log(`${r.person} ${r.type} ${r.role ?? ''} -> ${r.of}`);
console.log('-- gold events');
for (const e of gold.fixture.events) console.log(JSON.stringify(e));
console.log('-- gold pairs');
for (const p of gold.fixture.negotiationPairs) console.log(p.join(' + '));
