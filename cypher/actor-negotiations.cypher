// For each actor of $ids, one page of the ids of the negotiations it, or a state it holds office
// for, is a party to, most recently reported first.
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (x:Entity {id: id})
  OPTIONAL MATCH (x)-[:HOLDS_ROLE|ENVOY_OF]->(s:State)
  WITH x, collect(DISTINCT s) AS states
  UNWIND [x] + states AS side
  MATCH (side)-[:PARTY_TO]->(n:Negotiation)
  WITH DISTINCT n ORDER BY n.lastSeen DESC, n.id
  RETURN collect(n.id) AS found
}
RETURN id, size(found) AS total, found[$skip..$skip + $limit + 1] AS ids
