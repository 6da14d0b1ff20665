import type { Article, ArticleGraph, Statement } from '../model/index.js';
import { parseDateline } from '../ingest/parse-dateline.js';
import { resolveEntities } from '../resolve/resolve-entities.js';
import type { Doc, RawMention } from '../model/doc.js';
import { splitParagraphs, splitSentences, type Paragraph } from '../extract/sentences.js';
import { tokenize } from '../extract/tokenize.js';
import { firstStartingAt } from '../extract/first-starting-at.js';
import { SyntaxModel } from '../extract/syntax/syntax-model.js';
import { findNames } from '../extract/find-names.js';
import { findDescriptions } from '../extract/find-descriptions.js';
import { applyNameContext } from '../extract/name-context.js';
import { findTitles } from '../extract/find-titles.js';
import { findQuotes } from '../extract/find-quotes.js';
import { findStatementDrafts, previousSpeaker, speakerEntity, type PreviousSpeaker } from '../extract/find-statements.js';
import { speakerCentres } from '../extract/statement-centre.js';
import { findSpeakerNames } from '../extract/statement-speaker-names.js';
import { attributedStatements } from '../extract/statement-attributed.js';
import { findNegotiations } from '../extract/find-negotiations.js';
import { findEvents } from '../extract/find-events.js';
import { buildRelations } from '../extract/build-relations.js';
import { impliedEntities } from '../extract/role-implied-entities.js';
import { knownOrganization } from '../extract/lexicon/organizations.js';
import { knownSideEntities } from '../extract/known-sides.js';

// The wire dateline (after a title line, if any) is metadata (place, date, agency), not prose: the
// sentences skip it. A title line stays: headlines name actors and quote them too.
function datelineOf(article: Article): { start: number; end: number; agency?: RawMention } | null {
  let start = 0;
  const t = article.text;
  if (article.title && t.startsWith(article.title)) start = article.title.length;
  while (start < t.length && /\s/.test(t[start])) start++;
  const d = parseDateline(t, start);
  if (!d) return null;
  const agency: RawMention | undefined = d.sourceSpan
    ? {
        ...d.sourceSpan,
        text: t.slice(d.sourceSpan.start, d.sourceSpan.end),
        sentence: -1,
        cls: { type: 'Organization', kind: 'news agency', key: knownOrganization(d.source!)?.key },
      }
    : undefined;
  return { start, end: d.end, agency };
}

// Every sentence is tagged and parsed once here; later passes read heads, relations and lemmas.
function sentencesOf(text: string, paragraphs: Paragraph[]): Doc['sentences'] {
  // Sentences come in text order, so the paragraph of each is found by walking forward, not by a
  // search per sentence (quadratic in an article of many short paragraphs).
  let p = 0;
  const paraOf = (offset: number) => {
    while (p < paragraphs.length && paragraphs[p].end <= offset) p++;
    return p < paragraphs.length && paragraphs[p].start <= offset ? p : -1;
  };
  const syntax = SyntaxModel.default();
  return splitSentences(text, paragraphs).map((s, index) => {
    const tokens = tokenize(text, s.start, s.end);
    return { ...s, index, paragraph: paraOf(s.start), tokens, syntax: syntax.parse(tokens.map((t) => t.text)) };
  });
}

// The mentions that start inside [from, to), in text order: a statement looks only at mentions
// inside it, and a filter over all mentions per statement was quadratic in a long article.
function mentionsByStart(mentions: RawMention[]): (from: number, to: number) => RawMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return (from, to) => {
    const lo = firstStartingAt(sorted, from);
    let end = lo;
    while (end < sorted.length && sorted[end].start < to) end++;
    return sorted.slice(lo, end);
  };
}

/** Runs every extraction pass over one article, in a fixed order, and returns its graph. */
export function extractArticle(article: Article): ArticleGraph {
  const { text, ...meta } = article;
  const dateline = datelineOf(article);
  const paragraphs = splitParagraphs(text)
    .map((p) => (dateline && p.start <= dateline.start && dateline.start < p.end ? { ...p, start: Math.max(p.start, dateline.end) } : p))
    .filter((p) => p.end > p.start);
  const doc: Doc = { article, text, sentences: sentencesOf(text, paragraphs), mentions: [] };

  // 1. names (NER model + gazetteers), then descriptions and pronouns, then titles and appositions
  doc.mentions = applyNameContext(doc, findNames(doc));
  if (dateline?.agency) doc.mentions.unshift(dateline.agency);
  doc.mentions = [...doc.mentions, ...findDescriptions(doc, doc.mentions)].sort((a, b) => a.start - b.start || b.end - a.end);
  // organizations the name model missed where a speaker stands ("the Financial Times reported")
  doc.mentions = [...doc.mentions, ...findSpeakerNames(doc)].sort((a, b) => a.start - b.start || b.end - a.end);
  const claims = findTitles(doc);
  // 2. entities: identity of names, then coreference of descriptions and pronouns
  // the states and parties that titles imply without naming them ("Home Secretary X", "Tory X")
  const named = resolveEntities(doc, claims);
  const entities = [...named, ...impliedEntities(claims, named)];
  // 3. statements: quotes and reported speech with their speakers
  const quotes = findQuotes(text, paragraphs);
  const drafts = findStatementDrafts(doc, quotes, claims);
  const statements: Statement[] = [];
  const mentionsWithin = mentionsByStart(doc.mentions);
  const centres = speakerCentres(doc, quotes, claims);
  let previous: PreviousSpeaker | undefined;
  const statementIds = new Set<string>();
  for (const d of drafts) {
    const speakerId = speakerEntity(doc, d.speaker, previous, centres, claims, d.content);
    const about = new Set(
      mentionsWithin(d.content.start, d.content.end)
        .filter((m) => m.entityId && m.start >= d.content.start && m.end <= d.content.end && m.cls.type !== 'Pronoun' && m.entityId !== speakerId)
        .map((m) => m.entityId!),
    );
    // joint speakers share a content: the second and later get a suffix
    let id = `${article.id}:stmt:${d.content.start}`;
    for (let n = 2; statementIds.has(id); n++) id = `${article.id}:stmt:${d.content.start}:${n}`;
    statementIds.add(id);
    statements.push({
      id,
      speakerId,
      speakerSpan: d.speaker?.span ?? null,
      cue: d.cue?.lemma ?? 'say',
      cueSpan: d.cue?.span ?? null,
      kind: d.kind,
      text: text.slice(d.content.start, d.content.end),
      start: d.content.start,
      end: d.content.end,
      aboutIds: [...about],
      confidence: speakerId ? d.confidence : d.confidence * 0.6,
      origin: d.origin,
    });
    if (speakerId) previous = previousSpeaker(doc, d.speaker, speakerId, d.content.end);
  }
  // 4. negotiations, events and relations
  const negotiations = findNegotiations(doc, statements, claims);
  const events = findEvents(doc, statements, claims, negotiations);
  const relations = buildRelations(doc, claims);
  const used = [...negotiations.flatMap((n) => [...n.partyIds, ...n.mediatorIds, ...n.excludedIds]), ...events.flatMap((e) => e.roles.map((r) => r.entityId))];
  entities.push(...knownSideEntities(used, new Set(entities.map((e) => e.id))));
  const ids = new Set(entities.map((e) => e.id));
  return {
    article: meta,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities,
    statements: attributedStatements(statements),
    negotiations: negotiations.filter((n) => n.partyIds.every((p) => ids.has(p))),
    events,
    relations: relations.filter((r) => ids.has(r.fromId) && ids.has(r.toId)),
  };
}
