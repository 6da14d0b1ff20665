// Actors whose id, name or an alias is exactly $q (case-insensitive), most mentioned first.
MATCH (n:Entity)
WHERE n.id = $q OR toLower(n.name) = toLower($q) OR any(a IN n.aliases WHERE toLower(a) = toLower($q))
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->()
WITH n, count(m) AS articles
ORDER BY articles DESC, n.id
RETURN n.id AS id
