from enum import StrEnum


class QueryFormsemestreEtudiantsLongEtatType0(StrEnum):
    D = "D"
    DEF = "DEF"
    I = "I"

    def __str__(self) -> str:
        return str(self.value)
