from enum import StrEnum


class GetEtudSemGroupsFormat(StrEnum):
    JSON = "json"
    VALUE_2 = ""
    XML = "xml"

    def __str__(self) -> str:
        return str(self.value)
