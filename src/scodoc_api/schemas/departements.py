"""Departments of the ScoDoc 9.x routes (modern-api.md §4.1)."""

from scodoc_api.schemas.common import Obj, example_config


class DepartementRead(Obj):
    model_config = example_config(
        {
            "acronym": "INFO",
            "date_creation": "Mon, 05 Sep 2022 08:12:44 GMT",
            "dept_name": "Informatique",
            "description": "Département Informatique",
            "id": 3,
            "visible": True,
        }
    )
    acronym: str
    date_creation: str | None
    dept_name: str | None
    description: str | None
    id: int
    visible: bool
