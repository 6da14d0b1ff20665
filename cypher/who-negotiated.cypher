// One page of pairs of parties to the same negotiations, most negotiations first. With $actorIds only
// pairs that include one of them (it comes first as `a`); negotiations filtered by $status, $topic
// (lowercase words of the topic) and reported between $since and $until; pairs reported by fewer
// than $minArticles articles are left out. Each pair lists its negotiations' ids and dated statuses.
CALL () {
  WITH 1 AS one WHERE $actorIds IS NOT NULL
  MATCH (a:Entity)-[:PARTY_TO]->(n:Negotiation)<-[:PARTY_TO]-(b:Entity)
  WHERE a.id IN $actorIds AND b.id <> a.id AND NOT (b.id IN $actorIds AND b.id < a.id)
  RETURN a, b, n
  UNION
  WITH 1 AS one WHERE $actorIds IS NULL
  MATCH (a:Entity)-[:PARTY_TO]->(n:Negotiation)<-[:PARTY_TO]-(b:Entity)
  WHERE a.id < b.id
  RETURN a, b, n
}
WITH a, b, n
WHERE ($status IS NULL OR n.status = $status)
  AND ($topic IS NULL OR toLower(coalesce(n.topic, '')) CONTAINS $topic)
  AND ($since IS NULL OR n.lastSeen >= $since)
  AND ($until IS NULL OR (n.firstSeen <= $until AND n.firstSeen >= '0'))
WITH a, b, collect(n) AS ns
WITH a, b, ns, reduce(acc = [], n IN ns | acc + [x IN coalesce(n.articleIds, []) WHERE NOT x IN acc]) AS articleIds
WHERE $minArticles IS NULL OR size(articleIds) >= $minArticles
WITH a, b, ns, size(articleIds) AS articleCount
ORDER BY size(ns) DESC, articleCount DESC, a.id, b.id
WITH collect({a: a, b: b, ns: ns, articleCount: articleCount}) AS found
WITH size(found) AS total, found[$skip..$skip + $limit + 1] AS page
CALL (page) {
  UNWIND page AS p
  WITH p, p.a AS a, p.b AS b
  RETURN collect({
    a: a {.id, .name, .aliases, .kind, .iso3, .wikidata, type: a.type},
    b: b {.id, .name, .aliases, .kind, .iso3, .wikidata, type: b.type},
    articleCount: p.articleCount,
    negotiations: [n IN p.ns | {id: n.id, status: n.status, topic: n.topic, firstSeen: n.firstSeen, lastSeen: n.lastSeen}]
  }) AS items
}
RETURN total, items AS page
