// The states and organizations an actor acts for (its offices), so "Lukashenko" finds Belarus's talks.
UNWIND $ids AS id
MATCH (p:Entity {id: id})
OPTIONAL MATCH (p)-[:HOLDS_ROLE|ENVOY_OF]->(s:State)
RETURN id, collect(DISTINCT s.id) AS sides
