"""Every string the window shows goes through the one translation function: no module of
``explorer.ui`` hands a Qt text setter a literal made of words (issue 14 adds catalogues and
must find nothing to translate outside ``explorer.present``)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "explorer" / "ui"

# Qt calls, and the positions of their arguments that a user reads.
TEXT_CALLS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setWindowTitle": (0,),
    "setPlaceholderText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setFormat": (0,),
    "setTitle": (0,),
    "setLabel": (0,),
    "addMenu": (0,),
    "addAction": (0,),
    "addItem": (0,),
    "addTab": (1,),
    "addToolBar": (0,),
    "show_message": (0, 2),
    "notify": (0, 2),
    "about": (1, 2),
    "question": (1, 2),
    "warning": (1, 2),
    "information": (1, 2),
    "critical": (1, 2),
    "getOpenFileName": (1, 3),
    "getSaveFileName": (1, 3),
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QToolButton": (0,),
    "QAction": (0,),
    "QGroupBox": (0,),
    "TextItem": (0,),
    "InfLineLabel": (1,),
}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


# Expressions whose string literals end up in the text as they are (a literal given to a call or
# used as an index is a key: a function of explorer.present turns it into words).
_PASS_THROUGH = (ast.JoinedStr, ast.BinOp, ast.IfExp, ast.BoolOp, ast.List, ast.Tuple)


def _words(node: ast.AST) -> list[str]:
    """String literals with letters in them that reach the text untranslated (a glyph such as
    "i" or "✕" is not text)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if sum(c.isalpha() for c in node.value) > 1 else []
    if not isinstance(node, _PASS_THROUGH):
        return []
    found = []
    for child in ast.iter_child_nodes(node):
        found += _words(child)
    return found


def untranslated(source: str) -> list[tuple[int, str]]:
    problems = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node) not in TEXT_CALLS:
            continue
        positions = TEXT_CALLS[_name(node)]
        args = [a for i, a in enumerate(node.args) if i in positions]
        args += [k.value for k in node.keywords if k.arg in ("text", "title")]
        for arg in args:
            problems += [(node.lineno, text) for text in _words(arg)]
    return problems


def test_the_window_hands_qt_no_untranslated_words():
    problems = []
    for path in sorted(UI.rglob("*.py")):
        for line, text in untranslated(path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(UI.parent.parent)}:{line}: {text!r}")
    assert problems == []


def test_the_check_finds_a_literal():
    source = (
        'label = QLabel("Launch price")\n'
        'label.setToolTip(tr("ok"))\n'
        'bar.notify(f"Saved {x}", "info")\n'
        'menu.addMenu(menu_title("file"))\n'
    )
    assert untranslated(source) == [(1, "Launch price"), (3, "Saved ")]
