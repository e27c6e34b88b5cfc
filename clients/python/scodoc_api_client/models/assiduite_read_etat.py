from enum import StrEnum


class AssiduiteReadEtat(StrEnum):
    ABSENT = "ABSENT"
    PRESENT = "PRESENT"
    RETARD = "RETARD"

    def __str__(self) -> str:
        return str(self.value)
