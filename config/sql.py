"""SQL written by hand, once per process, for the few lookups every request makes.

Building and compiling such a lookup through the ORM costs more CPU than the database
takes to run it; these helpers keep the hand-written versions tied to the models' own
table and column names and run them without the ORM.
"""

from django.db import connections, models


def names(model: type[models.Model], alias: str, *fields: str) -> tuple[str, ...]:
    """The model's table, then each field's column, quoted for database ``alias``."""
    quote = connections[alias].ops.quote_name
    meta = model._meta
    return (quote(meta.db_table), *(quote(meta.get_field(field).column) for field in fields))


def first_row(alias: str, sql: str, params) -> tuple | None:
    """The first row ``sql`` returns on database ``alias``, or None."""
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()
