"""Problems found in a preset, and the one exception that carries all of them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a preset, formatted as one line a user can act on.

    ``line`` is 1-based; ``key`` is the dotted key (``params.capacity_gw``) when there is one.
    """

    file: str
    message: str
    line: int | None = None
    key: str | None = None
    allowed: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        text = self.message if self.key is None else f"{self.key}: {self.message}"
        if self.allowed:
            text += f" (allowed: {self.allowed})"
        return f"{where}: {text}"


class PresetError(ValueError):
    """A preset could not be loaded; ``problems`` lists everything wrong with it, not just one."""

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("PresetError needs at least one problem")
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, file: str, message: str, **kw: object) -> PresetError:
        return cls([Problem(file, message, **kw)])  # type: ignore[arg-type]
