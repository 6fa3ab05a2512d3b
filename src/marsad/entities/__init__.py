"""Who is who: the actor knowledge base, named-entity recognition, and time-aware linking."""
