from enum import StrEnum


class GetEtudiantPhotoSizeType0(StrEnum):
    ORIG = "orig"
    SMALL = "small"

    def __str__(self) -> str:
        return str(self.value)
