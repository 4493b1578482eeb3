"""Django's database sessions, each read by SQL written once per process.

``SESSION_ENGINE`` without Redis. Every signed-in request reads its session; through the
ORM, building and compiling that one lookup by key cost more than PostgreSQL took to run
it. Writing, expiry and everything else are Django's own.
"""

import functools

from django.contrib.sessions.backends import db
from django.db import connections
from django.utils import timezone

from config.sql import first_row, names


class SessionStore(db.SessionStore):
    def load(self) -> dict:
        """The data of the unexpired session with this key; for none, {} and the key
        forgotten, as Django's own store does."""
        model = self.model
        connection = connections[model.objects.db]
        now = model._meta.get_field("expire_date").get_db_prep_value(timezone.now(), connection)
        sql = _session_data_sql(model, connection.alias)
        row = first_row(connection.alias, sql, (self.session_key, now))
        if row is None:
            self._session_key = None
            return {}
        return self.decode(row[0])


@functools.cache
def _session_data_sql(model, alias: str) -> str:
    """The data of the session with a key (first parameter) that expires after a time
    (second parameter)."""
    table, data, key, expires = names(model, alias, "session_data", "session_key", "expire_date")
    return f"SELECT {data} FROM {table} WHERE {key} = %s AND {expires} > %s"
