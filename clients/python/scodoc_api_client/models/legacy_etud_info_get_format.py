from enum import StrEnum


class LegacyEtudInfoGetFormat(StrEnum):
    JSON = "json"
    XML = "xml"

    def __str__(self) -> str:
        return str(self.value)
