// For each actor of $ids, one page of the ids of the statements it made ($role 'speaker') or that
// are about it ($role 'about'), newest article first: one round trip for every actor of a list.
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (x:Entity {id: id})
  CALL (x) {
    WITH x WHERE $role = 'speaker'
    MATCH (x)-[:SAID]->(s:Statement)
    RETURN s
    UNION
    WITH x WHERE $role = 'about'
    MATCH (s:Statement)-[:ABOUT]->(x)
    RETURN s
  }
  MATCH (s)-[:REPORTED_IN]->(art:Article)
  WITH s, art ORDER BY art.publishedAt DESC, art.id, s.start
  RETURN collect(s.id) AS found
}
RETURN id, size(found) AS total, found[$skip..$skip + $limit + 1] AS ids
