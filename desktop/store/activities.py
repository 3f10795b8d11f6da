"""Work-search activities that are not applications (workshops, job fairs, networking)."""

from __future__ import annotations

from datetime import date

from desktop.domain.tracking.worksearch import Activity
from desktop.store import reads
from desktop.store.database import Database
from desktop.store.tables import ActivityTable


class Activities:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._session = database.session

    def add(self, activity: Activity) -> Activity:
        """Keep an activity (its id is given here)."""
        with self._session(writes=True) as session:
            row = ActivityTable(
                day=activity.day,
                kind=activity.kind.value,
                name=activity.name,
                minutes=activity.minutes,
                place=activity.place,
                notes=activity.notes,
            )
            session.add(row)
            session.commit()
            assert row.id is not None, "row was not flushed"
            return Activity(
                row.id,
                activity.day,
                activity.kind,
                activity.name,
                activity.minutes,
                activity.place,
                activity.notes,
            )

    def delete(self, activity_id: int) -> bool:
        """Forget an activity; False when there was none of that number."""
        with self._session(writes=True) as session:
            row = session.get(ActivityTable, activity_id)
            if row is None:
                return False
            session.delete(row)
            session.commit()
            return True

    def between(self, start: date, end: date) -> list[Activity]:
        with self._database.reading() as connection:
            return reads.activities(connection, start, end)
