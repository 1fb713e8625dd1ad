"""Read a caption's checks (a scene's ``expect:``): one condition on one result each.

    expect:
      space_to_earth_ratio: above 1                   # orbit dearer
      crossover_year: none                            # no lasting crossover by 2050
      space.radiator_area_m2: below 0.67 x reference  # a third smaller than the preset's
      feasible: true
      space_to_earth_ratio: [above 1, below 0.6 x pinned]   # several conditions: a list

A comparison is ``above``, ``below``, ``at least`` or ``at most`` (or ``>``, ``<``, ``>=``,
``<=``, quoted, since YAML reads a leading ``>`` as a folded text) and a number, optionally
times ``reference`` (the same result of the scene's preset), ``pinned`` (of its pinned scenario)
or another result's name.
"""

from __future__ import annotations

import re

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from explorer.io.message import Msg
from explorer.io.schema import Checker, kind
from explorer.io.talk import (
    AGAINST_PINNED,
    AGAINST_REFERENCE,
    PRESENCE,
    TRUTH,
    Expectation,
    Vocabulary,
)
from explorer.io.values import BadValueError, parse_finite, quoted, suggest

_WORDS = {"above": ">", "below": "<", "at least": ">=", "at most": "<="}
_CONDITION = re.compile(
    r"(?P<op>at least|at most|above|below|<=|>=|<|>)\s*(?P<number>\S+)"
    r"(?:\s+(?:x|×|times)\s+(?P<against>\S+))?"
)
_ALLOWED = Msg(
    "none, some, true, false, or above/below/at least/at most a number, optionally "
    "'x reference', 'x pinned' or 'x' another result"
)


def read_expectations(
    checker: Checker, node: Node, prefix: str, vocabulary: Vocabulary, pinned: bool
) -> tuple[Expectation, ...]:
    """The checks under ``prefix`` (a scene's ``expect``), a condition or a list of them per
    result; ``pinned``: the scene pins a scenario, so a check may compare with it."""
    if not isinstance(node, MappingNode):
        checker.add(
            node, prefix, Msg("expected a mapping of result: condition, got {got}", got=kind(node))
        )
        return ()
    found = []
    for key, key_node, value_node in checker.entries(node, prefix):
        dotted = f"{prefix}.{key}"
        if key not in vocabulary.result_keys:
            hint = suggest(key, sorted(vocabulary.result_keys))
            checker.add(key_node, dotted, Msg("not a result the model gives{hint}", hint=hint))
            continue
        items = value_node.value if isinstance(value_node, SequenceNode) else [value_node]
        for item in items:
            if not isinstance(item, ScalarNode):
                checker.add(
                    item, dotted, Msg("expected a condition, got {got}", got=kind(item)), _ALLOWED
                )
                continue
            try:
                found.append(_condition(key, item.value, vocabulary, pinned))
            except BadValueError as err:
                checker.add(item, dotted, err.message, err.allowed)
    return tuple(found)


def _condition(key: str, text: str, vocabulary: Vocabulary, pinned: bool) -> Expectation:
    word = " ".join(text.split())
    truth_key = key in vocabulary.truth_keys
    if word in TRUTH:
        if not truth_key:
            raise BadValueError(Msg("{key} is a number, not yes or no", key=key), _ALLOWED)
        return Expectation(key, word, truth=word)
    if truth_key:
        raise BadValueError(
            Msg("{key} is yes or no; write true or false", key=key), ", ".join(TRUTH)
        )
    if word in PRESENCE:
        return Expectation(key, word, presence=word)
    match = _CONDITION.fullmatch(word)
    if match is None:
        raise BadValueError(Msg("{word} is not a condition", word=quoted(word)), _ALLOWED)
    factor = parse_finite(match["number"], _ALLOWED)
    against = match["against"]
    if against == AGAINST_PINNED and not pinned:
        raise BadValueError(Msg("compares with the pinned scenario, but the scene pins none"))
    known = against in vocabulary.result_keys and against not in vocabulary.truth_keys
    if against not in (None, AGAINST_REFERENCE, AGAINST_PINNED) and not known:
        hint = suggest(against, sorted(vocabulary.result_keys))
        raise BadValueError(
            Msg("{word} is not a result to compare with{hint}", word=quoted(against), hint=hint)
        )
    op = _WORDS.get(match["op"], match["op"])
    return Expectation(key, word, op=op, factor=factor, against=against)
