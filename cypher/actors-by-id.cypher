// Actors by id, in the order given, with the number of articles that mention them (the degree,
// read from the node: no relationship is visited).
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Entity {id: $ids[i]})
WITH i, n, COUNT { (n)-[:MENTIONED_IN]->() } AS articleCount
ORDER BY i
RETURN n {.id, .name, .aliases, .kind, .iso3, .wikidata, type: n.type, articleCount: articleCount} AS actor
