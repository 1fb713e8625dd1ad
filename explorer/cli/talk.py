"""``talk``: present a talk on the talk view, check its captions, or export it as slides and a
handout.

    space-ai-explorer talk [TALK]                            the talk view (needs a display)
    space-ai-explorer talk TALK --check                      every caption against the model
    space-ai-explorer talk TALK --export-pdf FILE.pdf        a handout, one page per scene
    space-ai-explorer talk TALK --export-png DIR --width N   one slide per scene

TALK is a talk file or a bundled talk's name. The talk is read (and every problem reported)
before Qt is imported; only the talk view and the exports import it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from explorer.cli.common import USAGE_ERROR, CliError
from explorer.cli.export import MAX_WIDTH
from explorer.cli.language import add_language_arg
from explorer.cli.window import open_window
from explorer.io import PresetError
from explorer.io.regular_file import check_write_target
from explorer.io.talk import DEFAULT_TALK, Talk
from explorer.present.text.file_problems import error_lines
from explorer.present.text.languages import current_code
from explorer.present.text.numbers import fixed
from explorer.present.text.translate import tr, tr_n

MIN_WIDTH = 320


def _load(name: str) -> Talk:
    from explorer.present.talk import open_talk

    try:
        return open_talk(name)
    except PresetError as err:
        raise CliError(error_lines(err)) from None


def _check(talk: Talk) -> int:
    """One line per scene: "ok", or each check of its caption that fails."""
    from explorer.present.talk.checks import check_scene
    from explorer.present.talk.storyboard import talk_frames
    from explorer.present.text import talk as words

    failed = False
    for number, (scene, frame) in enumerate(
        zip(talk.scenes, talk_frames(talk), strict=True), start=1
    ):
        checks = check_scene(scene, frame)
        bad = [c for c in checks if not c.holds]
        failed = failed or bool(bad)
        title = scene.title.in_language(current_code())
        if bad:
            line = tr_n(
                "scene {number} ({title}): FAILS ({n} check)",
                "scene {number} ({title}): FAILS ({n} checks)",
                len(checks),
                context="cli talk",
                number=number,
                title=title,
            )
        else:
            line = tr_n(
                "scene {number} ({title}): ok ({n} check)",
                "scene {number} ({title}): ok ({n} checks)",
                len(checks),
                context="cli talk",
                number=number,
                title=title,
            )
        print(line)
        for c in bad:
            print(f"  {words.failed_check(c.expectation, c.value, c.bound)}")
    return 1 if failed else 0


def _export(args: argparse.Namespace, talk: Talk) -> int:
    try:
        from explorer.ui.talk_export import export_talk_pdf, export_talk_pngs
    except ImportError as err:
        raise CliError(
            [tr("export is not available: {error}", context="cli talk", error=err)]
        ) from None
    if args.export_pdf:
        out = Path(args.export_pdf)
        try:
            check_write_target(out)
            export_talk_pdf(talk, out, theme=args.theme)
        except OSError as err:
            reason = err.strerror or err
            raise CliError(
                [tr("cannot write {path}: {reason}", context="cli", path=out, reason=reason)]
            ) from None
        print(tr("wrote {path}", context="cli", path=out))
    if args.export_png:
        folder = Path(args.export_png)
        if folder.exists() and not folder.is_dir():
            raise CliError(
                [tr("--export-png {folder}: not a folder", context="cli talk", folder=folder)]
            )
        try:
            written = export_talk_pngs(talk, folder, args.width, theme=args.theme)
        except OSError as err:
            reason = err.strerror or err
            raise CliError(
                [
                    tr(
                        "cannot write into {folder}: {reason}",
                        context="cli talk",
                        folder=folder,
                        reason=reason,
                    )
                ]
            ) from None
        for path in written:
            print(tr("wrote {path}", context="cli", path=path))
    return 0


def cmd_talk(args: argparse.Namespace) -> int:
    if not MIN_WIDTH <= args.width <= MAX_WIDTH:
        message = tr(
            "--width {width}: allowed {least} to {most} pixels",
            context="cli",
            width=args.width,
            least=MIN_WIDTH,
            most=fixed(MAX_WIDTH),
        )
        raise CliError([message], USAGE_ERROR)
    exporting = bool(args.export_pdf or args.export_png)
    if args.width != 1920 and not args.export_png:
        raise CliError(
            [tr("--width without --export-png: only slides have a width", context="cli talk")],
            USAGE_ERROR,
        )
    if args.check and exporting:
        raise CliError(
            [tr("--check and the exports are separate runs", context="cli talk")], USAGE_ERROR
        )
    talk = _load(args.talk)
    if args.check:
        return _check(talk)
    if exporting:
        return _export(args, talk)
    return open_window(current_code(), talk)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "talk",
        help=tr(
            "present a talk (scene by scene, one big chart); or check it, or export it",
            context="cli talk",
        ),
    )
    p.add_argument(
        "talk",
        nargs="?",
        default=DEFAULT_TALK,
        metavar="TALK",
        help=tr(
            "a talk file (.yaml) or a bundled talk's name; default {talk}",
            context="cli talk",
            talk=DEFAULT_TALK,
        ),
    )
    p.add_argument(
        "--check",
        action="store_true",
        help=tr("check every caption against the model and exit", context="cli talk"),
    )
    p.add_argument(
        "--export-pdf",
        metavar="FILE.pdf",
        help=tr("write a handout, one page a scene", context="cli talk"),
    )
    p.add_argument(
        "--export-png",
        metavar="DIR",
        help=tr("write one slide a scene into DIR", context="cli talk"),
    )
    p.add_argument(
        "--width",
        type=int,
        default=1920,
        help=tr(
            "slide width in pixels (1920 or 3840 for a projector; {least} to {most})",
            context="cli talk",
            least=MIN_WIDTH,
            most=fixed(MAX_WIDTH),
        ),
    )
    p.add_argument(
        "--theme", choices=("light", "dark"), default="light", help=tr("colours", context="cli")
    )
    add_language_arg(p)
    p.set_defaults(run=cmd_talk)
