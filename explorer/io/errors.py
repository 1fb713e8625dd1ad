"""Problems found in a preset, and the one exception that carries all of them.

Messages are for people: each problem is one line with its control characters escaped and each
part cut to a length a screen can show (a key of 120,000 characters once froze the window), and a
file with thousands of problems lists the first ``MAX_LISTED`` and says how many more there are.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.io.message import Text
from explorer.io.safe_text import excerpt

MAX_LISTED = 20
MAX_KEY = 60
MAX_MESSAGE = 300
MAX_FILE = 200


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a preset, formatted as one line a user can act on.

    ``line`` is 1-based; ``key`` is the dotted key (``params.capacity_gw``) when there is one.
    ``message`` and ``allowed`` are messages (``explorer.io.message``): ``str()`` is English,
    ``explorer.present.text.file_problems`` writes them in the reader's language.
    """

    file: str
    message: Text
    line: int | None = None
    key: str | None = None
    allowed: Text | None = None

    def __str__(self) -> str:
        return line_text(
            self, str(self.message), str(self.allowed or ""), "{text} (allowed: {allowed})"
        )


def line_text(problem: Problem, message: str, allowed: str, with_allowed: str) -> str:
    """The one line of ``problem`` with its message and allowed values as given (English, or the
    reader's: ``with_allowed`` joins the two), each part cut to a length a screen can show."""
    file = excerpt(problem.file, MAX_FILE)
    where = file if problem.line is None else f"{file}:{problem.line}"
    text = message if problem.key is None else f"{excerpt(problem.key, MAX_KEY)}: {message}"
    if allowed:
        text = with_allowed.format(text=text, allowed=allowed)
    return f"{where}: {excerpt(text, MAX_MESSAGE)}"


def more_line(count: int) -> str:
    """The line that stands for ``count`` problems left out of a list."""
    return f"… and {count:,} more problem{'s' if count != 1 else ''}"


class PresetError(ValueError):
    """A preset could not be loaded; ``problems`` lists everything wrong with it, not just one.

    Its text lists at most ``MAX_LISTED`` problems, then how many more there are.
    """

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("PresetError needs at least one problem")
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(self.lines()))

    def lines(self, limit: int = MAX_LISTED) -> list[str]:
        """One line per problem, the first ``limit`` of them, then "… and N more problems"."""
        shown = [str(p) for p in self.problems[:limit]]
        left = len(self.problems) - len(shown)
        return [*shown, more_line(left)] if left else shown

    @classmethod
    def single(cls, file: str, message: Text, **kw: object) -> PresetError:
        return cls([Problem(file, message, **kw)])  # type: ignore[arg-type]
