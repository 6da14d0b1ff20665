// Takes a write lock, held until the transaction ends, on every entity that is a party to talks in
// the batch, creating it as write-entities.cypher would when it is new. A concurrent writer with
// talks between the same parties waits here, then reads the talks this one wrote: without the lock
// both would read none and each create their own node for the same talks.
// Rows come sorted by id, so two writers take their locks in one order.
UNWIND $parties AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.type = e.type
SET n.lock = true
REMOVE n.lock
