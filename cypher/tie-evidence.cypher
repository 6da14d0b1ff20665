// For each tie of $ties ({key, source, target, relation}), the sentences that support it (at most
// 20, oldest article first): the negotiations, statements or events that make the tie, or for a
// role the sentence its evidence offset points into. Both ends are looked up first, so the
// pattern between them is checked from the end with fewer relationships, not walked from either.
UNWIND $ties AS t
MATCH (x:Entity {id: t.source}), (y:Entity {id: t.target})
CALL (t, x, y) {
  WITH t, x, y WHERE t.relation = 'NEGOTIATED_WITH'
  MATCH (x)-[:PARTY_TO]->(n:Negotiation)<-[:PARTY_TO]-(y)
  MATCH (n)-[:EVIDENCE]->(sen:Sentence)-[:PART_OF]->(art:Article)
  RETURN sen, art
  UNION
  WITH t, x, y WHERE t.relation = 'SPOKE_ABOUT'
  MATCH (x)-[:SAID]->(s:Statement)-[:ABOUT]->(y)
  MATCH (s)-[:EVIDENCE]->(sen:Sentence)-[:PART_OF]->(art:Article)
  RETURN sen, art
  UNION
  WITH t, x, y WHERE t.relation = 'MET_IN_EVENT'
  MATCH (x)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y)
  MATCH (e)-[:EVIDENCE]->(sen:Sentence)-[:PART_OF]->(art:Article)
  RETURN sen, art
  UNION
  WITH t, x, y WHERE NOT t.relation IN ['NEGOTIATED_WITH', 'SPOKE_ABOUT', 'MET_IN_EVENT']
  MATCH (x)-[r]->(y) WHERE type(r) = t.relation
  UNWIND r.evidence AS ev
  WITH split(ev, ':')[0] AS articleId, toInteger(split(split(ev, ':')[1], '-')[0]) AS offset
  MATCH (sen:Sentence)-[:PART_OF]->(art:Article {id: articleId})
  WHERE sen.start <= offset < sen.end
  RETURN sen, art
}
WITH t, sen, art ORDER BY art.publishedAt, art.id, sen.start
WITH t, collect(DISTINCT {articleId: art.id, articleTitle: art.title, source: art.source, publishedAt: art.publishedAt, sentence: sen.text, start: sen.start, end: sen.end}) AS evidence
RETURN t.key AS key, evidence[0..20] AS evidence
