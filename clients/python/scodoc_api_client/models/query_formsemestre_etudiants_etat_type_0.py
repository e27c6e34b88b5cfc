from enum import StrEnum


class QueryFormsemestreEtudiantsEtatType0(StrEnum):
    D = "D"
    DEF = "DEF"
    I = "I"

    def __str__(self) -> str:
        return str(self.value)
