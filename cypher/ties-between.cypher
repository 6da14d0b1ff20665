// The ties between the pairs of actors of $pairs ([[id, id], ...]), as ties-among.cypher returns
// them, for the steps of paths: both ends are known, so no actor's whole neighbourhood is read. A
// pair's third item, when there is one, lists the only kinds of tie (TieType names) to look for: a
// path search already knows them, and looking for the others was most of the work.
UNWIND $pairs AS pair
MATCH (x:Entity {id: pair[0]}), (y:Entity {id: pair[1]})
WITH CASE WHEN x.id < y.id THEN x ELSE y END AS a, CASE WHEN x.id < y.id THEN y ELSE x END AS b, pair[2] AS only
CALL (a, b, only) {
  WITH a, b WHERE only IS NULL OR 'NEGOTIATED_WITH' IN only
  MATCH (a)-[:PARTY_TO]->(n:Negotiation)<-[:PARTY_TO]-(b)
  WITH a, b, collect(n) AS ns
  WITH a, b, ns, reduce(acc = [], n IN ns | acc + [x IN coalesce(n.articleIds, []) WHERE NOT x IN acc]) AS articleIds,
       reduce(acc = [], n IN ns | CASE WHEN n.topic IS NULL OR n.topic IN acc THEN acc ELSE acc + n.topic END) AS topics
  RETURN a.id AS source, b.id AS target, 'NEGOTIATED_WITH' AS type, 'NEGOTIATED_WITH' AS relation,
         reduce(s = '', t IN topics | s + CASE WHEN s = '' THEN '' ELSE '; ' END + t) AS label,
         size(articleIds) AS weight,
         reduce(m = null, n IN ns | CASE WHEN n.firstSeen >= '0' AND (m IS NULL OR n.firstSeen < m) THEN n.firstSeen ELSE m END) AS firstSeen,
         reduce(m = null, n IN ns | CASE WHEN n.lastSeen >= '0' AND (m IS NULL OR n.lastSeen > m) THEN n.lastSeen ELSE m END) AS lastSeen
  UNION
  WITH a, b WHERE only IS NULL OR 'SPOKE_ABOUT' IN only
  UNWIND [[a, b], [b, a]] AS ends
  WITH ends[0] AS s1, ends[1] AS s2
  // Start from the end with fewer statements (a state may have said thousands of things).
  WITH s1, s2, COUNT { (s1)-[:SAID]->() } <= COUNT { (s2)<-[:ABOUT]-() } AS fromSpeaker
  CALL (s1, s2, fromSpeaker) {
    WITH s1, s2 WHERE fromSpeaker
    MATCH (s1)-[:SAID]->(s:Statement)
    WHERE EXISTS { (s)-[:ABOUT]->(s2) }
    RETURN s
    UNION
    WITH s1, s2 WHERE NOT fromSpeaker
    MATCH (s:Statement)-[:ABOUT]->(s2)
    WHERE EXISTS { (s1)-[:SAID]->(s) }
    RETURN s
  }
  MATCH (s)-[:REPORTED_IN]->(art:Article)
  WITH s1, s2, count(DISTINCT art) AS weight, [d IN collect(art.publishedAt) WHERE d >= '0'] AS dates
  RETURN s1.id AS source, s2.id AS target, 'SPOKE_ABOUT' AS type, 'SPOKE_ABOUT' AS relation, '' AS label, weight,
         reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) AS firstSeen,
         reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS lastSeen
  UNION
  WITH a, b WHERE only IS NULL OR 'MET_IN_EVENT' IN only
  MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b), (e)-[:REPORTED_IN]->(art:Article)
  WITH a, b, count(DISTINCT art) AS weight, collect(DISTINCT e.type) AS kinds, [d IN collect(art.publishedAt) WHERE d >= '0'] AS dates
  RETURN a.id AS source, b.id AS target, 'MET_IN_EVENT' AS type, 'MET_IN_EVENT' AS relation,
         reduce(s = '', t IN kinds | s + CASE WHEN s = '' THEN '' ELSE '; ' END + t) AS label, weight,
         reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) AS firstSeen,
         reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS lastSeen
  UNION
  WITH a, b WHERE only IS NULL OR 'ROLE' IN only
  UNWIND [[a, b], [b, a]] AS ends
  WITH ends[0] AS s1, ends[1] AS s2
  MATCH (s1)-[r:HOLDS_ROLE|DEPUTY_TO|ENVOY_OF|SPOKESPERSON_OF|SPOUSE_OF|CITIZEN_OF|MEMBER_OF]->(s2)
  WITH s1, s2, type(r) AS relation, collect(DISTINCT r.role) AS roles,
       reduce(acc = [], ev IN collect(r.evidence) | acc + [x IN ev WHERE NOT split(x, ':')[0] IN acc | split(x, ':')[0]]) AS articleIds
  RETURN s1.id AS source, s2.id AS target, 'ROLE' AS type, relation,
         reduce(s = '', t IN roles | s + CASE WHEN s = '' THEN '' ELSE '; ' END + t) AS label,
         size(articleIds) AS weight, null AS firstSeen, null AS lastSeen
}
RETURN source, target, type, relation, label, weight, firstSeen, lastSeen
ORDER BY type, source, target, relation
