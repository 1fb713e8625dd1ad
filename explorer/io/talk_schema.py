"""Check a composed talk document and build a Talk, collecting every problem.

The same checker as presets (``schema.py``): every problem names the file, the line and the
key (``scene 3.chart``), says what is allowed, and the whole file is reported at once. A scene's
presets are loaded as it is read, so a missing or broken preset is a problem of that scene.

    schema_version: 1
    title: ...            (a text, or texts by language: {en: ..., ru: ...})
    author: ...
    description: ...
    sources: [...]
    scenes: [...]         (see talk_scene.py)
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from explorer.io.errors import PresetError
from explorer.io.message import Msg
from explorer.io.schema import Checker, kind, line_of, read_schema_version, read_sources
from explorer.io.talk import TALK_SCHEMA_VERSION, Talk, Text, Vocabulary
from explorer.io.talk_scene import PresetLoader, SceneReader, read_text
from explorer.io.values import suggest

TALK_KEYS: tuple[str, ...] = (
    "schema_version",
    "title",
    "author",
    "description",
    "sources",
    "scenes",
)
MAX_SCENES = 99
"""Scenes are reached by typing their number: two digits."""


def _refuse_root(root: Node | None, label: str) -> None:
    if root is None:
        raise PresetError.single(
            label, Msg("empty file; a talk is a mapping with schema_version, title and scenes")
        )
    if not isinstance(root, MappingNode):
        raise PresetError.single(
            label,
            Msg("a talk must be a mapping of keys (schema_version, title, scenes), not a list")
            if isinstance(root, SequenceNode)
            else Msg(
                "a talk must be a mapping of keys (schema_version, title, scenes), not a single "
                "text"
            ),
            line=line_of(root),
        )
    keys = {k.value for k, _ in root.value if isinstance(k, ScalarNode)}
    if not keys & set(TALK_KEYS):
        # Some other file (a password file, say): not echoed.
        raise PresetError.single(
            label,
            Msg("this is not a talk: none of its keys is one of {keys}", keys=", ".join(TALK_KEYS)),
            line=line_of(root),
        )


def build_talk(root: Node | None, label: str, vocabulary: Vocabulary, load: PresetLoader) -> Talk:
    """The Talk described by ``root``; PresetError listing every problem otherwise.

    ``vocabulary`` names the charts, headline tiles and results a talk may use; ``load`` loads
    the presets its scenes name.
    """
    _refuse_root(root, label)
    assert isinstance(root, MappingNode)
    checker = Checker(label)
    fields: dict[str, Node] = {}
    for key, key_node, value_node in checker.entries(root, ""):
        if key in TALK_KEYS:
            fields[key] = value_node
        else:
            checker.add(
                key_node,
                key,
                Msg("unknown key{hint}", hint=suggest(key, TALK_KEYS)),
                ", ".join(TALK_KEYS),
            )
    if "schema_version" not in fields:
        checker.add(
            None, "schema_version", Msg("missing; the first line should be 'schema_version: 1'")
        )
    else:
        version = read_schema_version(checker, fields["schema_version"], TALK_SCHEMA_VERSION)
        if (version or 0) > TALK_SCHEMA_VERSION:
            raise PresetError(checker.problems[-1:])
    title = read_text(checker, fields["title"], "title", lines=False) if "title" in fields else None
    if "title" not in fields:
        checker.add(None, "title", Msg("missing; a talk needs a title"))
    author = checker.text(fields["author"], "author", lines=False) if "author" in fields else ""
    description = Text.english("")
    if "description" in fields:
        description = read_text(checker, fields["description"], "description") or description
    sources = read_sources(checker, fields["sources"]) if "sources" in fields else ()
    scenes = []
    node = fields.get("scenes")
    if node is None:
        checker.add(None, "scenes", Msg("missing; a talk needs at least one scene"))
    elif not isinstance(node, SequenceNode) or not node.value:
        checker.add(node, "scenes", Msg("expected a list of scenes, got {got}", got=kind(node)))
    elif len(node.value) > MAX_SCENES:
        checker.add(
            node,
            "scenes",
            Msg(
                "{count} scenes; a talk may have {max_scenes}",
                count=len(node.value),
                max_scenes=MAX_SCENES,
            ),
        )
    else:
        reader = SceneReader(checker, vocabulary, load)
        for number, scene_node in enumerate(node.value, start=1):
            scene = reader.read(scene_node, number)
            if scene is not None:
                scenes.append(scene)
    if checker.problems:
        raise PresetError(checker.problems)
    assert title is not None
    return Talk(title, tuple(scenes), author or "", description, sources)
