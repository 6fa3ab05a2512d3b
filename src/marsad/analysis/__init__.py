"""Measures of the system of states: dyads, blocs, multipolarity, briefings."""
