"""Persistence: SQLAlchemy models, opening and migrating the SQLite store."""

from sistercity_desktop.store.db import Store, open_store

__all__ = ["Store", "open_store"]
