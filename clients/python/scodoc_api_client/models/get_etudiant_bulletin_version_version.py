from enum import StrEnum


class GetEtudiantBulletinVersionVersion(StrEnum):
    BUT = "but"
    BUTCOURT = "butcourt"
    LONG = "long"
    SELECTEDEVALS = "selectedevals"
    SHORT = "short"

    def __str__(self) -> str:
        return str(self.value)
