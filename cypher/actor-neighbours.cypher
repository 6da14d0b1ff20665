// For each actor of $ids, the actors one tie away and the kinds of tie: parties to the same
// negotiation, speaker and subject of a statement (either way), participants in the same event, and
// standing roles (either way). $types (TieType names) keeps only some kinds; $since/$until keep
// only ties reported between those dates (roles are standing and have no date). `kinds` lists, for
// each neighbour in order, the kinds of tie to it.
UNWIND $ids AS id
MATCH (x:Entity {id: id})
CALL (x) {
  WITH x WHERE $types IS NULL OR 'NEGOTIATED_WITH' IN $types
  MATCH (x)-[:PARTY_TO]->(n:Negotiation)<-[:PARTY_TO]-(y:Actor)
  WHERE ($since IS NULL OR n.lastSeen >= $since) AND ($until IS NULL OR (n.firstSeen <= $until AND n.firstSeen >= '0'))
  RETURN DISTINCT y, 'NEGOTIATED_WITH' AS type
  UNION
  WITH x WHERE $types IS NULL OR 'SPOKE_ABOUT' IN $types
  MATCH (x)-[:SAID]->(s:Statement)-[:ABOUT]->(y:Actor), (s)-[:REPORTED_IN]->(art:Article)
  WHERE ($since IS NULL OR art.publishedAt >= $since) AND ($until IS NULL OR (art.publishedAt <= $until AND art.publishedAt >= '0'))
  RETURN DISTINCT y, 'SPOKE_ABOUT' AS type
  UNION
  WITH x WHERE $types IS NULL OR 'SPOKE_ABOUT' IN $types
  MATCH (x)<-[:ABOUT]-(s:Statement)<-[:SAID]-(y:Actor), (s)-[:REPORTED_IN]->(art:Article)
  WHERE ($since IS NULL OR art.publishedAt >= $since) AND ($until IS NULL OR (art.publishedAt <= $until AND art.publishedAt >= '0'))
  RETURN DISTINCT y, 'SPOKE_ABOUT' AS type
  UNION
  WITH x WHERE $types IS NULL OR 'MET_IN_EVENT' IN $types
  MATCH (x)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Actor), (e)-[:REPORTED_IN]->(art:Article)
  WHERE ($since IS NULL OR art.publishedAt >= $since) AND ($until IS NULL OR (art.publishedAt <= $until AND art.publishedAt >= '0'))
  RETURN DISTINCT y, 'MET_IN_EVENT' AS type
  UNION
  WITH x WHERE $types IS NULL OR 'ROLE' IN $types
  MATCH (x)-[:HOLDS_ROLE|DEPUTY_TO|ENVOY_OF|SPOKESPERSON_OF|SPOUSE_OF|CITIZEN_OF|MEMBER_OF]-(y:Actor)
  RETURN DISTINCT y, 'ROLE' AS type
}
WITH id, y, type WHERE y.id <> id
WITH id, y, collect(type) AS kinds
WITH id, y, kinds, COUNT { (y)-[:MENTIONED_IN]->() } AS mentions
ORDER BY mentions DESC, y.id
RETURN id, collect(y.id) AS neighbours, collect(kinds) AS kinds
