// Actors by id, in the order given, with the number of articles that mention them.
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Entity {id: $ids[i]})
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->()
WITH i, n, count(m) AS articleCount
ORDER BY i
RETURN n {.id, .name, .aliases, .kind, .iso3, .wikidata, type: n.type, articleCount: articleCount} AS actor
