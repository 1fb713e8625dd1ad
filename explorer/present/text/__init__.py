"""Every string a reader sees, and every number written for one, in one place.

``translate`` has the one translation function (``tr``, ``tr_n``; source strings in English,
gettext catalogues with contexts and plural forms); ``numbers`` formats numbers, money, chances
and dates in the active language's conventions. The other modules hold the words of one part of
what is shown (claims, charts, the window, messages, the command line's tables).
"""

from explorer.present.text.translate import N_, tr, tr_n

__all__ = ["N_", "tr", "tr_n"]
