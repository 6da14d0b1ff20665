// Deletes every node and relationship, in transactions of 10,000 nodes so a big graph does not need
// one huge transaction. Benchmarks only (bench:ingest starts from an empty database); run auto-commit.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
