from enum import StrEnum


class ListJustificatifsKind(StrEnum):
    ETUDID = "etudid"
    INE = "ine"
    NIP = "nip"

    def __str__(self) -> str:
        return str(self.value)
