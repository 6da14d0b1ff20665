// For each actor of $ids, who it (or a state it holds office for) negotiated with, most negotiations
// first, at most $limit.
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (x:Entity {id: id})
  OPTIONAL MATCH (x)-[:HOLDS_ROLE|ENVOY_OF]->(s:State)
  WITH x, collect(DISTINCT s) AS states
  WITH [x] + states AS sides
  UNWIND sides AS side
  MATCH (side)-[:PARTY_TO]->(n:Negotiation)<-[:PARTY_TO]-(y:Entity)
  WHERE NOT y IN sides
  WITH y, count(DISTINCT n) AS negotiations, min(n.firstSeen) AS firstSeen, max(n.lastSeen) AS lastSeen
  ORDER BY negotiations DESC, y.id
  LIMIT toInteger($limit)
  RETURN collect({actor: y {.id, .name, .aliases, .kind, .iso3, .wikidata, type: y.type}, negotiations: negotiations, firstSeen: firstSeen, lastSeen: lastSeen}) AS counterparts
}
RETURN id, counterparts
