"""Check a composed preset document (schema 1) and build a Preset, collecting every problem.

Each value is read from its node's raw text (values.py), never from PyYAML's YAML 1.1 resolution, so
a problem can always name the line, the key and what is allowed. The checker and the readers of
sources and params are shared with talk files (``talk_schema.py``), so the same mistake gets the
same message in both.
"""

from __future__ import annotations

from collections.abc import Iterator

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from explorer.io.errors import PresetError, Problem
from explorer.io.message import Msg, Text
from explorer.io.preset import SCHEMA_VERSION, Preset
from explorer.io.safe_text import LINE_BREAKS, first_unsafe
from explorer.io.values import (
    BadValueError,
    allowed_options,
    allowed_range,
    parse_choice,
    parse_number,
    quoted,
    suggest,
    unknown_key_message,
)
from explorer.model.params import CHOICES_BY_KEY, PARAMS_BY_KEY, REGISTRY
from explorer.model.scenario import Scenario

TOP_KEYS: tuple[str, ...] = ("schema_version", "name", "description", "sources", "params")
_NULL_TAG = "tag:yaml.org,2002:null"


def line_of(node: Node) -> int:
    return node.start_mark.line + 1


def kind(node: Node) -> Text:
    """What ``node`` is, for "expected X, got Y": a mapping, a list, nothing, or its text."""
    if isinstance(node, MappingNode):
        return Msg("a mapping")
    if isinstance(node, SequenceNode):
        return Msg("a list")
    if node.tag == _NULL_TAG and node.style is None:
        return Msg("nothing")
    return quoted(node.value)


class Checker:
    """Walks one document; ``problems`` fills up instead of stopping at the first."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[Problem] = []

    def add(self, node: Node | None, key: str | None, message: Text, allowed: Text | None = None):
        line = line_of(node) if node is not None else None
        self.problems.append(Problem(self.label, message, line, key, allowed))

    def entries(self, mapping: MappingNode, prefix: str) -> Iterator[tuple[str, Node, Node]]:
        """(key, key node, value node) of a mapping, reporting odd and duplicate keys."""
        seen: dict[str, int] = {}
        for key_node, value_node in mapping.value:
            if not isinstance(key_node, ScalarNode):
                self.add(
                    key_node, prefix or None, Msg("keys must be plain names, not lists or mappings")
                )
                continue
            key = key_node.value
            dotted = f"{prefix}.{key}" if prefix else key
            if key in seen:
                self.add(
                    key_node,
                    dotted,
                    Msg("duplicate key (first given on line {value})", value=seen[key]),
                )
                continue
            seen[key] = line_of(key_node)
            yield key, key_node, value_node

    def text(self, node: Node, key: str, lines: bool = True) -> str | None:
        """The text of ``node``; ``lines`` allows line breaks and tabs (not in a name)."""
        if not isinstance(node, ScalarNode) or (node.tag == _NULL_TAG and node.style is None):
            self.add(node, key, Msg("expected text, got {got}", got=kind(node)))
            return None
        # YAML's escapes ("\e", "\x1b", "\u202e") bring in what its reader refuses raw: an
        # escape sequence in a name rewrites a terminal line; an override turns text around.
        bad = first_unsafe(node.value, LINE_BREAKS if lines else "")
        if bad is not None:
            self.add(
                node,
                key,
                Msg("control character U+{ord} is not allowed in text", ord=f"{ord(bad):04X}"),
            )
            return None
        return node.value


def read_schema_version(checker: Checker, node: Node, newest: int = SCHEMA_VERSION) -> int | None:
    """The file's schema version (``newest``: the newest this explorer reads)."""
    allowed = f"{newest}"
    digits = isinstance(node, ScalarNode) and node.value.isascii() and node.value.isdigit()
    if not digits or node.style is not None:
        checker.add(
            node,
            "schema_version",
            Msg("expected a whole number, got {got}", got=kind(node)),
            allowed,
        )
        return None
    if len(node.value) > 6:  # int() of thousands of digits is slow, or refused by Python
        checker.add(
            node,
            "schema_version",
            Msg("{word} is not a schema version", word=quoted(node.value)),
            allowed,
        )
        return None
    version = int(node.value)
    if version > newest:
        checker.add(
            node,
            "schema_version",
            Msg(
                "written by a newer version of the explorer (schema {version}; this one reads "
                "up to {newest})",
                version=version,
                newest=newest,
            ),
        )
    elif version < 1:
        checker.add(
            node, "schema_version", Msg("schema {version} does not exist", version=version), allowed
        )
    return version


def read_sources(checker: Checker, node: Node, key: str = "sources") -> tuple[str, ...]:
    """The list of texts under ``key`` (its dotted name in messages)."""
    if not isinstance(node, SequenceNode):
        checker.add(node, key, Msg("expected a list of texts, got {got}", got=kind(node)))
        return ()
    texts = [checker.text(item, f"{key}[{i}]") for i, item in enumerate(node.value)]
    return tuple(t for t in texts if t is not None)


def _param_value(checker: Checker, key: str, node: Node, dotted: str) -> float | str | None:
    if key in CHOICES_BY_KEY:
        allowed = allowed_options(key)
        if not isinstance(node, ScalarNode):
            checker.add(
                node, dotted, Msg("expected one option, got {got}", got=kind(node)), allowed
            )
            return None
        parse = parse_choice
    else:
        allowed = allowed_range(PARAMS_BY_KEY[key])
        if not isinstance(node, ScalarNode) or (node.tag == _NULL_TAG and node.style is None):
            checker.add(node, dotted, Msg("expected a number, got {got}", got=kind(node)), allowed)
            return None
        if node.style is not None:
            checker.add(
                node,
                dotted,
                Msg("{value} is quoted text; write a bare number", value=repr(node.value)),
                allowed,
            )
            return None

        def parse(k: str, text: str) -> float:
            return parse_number(PARAMS_BY_KEY[k], text)

    try:
        return parse(key, node.value)
    except BadValueError as err:
        checker.add(node, dotted, err.message, err.allowed)
        return None


def read_params(checker: Checker, node: Node, prefix: str = "params") -> dict[str, float | str]:
    """The parameter values of the mapping ``node`` (``prefix``: its dotted name in messages),
    each checked against the registry."""
    if not isinstance(node, MappingNode):
        checker.add(
            node, prefix, Msg("expected a mapping of key: value, got {got}", got=kind(node))
        )
        return {}
    values: dict[str, float | str] = {}
    for key, key_node, value_node in checker.entries(node, prefix):
        if key not in REGISTRY:
            checker.add(key_node, f"{prefix}.{key}", unknown_key_message(key))
            continue
        value = _param_value(checker, key, value_node, f"{prefix}.{key}")
        if value is not None:
            values[key] = value
    return values


def build_preset(root: Node | None, label: str, default_name: str) -> Preset:
    """The Preset described by ``root``; PresetError listing every problem otherwise."""
    checker = Checker(label)
    if root is None:
        raise PresetError.single(
            label, Msg("empty file; a preset is a mapping with schema_version, name and params")
        )
    if not isinstance(root, MappingNode):
        raise PresetError.single(
            label,
            # Not quoted: a file that is no preset at all (a password file, say) is not echoed.
            Msg("a preset must be a mapping of keys (schema_version, name, params), not a list")
            if isinstance(root, SequenceNode)
            else Msg(
                "a preset must be a mapping of keys (schema_version, name, params), not a single "
                "text"
            ),
            line=line_of(root),
        )
    keys = {k.value for k, _ in root.value if isinstance(k, ScalarNode)}
    if not keys & (set(TOP_KEYS) | set(REGISTRY)):
        # Not one key a preset has: some other file (a password file, say), not echoed.
        raise PresetError.single(
            label,
            Msg(
                "this is not a preset: none of its keys is one of {keys}", keys=", ".join(TOP_KEYS)
            ),
            line=line_of(root),
        )
    fields: dict[str, Node] = {}
    for key, key_node, value_node in checker.entries(root, ""):
        if key in TOP_KEYS:
            fields[key] = value_node
        elif key in REGISTRY:
            checker.add(key_node, key, Msg("parameters belong under 'params:'"))
        else:
            checker.add(
                key_node,
                key,
                Msg("unknown key{hint}", hint=suggest(key, TOP_KEYS)),
                ", ".join(TOP_KEYS),
            )
    if "schema_version" not in fields:
        checker.add(
            None, "schema_version", Msg("missing; the first line should be 'schema_version: 1'")
        )
    elif (read_schema_version(checker, fields["schema_version"]) or 0) > SCHEMA_VERSION:
        # A newer file's other keys would only add noise: the one useful sentence is the version.
        raise PresetError(checker.problems[-1:])
    name = checker.text(fields["name"], "name", lines=False) if "name" in fields else default_name
    description = ""
    if "description" in fields:
        description = checker.text(fields["description"], "description")
    sources = read_sources(checker, fields["sources"]) if "sources" in fields else ()
    values = read_params(checker, fields["params"]) if "params" in fields else {}
    if checker.problems:
        raise PresetError(checker.problems)
    return Preset(name or default_name, Scenario(values), description or "", sources)
