// Actors whose id, name or an alias is exactly $q, most mentioned first. The id and the name as
// written go through their indexes; only when neither matches are names and aliases compared in
// any case, through the full-text index ($phrase: $q as a quoted Lucene phrase) with each hit then
// checked exactly. No scan of every entity either way. Each comes with the actor as actors-by-id.cypher
// returns it, so the API needs no second round trip to show the actor it found.
CALL () {
  MATCH (n:Entity {id: $q})
  RETURN n
  UNION
  MATCH (n:Entity {name: $q})
  RETURN n
}
WITH collect(n) AS exact
CALL (exact) {
  WITH exact WHERE size(exact) = 0
  CALL db.index.fulltext.queryNodes('actor_names', $phrase) YIELD node
  WITH node AS n
  WHERE toLower(n.name) = toLower($q) OR any(a IN n.aliases WHERE toLower(a) = toLower($q))
  RETURN collect(n) AS loose
}
UNWIND exact + loose AS n
WITH n, COUNT { (n)-[:MENTIONED_IN]->() } AS articles
ORDER BY articles DESC, n.id
RETURN n.id AS id, n {.id, .name, .aliases, .kind, .iso3, .wikidata, type: n.type, articleCount: articles} AS actor
