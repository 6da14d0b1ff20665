// People already in the graph whose surname is one of $surnames (lowercase).
UNWIND $surnames AS surname
MATCH (p:Person {surname: surname})
RETURN surname, collect(p.id) AS ids, collect(p.name) AS names
