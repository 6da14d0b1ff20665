// Negotiations by id, in the order given, with parties, exclusions, mediators, evidence sentences
// (oldest article first) and the statements made in those sentences ("says who").
UNWIND $ids AS id
MATCH (n:Negotiation {id: id})
CALL (n) {
  OPTIONAL MATCH (p:Entity)-[:PARTY_TO]->(n)
  RETURN collect(p {.id, .name, .aliases, .kind, .iso3, .wikidata, type: p.type}) AS parties
}
CALL (n) {
  OPTIONAL MATCH (x:Entity)-[:EXCLUDED_FROM]->(n)
  RETURN collect(x {.id, .name, .aliases, .kind, .iso3, .wikidata, type: x.type}) AS excluded
}
CALL (n) {
  OPTIONAL MATCH (m:Entity)-[:MEDIATED]->(n)
  RETURN collect(m {.id, .name, .aliases, .kind, .iso3, .wikidata, type: m.type}) AS mediators
}
CALL (n) {
  OPTIONAL MATCH (n)-[:EVIDENCE]->(sen:Sentence)-[:PART_OF]->(art:Article)
  WITH sen, art ORDER BY art.publishedAt, sen.start
  RETURN collect(CASE WHEN sen IS NULL THEN null ELSE {articleId: art.id, articleTitle: art.title, source: art.source, publishedAt: art.publishedAt, sentence: sen.text, start: sen.start, end: sen.end} END) AS evidence
}
CALL (n) {
  OPTIONAL MATCH (n)-[:EVIDENCE]->(sen:Sentence)<-[:EVIDENCE]-(st:Statement)-[:REPORTED_IN]->(art:Article)
  OPTIONAL MATCH (sp:Entity)-[:SAID]->(st)
  WITH DISTINCT st, sen, art, sp
  RETURN collect(CASE WHEN st IS NULL THEN null ELSE st {.id, .text, .kind, .cue, .speakerText, .confidence, .origin,
    speaker: CASE WHEN sp IS NULL THEN null ELSE sp {.id, .name, .aliases, .kind, .iso3, .wikidata, type: sp.type} END, about: [],
    evidence: {articleId: art.id, articleTitle: art.title, source: art.source, publishedAt: art.publishedAt, sentence: sen.text, start: st.start, end: st.end}} END) AS saidBy
}
RETURN n {.id, .topic, .status, .cameo, .confidence, .origin, .firstSeen, .lastSeen, articleCount: size(coalesce(n.articleIds, [])),
  parties: parties, excluded: excluded, mediators: mediators, evidence: evidence, saidBy: saidBy} AS negotiation
