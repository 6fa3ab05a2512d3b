"""The corpus store: schema, migrations, SQLite/PostgreSQL, dedupe, search, export."""
