// People already in the graph whose surname is one of $surnames (lowercase), one row per person.
UNWIND $surnames AS surname
MATCH (p:Person {surname: surname})
RETURN surname, p.id AS id, p.name AS name
