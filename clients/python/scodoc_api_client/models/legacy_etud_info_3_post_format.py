from enum import StrEnum


class LegacyEtudInfo3PostFormat(StrEnum):
    JSON = "json"
    XML = "xml"

    def __str__(self) -> str:
        return str(self.value)
