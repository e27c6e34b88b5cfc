from enum import StrEnum


class LegacyEtudInfo3GetFormat(StrEnum):
    JSON = "json"
    XML = "xml"

    def __str__(self) -> str:
        return str(self.value)
