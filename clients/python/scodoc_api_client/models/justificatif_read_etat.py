from enum import StrEnum


class JustificatifReadEtat(StrEnum):
    ATTENTE = "ATTENTE"
    MODIFIE = "MODIFIE"
    NON_VALIDE = "NON_VALIDE"
    VALIDE = "VALIDE"

    def __str__(self) -> str:
        return str(self.value)
