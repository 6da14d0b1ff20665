// Relationship types cannot be parameters, so each type the model allows has its own branch; one
// edge per (from, type, role, to) across articles, with every article that states it as evidence.
UNWIND $relations AS r
MATCH (a:Entity {id: r.fromId}), (b:Entity {id: r.toId})
FOREACH (_ IN CASE WHEN r.type = 'HOLDS_ROLE' THEN [1] ELSE [] END |
  MERGE (a)-[x:HOLDS_ROLE {role: r.role}]->(b)
  SET x.evidence = CASE WHEN r.evidence IN coalesce(x.evidence, []) THEN x.evidence ELSE coalesce(x.evidence, []) + r.evidence END, x.confidence = r.confidence, x.origin = r.origin)
FOREACH (_ IN CASE WHEN r.type = 'DEPUTY_TO' THEN [1] ELSE [] END |
  MERGE (a)-[x:DEPUTY_TO {role: r.role}]->(b)
  SET x.evidence = CASE WHEN r.evidence IN coalesce(x.evidence, []) THEN x.evidence ELSE coalesce(x.evidence, []) + r.evidence END, x.confidence = r.confidence, x.origin = r.origin)
FOREACH (_ IN CASE WHEN r.type = 'ENVOY_OF' THEN [1] ELSE [] END |
  MERGE (a)-[x:ENVOY_OF {role: r.role}]->(b)
  SET x.evidence = CASE WHEN r.evidence IN coalesce(x.evidence, []) THEN x.evidence ELSE coalesce(x.evidence, []) + r.evidence END, x.confidence = r.confidence, x.origin = r.origin)
FOREACH (_ IN CASE WHEN r.type = 'SPOKESPERSON_OF' THEN [1] ELSE [] END |
  MERGE (a)-[x:SPOKESPERSON_OF {role: r.role}]->(b)
  SET x.evidence = CASE WHEN r.evidence IN coalesce(x.evidence, []) THEN x.evidence ELSE coalesce(x.evidence, []) + r.evidence END, x.confidence = r.confidence, x.origin = r.origin)
FOREACH (_ IN CASE WHEN r.type = 'SPOUSE_OF' THEN [1] ELSE [] END |
  MERGE (a)-[x:SPOUSE_OF {role: r.role}]->(b)
  SET x.evidence = CASE WHEN r.evidence IN coalesce(x.evidence, []) THEN x.evidence ELSE coalesce(x.evidence, []) + r.evidence END, x.confidence = r.confidence, x.origin = r.origin)
FOREACH (_ IN CASE WHEN r.type = 'CITIZEN_OF' THEN [1] ELSE [] END |
  MERGE (a)-[x:CITIZEN_OF {role: r.role}]->(b)
  SET x.evidence = CASE WHEN r.evidence IN coalesce(x.evidence, []) THEN x.evidence ELSE coalesce(x.evidence, []) + r.evidence END, x.confidence = r.confidence, x.origin = r.origin)
FOREACH (_ IN CASE WHEN r.type = 'MEMBER_OF' THEN [1] ELSE [] END |
  MERGE (a)-[x:MEMBER_OF {role: r.role}]->(b)
  SET x.evidence = CASE WHEN r.evidence IN coalesce(x.evidence, []) THEN x.evidence ELSE coalesce(x.evidence, []) + r.evidence END, x.confidence = r.confidence, x.origin = r.origin)
