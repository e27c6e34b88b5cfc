from enum import StrEnum


class GetEtudiantBulletinPdfNosigVersion(StrEnum):
    BUT = "but"
    BUTCOURT = "butcourt"
    LONG = "long"
    SELECTEDEVALS = "selectedevals"
    SHORT = "short"

    def __str__(self) -> str:
        return str(self.value)
