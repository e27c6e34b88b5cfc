from enum import StrEnum


class GetEtudBulletinVersion(StrEnum):
    LONG = "long"
    SELECTEDEVALS = "selectedevals"
    SHORT = "short"

    def __str__(self) -> str:
        return str(self.value)
