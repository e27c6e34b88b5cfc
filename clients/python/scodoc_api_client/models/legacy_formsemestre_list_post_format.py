from enum import StrEnum


class LegacyFormsemestreListPostFormat(StrEnum):
    JSON = "json"
    XML = "xml"

    def __str__(self) -> str:
        return str(self.value)
