// One page of negotiation ids, most recently reported first: with a party in $partyIds, with a party
// from each set of $between (an actor and the states it holds office for), with $status, whose topic
// contains $topic (lowercase), reported between $since and $until. Starts from the parties when given.
CALL () {
  WITH 1 AS one WHERE $partyIds IS NOT NULL
  MATCH (p:Entity)-[:PARTY_TO]->(n:Negotiation) WHERE p.id IN $partyIds
  RETURN n
  UNION
  WITH 1 AS one WHERE $partyIds IS NULL AND $between IS NOT NULL
  MATCH (p:Entity)-[:PARTY_TO]->(n:Negotiation) WHERE p.id IN $between[0]
  RETURN n
  UNION
  WITH 1 AS one WHERE $partyIds IS NULL AND $between IS NULL
  MATCH (n:Negotiation)
  RETURN n
}
WITH n
WHERE ($between IS NULL OR all(side IN $between WHERE EXISTS { MATCH (p:Entity)-[:PARTY_TO]->(n) WHERE p.id IN side }))
  AND ($status IS NULL OR n.status = $status)
  AND ($topic IS NULL OR toLower(coalesce(n.topic, '')) CONTAINS $topic)
  AND ($since IS NULL OR n.lastSeen >= $since)
  AND ($until IS NULL OR (n.firstSeen <= $until AND n.firstSeen >= '0'))
WITH n ORDER BY n.lastSeen DESC, n.id
WITH collect(n.id) AS found
RETURN size(found) AS total, found[$skip..$skip + $limit + 1] AS ids
