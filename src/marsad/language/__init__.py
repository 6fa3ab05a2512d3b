"""The Arabic language layer: sentences, clitic-aware tokens, quantities, time expressions, quotes."""
