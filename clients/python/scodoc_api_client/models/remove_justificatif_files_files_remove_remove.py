from enum import StrEnum


class RemoveJustificatifFilesFilesRemoveRemove(StrEnum):
    ALL = "all"
    LIST = "list"

    def __str__(self) -> str:
        return str(self.value)
