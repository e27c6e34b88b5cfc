from enum import StrEnum


class ListFormsemestreBulletinsVersion(StrEnum):
    LONG = "long"
    SELECTEDEVALS = "selectedevals"
    SHORT = "short"

    def __str__(self) -> str:
        return str(self.value)
