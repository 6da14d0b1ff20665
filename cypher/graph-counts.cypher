// Nodes per label and relationships per type: the fingerprint that benchmarks and tests compare.
MATCH (n) UNWIND labels(n) AS label
RETURN label AS key, count(*) AS n
UNION ALL
MATCH ()-[r]->()
RETURN '[:' + type(r) + ']' AS key, count(*) AS n
