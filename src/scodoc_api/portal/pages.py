"""Answers to a student's portal queries, kept by each worker and keyed by what they show: the student, the
semesters they are registered in with each semester's results version, their department, the day, and the query
with its variables. Every write that can change what a student's semester shows renews that semester's version
(as for the REST bulletins), so a kept answer is never stale; the key is read with the token, in one statement.

Only queries already answered without error are looked up (an unknown or abusive query costs no SQL before the
limits refuse it), only for students' accounts, never for a mutation nor for attendance over chosen dates
(days outside the semesters are not covered by their versions)."""

from collections import OrderedDict
from typing import Any

import orjson

Shape = tuple[str, bytes, str | None]  # (query, variables, operation name)
MAX_SHAPES = 1024


class PageCache:
    def __init__(self, max_bytes: int) -> None:
        self.max_bytes, self.size = max_bytes, 0
        self.pages: OrderedDict[tuple, bytes] = OrderedDict()
        self.shapes: OrderedDict[Shape, None] = OrderedDict()

    def knows(self, shape: Shape) -> bool:
        return shape in self.shapes

    def learn(self, shape: Shape) -> None:
        self.shapes[shape] = None
        self.shapes.move_to_end(shape)
        while len(self.shapes) > MAX_SHAPES:
            self.shapes.popitem(last=False)

    def get(self, key: tuple) -> bytes | None:
        body = self.pages.get(key)
        if body is not None:
            self.pages.move_to_end(key)
        return body

    def put(self, key: tuple, body: bytes) -> None:
        if len(body) > self.max_bytes // 4:
            return
        old = self.pages.pop(key, None)
        self.size += len(body) - (len(old) if old is not None else 0)
        self.pages[key] = body
        while self.size > self.max_bytes and self.pages:
            _, dropped = self.pages.popitem(last=False)
            self.size -= len(dropped)


def shape_of(data: Any) -> Shape | None:
    """The query, variables and operation of a POSTed GraphQL request (its decoded JSON body); None when it is
    not such an object (strawberry then answers it)."""
    if not isinstance(data, dict) or not isinstance(data.get("query"), str):
        return None
    operation = data.get("operationName")
    variables = orjson.dumps(data.get("variables") or {}, option=orjson.OPT_SORT_KEYS)
    return data["query"], variables, operation if isinstance(operation, str) else None
