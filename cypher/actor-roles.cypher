// For each actor of $ids, the roles it holds: relationships from it to other actors, with their role
// and confidence.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r:HOLDS_ROLE|DEPUTY_TO|ENVOY_OF|SPOKESPERSON_OF|SPOUSE_OF|CITIZEN_OF|MEMBER_OF]->(t:Entity)
WITH id, r, t ORDER BY type(r), t.id
RETURN id, collect({type: type(r), role: r.role, confidence: r.confidence, target: t {.id, .name, .aliases, .kind, .iso3, .wikidata, type: t.type}}) AS roles
