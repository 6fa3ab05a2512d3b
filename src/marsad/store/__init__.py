"""The corpus store: schema, migrations, SQLite/PostgreSQL, ingest, dedupe, search, export (docs/store.md).

Entry points: :class:`~marsad.store.db.Store` (``Store.open(path_or_url)``), :func:`marsad.store.ingest.ingest`,
:func:`marsad.store.search.search`, :func:`marsad.store.export.export`.
"""
