// The ties among the actors of $ids (all actors when null), one per pair and kind: weight is the
// number of articles that report it, firstSeen/lastSeen the first and last of their dates. $types
// and $since/$until filter as in actor-neighbours.cypher. Negotiation, event and role ties are
// undirected (source < target); statement ties point from the speaker to the subject.
CALL () {
  WITH 1 AS one WHERE $ids IS NOT NULL
  UNWIND $ids AS id
  MATCH (a:Entity {id: id}) WHERE a:Actor
  RETURN a
  UNION
  WITH 1 AS one WHERE $ids IS NULL
  MATCH (a:Actor)
  RETURN a
}
CALL (a) {
  WITH a WHERE $types IS NULL OR 'NEGOTIATED_WITH' IN $types
  MATCH (a)-[:PARTY_TO]->(n:Negotiation)<-[:PARTY_TO]-(b:Actor)
  WHERE a.id < b.id AND ($ids IS NULL OR b.id IN $ids)
    AND ($since IS NULL OR n.lastSeen >= $since) AND ($until IS NULL OR (n.firstSeen <= $until AND n.firstSeen >= '0'))
  WITH a, b, collect(n) AS ns
  WITH a, b, ns, reduce(acc = [], n IN ns | acc + [x IN coalesce(n.articleIds, []) WHERE NOT x IN acc]) AS articleIds,
       reduce(acc = [], n IN ns | CASE WHEN n.topic IS NULL OR n.topic IN acc THEN acc ELSE acc + n.topic END) AS topics
  RETURN a.id AS source, b.id AS target, 'NEGOTIATED_WITH' AS type, 'NEGOTIATED_WITH' AS relation,
         reduce(s = '', t IN topics | s + CASE WHEN s = '' THEN '' ELSE '; ' END + t) AS label,
         size(articleIds) AS weight,
         reduce(m = null, n IN ns | CASE WHEN n.firstSeen >= '0' AND (m IS NULL OR n.firstSeen < m) THEN n.firstSeen ELSE m END) AS firstSeen,
         reduce(m = null, n IN ns | CASE WHEN n.lastSeen >= '0' AND (m IS NULL OR n.lastSeen > m) THEN n.lastSeen ELSE m END) AS lastSeen
  UNION
  WITH a WHERE $types IS NULL OR 'SPOKE_ABOUT' IN $types
  MATCH (a)-[:SAID]->(s:Statement)-[:ABOUT]->(b:Actor), (s)-[:REPORTED_IN]->(art:Article)
  WHERE a <> b AND ($ids IS NULL OR b.id IN $ids)
    AND ($since IS NULL OR art.publishedAt >= $since) AND ($until IS NULL OR (art.publishedAt <= $until AND art.publishedAt >= '0'))
  WITH a, b, count(DISTINCT art) AS weight, [d IN collect(art.publishedAt) WHERE d >= '0'] AS dates
  RETURN a.id AS source, b.id AS target, 'SPOKE_ABOUT' AS type, 'SPOKE_ABOUT' AS relation, '' AS label, weight,
         reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) AS firstSeen,
         reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS lastSeen
  UNION
  WITH a WHERE $types IS NULL OR 'MET_IN_EVENT' IN $types
  MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Actor), (e)-[:REPORTED_IN]->(art:Article)
  WHERE a.id < b.id AND ($ids IS NULL OR b.id IN $ids)
    AND ($since IS NULL OR art.publishedAt >= $since) AND ($until IS NULL OR (art.publishedAt <= $until AND art.publishedAt >= '0'))
  WITH a, b, count(DISTINCT art) AS weight, collect(DISTINCT e.type) AS kinds, [d IN collect(art.publishedAt) WHERE d >= '0'] AS dates
  RETURN a.id AS source, b.id AS target, 'MET_IN_EVENT' AS type, 'MET_IN_EVENT' AS relation,
         reduce(s = '', t IN kinds | s + CASE WHEN s = '' THEN '' ELSE '; ' END + t) AS label, weight,
         reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) AS firstSeen,
         reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS lastSeen
  UNION
  WITH a WHERE $types IS NULL OR 'ROLE' IN $types
  MATCH (a)-[r:HOLDS_ROLE|DEPUTY_TO|ENVOY_OF|SPOKESPERSON_OF|SPOUSE_OF|CITIZEN_OF|MEMBER_OF]->(b:Actor)
  WHERE $ids IS NULL OR b.id IN $ids
  WITH a, b, type(r) AS relation, collect(DISTINCT r.role) AS roles,
       reduce(acc = [], ev IN collect(r.evidence) | acc + [x IN ev WHERE NOT split(x, ':')[0] IN acc | split(x, ':')[0]]) AS articleIds
  RETURN a.id AS source, b.id AS target, 'ROLE' AS type, relation,
         reduce(s = '', t IN roles | s + CASE WHEN s = '' THEN '' ELSE '; ' END + t) AS label,
         size(articleIds) AS weight, null AS firstSeen, null AS lastSeen
}
RETURN source, target, type, relation, label, weight, firstSeen, lastSeen
ORDER BY type, source, target, relation
