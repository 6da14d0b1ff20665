// One row per negotiation report, in article order: several articles of a batch can report the same talks.
UNWIND $negotiations AS ng
MERGE (n:Negotiation {id: ng.id})
SET n.topic = ng.topic, n.status = ng.status, n.cameo = ng.cameo, n.confidence = ng.confidence, n.origin = ng.origin,
    n.articleIds = CASE WHEN ng.articleId IN coalesce(n.articleIds, []) THEN n.articleIds ELSE coalesce(n.articleIds, []) + ng.articleId END,
    n.firstSeen = CASE WHEN n.firstSeen IS NULL OR ng.publishedAt < n.firstSeen THEN ng.publishedAt ELSE n.firstSeen END,
    n.lastSeen = CASE WHEN n.lastSeen IS NULL OR ng.publishedAt > n.lastSeen THEN ng.publishedAt ELSE n.lastSeen END
WITH n, ng
MATCH (a:Article {id: ng.articleId})
MERGE (n)-[:REPORTED_IN]->(a)
WITH n, ng
CALL (n, ng) {
  UNWIND ng.sentenceIds AS sid
  MATCH (sen:Sentence {id: sid})
  MERGE (n)-[:EVIDENCE]->(sen)
}
CALL (n, ng) {
  UNWIND ng.partyIds AS pid
  MATCH (p:Entity {id: pid})
  MERGE (p)-[:PARTY_TO]->(n)
}
CALL (n, ng) {
  UNWIND ng.excludedIds AS xid
  MATCH (x:Entity {id: xid})
  MERGE (x)-[:EXCLUDED_FROM]->(n)
}
CALL (n, ng) {
  UNWIND ng.mediatorIds AS mid
  MATCH (m:Entity {id: mid})
  MERGE (m)-[:MEDIATED]->(n)
}
