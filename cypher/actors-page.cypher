// One page of actor ids (optionally restricted to $ids and $type), most mentioned first.
CALL () {
  WITH 1 AS one WHERE $ids IS NOT NULL
  MATCH (n:Entity) WHERE n.id IN $ids
  RETURN n
  UNION
  WITH 1 AS one WHERE $ids IS NULL
  MATCH (n:Entity)
  RETURN n
}
WITH n WHERE $type IS NULL OR n.type = $type
WITH n, COUNT { (n)-[:MENTIONED_IN]->() } AS articleCount
ORDER BY articleCount DESC, n.id
WITH collect(n.id) AS found
RETURN size(found) AS total, found[$skip..$skip + $limit + 1] AS ids
