// One row per event, with the id of its article.
UNWIND $events AS ev
MERGE (e:Event {id: ev.id})
SET e.type = ev.type, e.cameo = ev.cameo, e.date = ev.date, e.count = ev.count,
    e.confidence = ev.confidence, e.origin = ev.origin, e.articleId = ev.articleId
WITH e, ev
MATCH (a:Article {id: ev.articleId})
MERGE (e)-[:REPORTED_IN]->(a)
WITH e, ev
CALL (e, ev) {
  UNWIND ev.sentenceIds AS sid
  MATCH (sen:Sentence {id: sid})
  MERGE (e)-[:EVIDENCE]->(sen)
}
CALL (e, ev) {
  UNWIND ev.roles AS r
  MATCH (x:Entity {id: r.entityId})
  MERGE (x)-[p:PARTICIPATED_IN {role: r.role}]->(e)
}
