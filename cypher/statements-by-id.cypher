// Statements by id, in the order given, with speaker, subjects and the sentence they were read from.
UNWIND $ids AS id
MATCH (s:Statement {id: id})-[:REPORTED_IN]->(art:Article)
CALL (s) {
  OPTIONAL MATCH (s)-[:EVIDENCE]->(sen:Sentence)
  RETURN sen LIMIT 1
}
CALL (s) {
  OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)
  RETURN sp LIMIT 1
}
CALL (s) {
  OPTIONAL MATCH (s)-[:ABOUT]->(x:Entity)
  RETURN collect(x {.id, .name, .aliases, .kind, .iso3, .wikidata, type: x.type}) AS about
}
RETURN s {.id, .text, .kind, .cue, .speakerText, .confidence, .origin,
  speaker: CASE WHEN sp IS NULL THEN null ELSE sp {.id, .name, .aliases, .kind, .iso3, .wikidata, type: sp.type} END,
  about: about,
  evidence: {articleId: art.id, articleTitle: art.title, source: art.source, publishedAt: art.publishedAt, sentence: coalesce(sen.text, s.text), start: s.start, end: s.end}} AS statement
