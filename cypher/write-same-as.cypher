// Two actors of one type with the same normalised name under two ids ("org:ico" from the lexicon,
// "org:international-coffee-organization" from a story that spelled it out) are recorded as possibly
// the same, not merged: merging would make ids depend on the order articles arrive in. The edge goes
// from the smaller id to the larger, so it is one edge whichever article came first. People known
// by one name only (ids with '@') are left out: sharing a first name is no evidence.
UNWIND $entities AS e
MATCH (n:Entity {id: e.id})
MATCH (m:Entity {nameKey: e.nameKey})
WHERE m.type = e.type AND m.id <> n.id AND NOT m.id CONTAINS '@'
WITH CASE WHEN n.id < m.id THEN n ELSE m END AS a, CASE WHEN n.id < m.id THEN m ELSE n END AS b
MERGE (a)-[:SAME_AS_CANDIDATE]->(b)
