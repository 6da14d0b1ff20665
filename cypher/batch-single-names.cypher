// People of earlier articles known by one name only, stored under an article-scoped id
// (`person:sergey@<articleId>`), with the ties that may join them to a person of the same name in a
// new article: their relations ("type|role|target").
UNWIND $prefixes AS prefix
MATCH (p:Person) WHERE p.id STARTS WITH prefix
OPTIONAL MATCH (p)-[r:HOLDS_ROLE|DEPUTY_TO|ENVOY_OF|SPOKESPERSON_OF|SPOUSE_OF|CITIZEN_OF|MEMBER_OF]->(t:Entity)
RETURN prefix, p.id AS id, collect(type(r) + '|' + r.role + '|' + t.id) AS ties
