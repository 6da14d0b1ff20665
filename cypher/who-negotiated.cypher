// One page of pairs of parties to the same negotiations, most negotiations first. With $actorIds only
// pairs that include one of them (it comes first as `a`); negotiations filtered by $status, $topic
// (lowercase words of the topic) and reported between $since and $until; pairs reported by fewer
// than $minArticles articles are left out. Each pair lists its negotiations' ids and dated statuses.
// With $withSides the states the actors of $actorIds hold office for count as those actors (so
// "Lukashenko" finds Belarus's talks) in the same round trip. With $withEvidence each pair of the
// page carries the evidence of its $pairNegotiations most recently reported negotiations (newest
// first, each oldest sentence first): only the page returned reads sentences, and the API needs no
// second query for them.
CALL () {
  WITH 1 AS one WHERE $actorIds IS NOT NULL AND $withSides
  UNWIND $actorIds AS id
  MATCH (:Entity {id: id})-[:HOLDS_ROLE|ENVOY_OF]->(s:State)
  RETURN collect(DISTINCT s.id) AS sides
}
WITH CASE WHEN $actorIds IS NULL THEN null ELSE $actorIds + [x IN sides WHERE NOT x IN $actorIds] END AS actorIds
CALL (actorIds) {
  WITH 1 AS one WHERE actorIds IS NOT NULL
  UNWIND actorIds AS id
  MATCH (a:Entity {id: id})-[:PARTY_TO]->(n:Negotiation)<-[:PARTY_TO]-(b:Entity)
  WHERE b.id <> a.id AND NOT (b.id IN actorIds AND b.id < a.id)
  RETURN a, b, n
  UNION
  WITH 1 AS one WHERE actorIds IS NULL
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
  CALL (p) {
    WITH p WHERE $withEvidence
    UNWIND p.ns AS n
    WITH n ORDER BY coalesce(n.lastSeen, '') DESC, n.id
    LIMIT toInteger($pairNegotiations)
    CALL (n) {
      MATCH (n)-[:EVIDENCE]->(sen:Sentence)-[:PART_OF]->(art:Article)
      WITH sen, art ORDER BY art.publishedAt, sen.start
      RETURN collect({articleId: art.id, articleTitle: art.title, source: art.source, publishedAt: art.publishedAt, sentence: sen.text, start: sen.start, end: sen.end}) AS found
    }
    RETURN reduce(acc = [], e IN collect(found) | acc + e) AS evidence
  }
  RETURN collect({
    a: a {.id, .name, .aliases, .kind, .iso3, .wikidata, type: a.type},
    b: b {.id, .name, .aliases, .kind, .iso3, .wikidata, type: b.type},
    articleCount: p.articleCount,
    negotiations: [n IN p.ns | {id: n.id, status: n.status, topic: n.topic, firstSeen: n.firstSeen, lastSeen: n.lastSeen}],
    evidence: CASE WHEN $withEvidence THEN evidence ELSE null END
  }) AS items
}
RETURN total, items AS page
