// One page of events with their participants and evidence.
MATCH (e:Event)
WHERE ($type IS NULL OR e.type = $type)
  AND ($actorIds IS NULL OR EXISTS { MATCH (x:Entity)-[:PARTICIPATED_IN]->(e) WHERE x.id IN $actorIds })
CALL (e) {
  OPTIONAL MATCH (x:Entity)-[p:PARTICIPATED_IN]->(e)
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE {role: p.role, actor: x {.id, .name, .aliases, .kind, .iso3, .wikidata, type: x.type}} END) AS participants
}
CALL (e) {
  OPTIONAL MATCH (e)-[:EVIDENCE]->(sen:Sentence)-[:PART_OF]->(art:Article)
  RETURN collect(CASE WHEN sen IS NULL THEN null ELSE {articleId: art.id, articleTitle: art.title, source: art.source, publishedAt: art.publishedAt, sentence: sen.text, start: sen.start, end: sen.end} END) AS evidence
}
WITH e, participants, evidence
ORDER BY e.date DESC, e.id
WITH collect(e {.id, .type, .cameo, .date, .count, .confidence, .origin, participants: participants, evidence: evidence}) AS items
RETURN size(items) AS total, items[$skip..$skip + $limit + 1] AS page
