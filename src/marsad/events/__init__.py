"""Events: the PLOVER/CAMEO ontology, the Arabic predicate lexicon, the coder and the scorer."""
