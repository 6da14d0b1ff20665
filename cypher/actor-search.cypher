// Full-text search over names and aliases; $q is already escaped for Lucene.
CALL db.index.fulltext.queryNodes('actor_names', $q) YIELD node, score
RETURN node.id AS id, score
ORDER BY score DESC
LIMIT 50
