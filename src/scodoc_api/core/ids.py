"""Database ids as the API takes them: an integer outside the columns' range (PostgreSQL's int4) names no
object, so it is an unknown id (404), never a database error."""

from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, WithJsonSchema

from scodoc_api.core.errors import NotFound

ID_MIN, ID_MAX = -(2**31), 2**31 - 1


def check_id(value: int) -> int:
    if not ID_MIN <= value <= ID_MAX:
        # not a ValueError: pydantic lets it through, and the error handlers answer 404
        raise NotFound("objet inconnu")
    return value


def parse_id(value: Any) -> int | None:
    """An id from free text (query string, form, a ``kind/value`` path): None when it cannot name an object."""
    if isinstance(value, bool):
        return None
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        return None
    return number if ID_MIN <= number <= ID_MAX else None


def refuse_boolean(message: str) -> BeforeValidator:
    """A validator refusing JSON true/false where a number is expected (pydantic would read them as 1/0)."""

    def check(value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError(message)
        return value

    return BeforeValidator(check)


# the contract says the range (an id outside it names nothing: a 404, never a database error)
DbId = Annotated[
    int,
    refuse_boolean("entier attendu, booléen reçu"),
    AfterValidator(check_id),
    WithJsonSchema({"type": "integer", "minimum": ID_MIN, "maximum": ID_MAX}),
]
