"""Every message a reader can see, found in the code, and the catalogues kept in step with it.

``python -m explorer.present.text.extraction`` rewrites ``resources/translations/explorer.pot``
(the template a new language starts from) and merges it into each language's ``.po``: new
messages arrive untranslated, translations of messages the code no longer uses are dropped, the
others are kept. ``--check`` changes nothing and fails when a catalogue is out of step or
incomplete (what ``tests/present/test_catalogues.py`` asserts too).

Messages are the string literals given to ``tr``, ``tr_n`` and ``N_`` anywhere in ``explorer``,
with their contexts (a literal, or a module-level constant holding one), the file readers'
``Msg`` templates (context "file"), and the words of the model's tables (``data_messages``).
Babel's and xgettext's extractors read contexts only from positional arguments
(``pgettext(context, message)``), not from the ``context=`` keyword ``tr`` takes, and neither
knows the registry's words; these eighty lines do both.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

from explorer.io.message import CONTEXT as MESSAGE_CONTEXT
from explorer.io.po_file import PoEntry, read_po, write_po
from explorer.present.text.data_messages import data_messages
from explorer.present.text.languages import CODES, DEFAULT
from explorer.present.text.numbers import HINT_CONTEXT

PACKAGE = Path(__file__).resolve().parents[2]
TRANSLATIONS = PACKAGE.parent / "resources" / "translations"
TEMPLATE = TRANSLATIONS / "explorer.pot"
_CALLS = {"tr": 1, "tr_n": 2, "N_": 1, "Msg": 1, "Hint": 1}  # name: leading source texts
# Messages kept as templates (explorer.io.message.Msg and the number box's Hint) are translated
# with their class's context.
_FIXED_CONTEXTS = {"Msg": MESSAGE_CONTEXT, "Hint": HINT_CONTEXT}
_PLURAL_FORMS = {
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);",
    "zh": "nplurals=1; plural=0;",
}


@dataclass
class Message:
    context: str
    msgid: str
    plural: str = ""
    where: list[str] = field(default_factory=list)


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` assignments (contexts are often named once a module)."""
    found = {}
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign) else None
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            found.update({t.id: value.value for t in node.targets if hasattr(t, "id")})
    return found


def _text(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _calls(path: Path) -> list[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = _constants(tree)
    where = path.relative_to(PACKAGE.parent).as_posix()
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = (
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        )
        count = _CALLS.get(name)
        if count is None or len(node.args) < count:
            continue
        texts = [_text(a, constants) for a in node.args[:count]]
        if any(not isinstance(a, ast.Constant) for a in node.args[:count]):
            continue  # a variable: its values are literals elsewhere or data_messages
        context_node = next((k.value for k in node.keywords if k.arg == "context"), None)
        if name == "N_" and len(node.args) > 1:
            context_node = node.args[1]
        context = "" if context_node is None else _text(context_node, constants)
        context = _FIXED_CONTEXTS.get(name, context)
        if context is None or None in texts:
            raise ValueError(f"{where}:{node.lineno}: a context that is not a literal or constant")
        plural = texts[1] if name == "tr_n" else ""
        found.append(Message(context, texts[0], plural, [f"{where}:{node.lineno}"]))
    return found


def extract() -> list[Message]:
    """Every message in the order first met (files by name), each with where it is."""
    messages: dict[tuple[str, str], Message] = {}
    found = [m for path in sorted(PACKAGE.rglob("*.py")) for m in _calls(path)]
    found += [Message(context, text, where=["(data)"]) for context, text in data_messages()]
    for message in found:
        kept = messages.setdefault((message.context, message.msgid), message)
        if kept is not message:
            kept.where += [w for w in message.where if w not in kept.where]
            kept.plural = kept.plural or message.plural
    return list(messages.values())


def _header(code: str) -> dict[str, str]:
    header = {
        "Project-Id-Version": "space-ai-explorer",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    if code:
        header["Language"] = code
        header["Plural-Forms"] = _PLURAL_FORMS[code]
    return header


def _entry(message: Message, old: PoEntry | None, forms: int) -> PoEntry:
    comments = [f"#: {' '.join(message.where[:4])}"]
    empty = [""] * (forms if message.plural else 1)
    if old is None or bool(old.plural) != bool(message.plural) or old.plural != message.plural:
        return PoEntry(message.msgid, message.context, message.plural, empty, set(), comments)
    return PoEntry(
        message.msgid, message.context, message.plural, old.translations, old.flags, comments
    )


def merged(code: str, messages: list[Message], old_text: str) -> str:
    """The ``.po`` text of ``code`` for ``messages``, keeping the translations in ``old_text``."""
    _, old_entries = read_po(old_text) if old_text else ({}, [])
    old = {e.key: e for e in old_entries}
    forms = int(_PLURAL_FORMS[code].split(";")[0].split("=")[1])
    entries = [_entry(m, old.get((m.context, m.msgid)), forms) for m in messages]
    return write_po(_header(code), entries)


def template(messages: list[Message]) -> str:
    return write_po(_header(""), [_entry(m, None, 2) for m in messages])


def problems(code: str, messages: list[Message], text: str) -> list[str]:
    """What makes the catalogue of ``code`` out of step or incomplete (empty when it is neither)."""
    _, entries = read_po(text)
    have = {e.key: e for e in entries}
    want = {(m.context, m.msgid) for m in messages}
    found = [f"{code}: not in the code any more: {k}" for k in have if k not in want]
    for key in sorted(want - set(have)):
        found.append(f"{code}: missing: {key}")
    for key, entry in have.items():
        if key in want and not entry.translated:
            found.append(f"{code}: untranslated or fuzzy: {key}")
    return found


def main(argv: list[str]) -> int:
    messages = extract()
    languages = [c for c in CODES if c != DEFAULT]
    if "--check" in argv:
        found = []
        for code in languages:
            found += problems(code, messages, (TRANSLATIONS / f"{code}.po").read_text("utf-8"))
        print("\n".join(found) or f"{len(messages)} messages, every catalogue complete")
        return 1 if found else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    TEMPLATE.write_text(template(messages), encoding="utf-8")
    for code in languages:
        path = TRANSLATIONS / f"{code}.po"
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        path.write_text(merged(code, messages, old), encoding="utf-8")
    print(f"{len(messages)} messages written to {TEMPLATE} and merged into {languages}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
