// One page of actors (optionally restricted to $ids and $type), most mentioned first.
MATCH (n:Entity)
WHERE ($ids IS NULL OR n.id IN $ids) AND ($type IS NULL OR n.type = $type)
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->()
WITH n, count(m) AS articleCount
ORDER BY articleCount DESC, n.id
WITH collect(n {.id, .name, .aliases, .kind, .iso3, .wikidata, type: n.type, articleCount: articleCount}) AS items
RETURN size(items) AS total, items[$skip..$skip + $limit + 1] AS page
