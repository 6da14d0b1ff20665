// Negotiations already in the graph whose parties are exactly one of $partySets (each a list of
// distinct entity ids). The caller checks the time window and the topic, because it also knows the
// talks written by earlier articles of the same batch.
UNWIND $partySets AS ps
MATCH (:Entity {id: ps[0]})-[:PARTY_TO]->(n:Negotiation)
WHERE COUNT { (:Entity)-[:PARTY_TO]->(n) } = size(ps)
  AND all(p IN ps WHERE EXISTS { (:Entity {id: p})-[:PARTY_TO]->(n) })
RETURN DISTINCT n.id AS id, ps AS parties, n.topic AS topic, n.firstSeen AS firstSeen, n.lastSeen AS lastSeen
