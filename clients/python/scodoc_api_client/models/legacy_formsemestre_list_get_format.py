from enum import StrEnum


class LegacyFormsemestreListGetFormat(StrEnum):
    JSON = "json"
    XML = "xml"

    def __str__(self) -> str:
        return str(self.value)
