// Before an article is written again, drop what an earlier extraction of it said that this one does
// not: its own statements and events, its evidence for negotiations it no longer reports (and those
// negotiations if no other article reports them), and mentions of entities it no longer names.
// One row per article; an article not stored yet matches nothing and costs one index lookup.
UNWIND $articles AS art
MATCH (a:Article {id: art.articleId})
CALL (a, art) {
  MATCH (x)-[:REPORTED_IN]->(a) WHERE (x:Statement OR x:Event) AND NOT x.id IN art.keepIds
  DETACH DELETE x
}
CALL (a, art) {
  MATCH (n:Negotiation)-[r:REPORTED_IN]->(a) WHERE NOT n.id IN art.keepIds
  DELETE r
  WITH n
  OPTIONAL MATCH (n)-[e:EVIDENCE]->(:Sentence {articleId: art.articleId})
  DELETE e
  WITH DISTINCT n
  SET n.articleIds = [x IN coalesce(n.articleIds, []) WHERE x <> art.articleId]
  WITH n WHERE NOT (n)-[:REPORTED_IN]->()
  DETACH DELETE n
}
CALL (a, art) {
  MATCH (e:Entity)-[m:MENTIONED_IN]->(a) WHERE NOT e.id IN art.entityIds
  DELETE m
}
