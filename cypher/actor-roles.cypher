// The roles an actor holds: relationships from it to other actors, with their role and confidence.
MATCH (a:Entity {id: $id})-[r:HOLDS_ROLE|DEPUTY_TO|ENVOY_OF|SPOKESPERSON_OF|SPOUSE_OF|CITIZEN_OF|MEMBER_OF]->(t:Entity)
RETURN type(r) AS type, r.role AS role, r.confidence AS confidence, t {.id, .name, .aliases, .kind, .iso3, .wikidata, type: t.type} AS target
ORDER BY type, t.id
