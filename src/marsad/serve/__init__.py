"""Thin shells over the library: the command line, the REST API, the web dashboard."""
