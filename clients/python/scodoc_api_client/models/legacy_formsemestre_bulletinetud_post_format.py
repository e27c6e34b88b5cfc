from enum import StrEnum


class LegacyFormsemestreBulletinetudPostFormat(StrEnum):
    JSON = "json"
    PDF = "pdf"
    XML = "xml"

    def __str__(self) -> str:
        return str(self.value)
