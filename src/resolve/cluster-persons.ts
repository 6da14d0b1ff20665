import type { RawMention } from '../model/doc.js';
import { slug } from './slug.js';

/** A person in one article: the mentions that name them and their canonical name. */
export interface PersonCluster {
  id: string;
  name: string;
  names: RawMention[];
}

const words = (m: RawMention) => (m.name ?? m.text).split(/\s+/);
// "Donald J. Trump" and "Donald Trump" are one person: middle initials and suffixes do not count.
const identity = (ws: string[]) => ws.filter((w, i) => i === 0 || !/^([A-Z]\.|Jr\.?|Sr\.?|II|III)$/.test(w)).join(' ').toLowerCase();

// Full names open clusters; a one-word name ("Straw", "Mr Straw") joins the person whose last name
// it is. Two people with one surname (a father and son) keep their own full names; a bare surname
// then goes to whichever of them was named last.
/** Groups person-name mentions of one article into people. */
export function clusterPersons(mentions: RawMention[]): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  const byFull = new Map<string, PersonCluster>();
  const persons = mentions.filter((m) => m.cls.type === 'Person').sort((a, b) => a.start - b.start);
  for (const m of persons.filter((p) => words(p).length > 1)) {
    const key = identity(words(m));
    // "Du Plessis" after "Barend du Plessis": a shorter name that ends a longer one is that person
    let c = byFull.get(key) ?? clusters.find((x) => identity(x.name.split(/\s+/)).endsWith(` ${key}`));
    if (!c) {
      c = { id: '', name: words(m).join(' '), names: [] };
      byFull.set(key, c);
      clusters.push(c);
    }
    c.names.push(m);
    // the fullest form names the person ("Donald J. Trump" over "Donald Trump")
    if (words(m).length > c.name.split(/\s+/).length && identity(words(m)) === identity(c.name.split(/\s+/))) c.name = words(m).join(' ');
  }
  for (const m of persons.filter((p) => words(p).length === 1)) {
    const w = words(m)[0].toLowerCase();
    let candidates = clusters.filter((c) => c.name.split(/\s+/).length > 1 && c.name.split(/\s+/).at(-1)!.toLowerCase() === w);
    // Names written family name first ("Xi Jinping" ... "Xi") match on their first word.
    if (candidates.length === 0) candidates = clusters.filter((c) => c.name.split(/\s+/).length > 1 && c.name.split(/\s+/)[0].toLowerCase() === w);
    let target: PersonCluster | undefined;
    if (candidates.length === 1) target = candidates[0];
    else if (candidates.length > 1) {
      // the one named most recently before this mention
      target = candidates
        .map((c) => ({ c, last: Math.max(-1, ...c.names.filter((n) => n.start < m.start).map((n) => n.start)) }))
        .sort((a, b) => b.last - a.last)[0].c;
    } else {
      target = clusters.find((c) => c.name.toLowerCase() === w);
      if (!target) {
        target = { id: '', name: words(m)[0], names: [] };
        clusters.push(target);
      }
    }
    target.names.push(m);
  }
  for (const c of clusters) {
    // ids leave initials out too, so articles that write the name either way meet in one node
    c.id = `person:${slug(identity(c.name.split(/\s+/)))}`;
    c.names.sort((a, b) => a.start - b.start);
  }
  return clusters;
}
