from enum import StrEnum


class GetEvalNotesHistoryFormat(StrEnum):
    JSON = "json"
    XML = "xml"

    def __str__(self) -> str:
        return str(self.value)
