from enum import StrEnum


class GetModuleimplInFormsemestreFormat(StrEnum):
    JSON = "json"
    XML = "xml"

    def __str__(self) -> str:
        return str(self.value)
