// For each new negotiation, an existing one from another article with exactly the same parties,
// last reported within $windowDays of this article (or either date unknown), most recent first.
UNWIND $negotiations AS ng
MATCH (n:Negotiation)
WHERE NOT n.id STARTS WITH $articleId
  AND COUNT { (:Entity)-[:PARTY_TO]->(n) } = size(ng.partyIds)
  AND all(p IN ng.partyIds WHERE EXISTS { (:Entity {id: p})-[:PARTY_TO]->(n) })
  AND (NOT $publishedAt =~ '\\d{4}-\\d{2}-\\d{2}' OR NOT coalesce(n.lastSeen, '') =~ '\\d{4}-\\d{2}-\\d{2}'
       OR abs(duration.inDays(date(n.lastSeen), date($publishedAt)).days) <= $windowDays
       OR abs(duration.inDays(date(n.firstSeen), date($publishedAt)).days) <= $windowDays)
WITH ng, n ORDER BY n.lastSeen DESC
RETURN ng.id AS id, collect({id: n.id, topic: n.topic}) AS candidates
