"""Talk mode without Qt: a talk's scenes as sessions, their axes, the transitions between them,
the checks of what each caption says, and what the talk view and the console show."""

from explorer.present.talk.load import (
    DEFAULT_TALK,
    open_talk,
    talk_from_text,
    talk_names,
    vocabulary,
)

__all__ = ["DEFAULT_TALK", "open_talk", "talk_from_text", "talk_names", "vocabulary"]
