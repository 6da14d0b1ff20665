// Events by id, in the order given, with their participants and evidence sentences.
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  OPTIONAL MATCH (x:Entity)-[p:PARTICIPATED_IN]->(e)
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE {role: p.role, actor: x {.id, .name, .aliases, .kind, .iso3, .wikidata, type: x.type}} END) AS participants
}
CALL (e) {
  OPTIONAL MATCH (e)-[:EVIDENCE]->(sen:Sentence)-[:PART_OF]->(art:Article)
  RETURN collect(CASE WHEN sen IS NULL THEN null ELSE {articleId: art.id, articleTitle: art.title, source: art.source, publishedAt: art.publishedAt, sentence: sen.text, start: sen.start, end: sen.end} END) AS evidence
}
RETURN e {.id, .type, .cameo, .date, .count, .confidence, .origin, participants: participants, evidence: evidence} AS event
