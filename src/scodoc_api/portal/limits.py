"""What keeps a GraphQL query affordable, checked before any resolver runs (hence before any SQL): its depth,
its size in tokens and aliases, and its cost. And what every error says: a code in ``extensions.code``."""

import logging
from typing import Any

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationRule,
)
from strawberry.extensions import MaskErrors

from scodoc_api.core.errors import ApiError
from scodoc_api.formats.errors import is_connection_error

log = logging.getLogger("scodoc_api.portal")

# The expected length of each list field: a field inside a list costs that many times.
LIST_SIZES = {
    "students": 100,
    "semesters": 10,
    "modules": 10,
    "evaluations": 10,
    "ues": 10,
    "groups": 10,
    "parcours": 2,
    "weights": 5,
    "records": 50,
    "justificatifs": 10,
    "counts": 4,
}
CODES = {401: "UNAUTHENTICATED", 403: "FORBIDDEN", 404: "NOT_FOUND"}
INTERNAL = "INTERNAL_SERVER_ERROR"


def selection_cost(selection_set: SelectionSetNode | None, fragments: Any, seen: frozenset[str] = frozenset()) -> int:
    """One per field, times the expected size of each list it is in; fragments counted where they are spread."""
    if selection_set is None:
        return 0
    total = 0
    for sel in selection_set.selections:
        if isinstance(sel, FieldNode):
            inner = selection_cost(sel.selection_set, fragments, seen)
            total += 1 + LIST_SIZES.get(sel.name.value, 1) * inner
        elif isinstance(sel, InlineFragmentNode):
            total += selection_cost(sel.selection_set, fragments, seen)
        elif isinstance(sel, FragmentSpreadNode) and sel.name.value not in seen:
            frag = fragments(sel.name.value)
            if frag is not None:
                total += selection_cost(frag.selection_set, fragments, seen | {sel.name.value})
    return total


def cost_limit(max_cost: int) -> type[ValidationRule]:
    class CostLimit(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
            cost = selection_cost(node.selection_set, self.context.get_fragment)
            if cost > max_cost:
                self.report_error(
                    GraphQLError(
                        f"requête trop coûteuse: coût {cost}, au plus {max_cost}",
                        node,
                        extensions={"code": "BAD_USER_INPUT", "cost": cost, "max_cost": max_cost},
                    )
                )

    return CostLimit


def classify(error: GraphQLError) -> tuple[str, str]:
    """(code, message) of an error: ours say why; a query the schema refuses is the caller's; anything else is
    ours, and says nothing of its cause."""
    orig = error.original_error
    if orig is None or isinstance(orig, GraphQLError):
        return (error.extensions or {}).get("code") or "BAD_USER_INPUT", error.message
    if isinstance(orig, ApiError):
        return CODES.get(orig.status_code, "BAD_USER_INPUT"), orig.message
    if is_connection_error(orig):
        return "SERVICE_UNAVAILABLE", "base de données indisponible"
    return INTERNAL, "erreur interne"


class CodedErrors(MaskErrors):
    """Every error carries ``extensions.code``: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT (or
    SERVICE_UNAVAILABLE, INTERNAL_SERVER_ERROR without details, logged)."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda _: True)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        code, message = classify(error)
        if code == INTERNAL:
            log.error("portal: unexpected error at %s", error.path, exc_info=error.original_error)
        extensions = {**(error.extensions or {}), "code": code}
        return GraphQLError(
            message, error.nodes, error.source, error.positions, error.path, None, extensions=extensions
        )
