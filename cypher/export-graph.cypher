// The actor network for visualization tools: actors, who negotiated with whom (weighted), standing
// roles, and who spoke about whom (weighted).
CALL () {
  MATCH (a:Actor)
  RETURN collect(a {.id, .name, .kind, .iso3, .wikidata, type: a.type}) AS nodes
}
CALL () {
  MATCH (a:Actor)-[:PARTY_TO]->(n:Negotiation)<-[:PARTY_TO]-(b:Actor) WHERE a.id < b.id
  WITH a, b, count(DISTINCT n) AS weight, collect(DISTINCT n.topic) AS topics
  RETURN collect({source: a.id, target: b.id, type: 'NEGOTIATED_WITH', weight: weight, label: reduce(s = '', t IN topics | s + CASE WHEN s = '' THEN '' ELSE '; ' END + coalesce(t, ''))}) AS negotiated
}
CALL () {
  MATCH (a:Actor)-[r:HOLDS_ROLE|DEPUTY_TO|ENVOY_OF|SPOKESPERSON_OF|SPOUSE_OF|CITIZEN_OF|MEMBER_OF]->(b:Actor)
  RETURN collect({source: a.id, target: b.id, type: type(r), weight: 1, label: coalesce(r.role, '')}) AS roles
}
CALL () {
  MATCH (a:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(b:Actor) WHERE a <> b
  WITH a, b, count(s) AS weight
  RETURN collect({source: a.id, target: b.id, type: 'SPOKE_ABOUT', weight: weight, label: ''}) AS spoke
}
RETURN nodes, negotiated + roles + spoke AS edges
