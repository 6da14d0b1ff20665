// Statements whose text matches a full-text query ($q is already escaped for Lucene).
CALL db.index.fulltext.queryNodes('statement_text', $q) YIELD node, score
RETURN node.id AS id
ORDER BY score DESC
LIMIT 1000
