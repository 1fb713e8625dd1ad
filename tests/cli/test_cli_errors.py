"""Every user error of the command line is one line and exit 1 (2 for usage) with what is allowed;
file names that are not UTF-8, escape sequences in presets and legacy terminals print safely; a
preset's name and description survive export and reopening."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.io import Preset, load_preset, save_preset
from explorer.model.scenario import Scenario


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of one command; usage errors exit through SystemExit."""
    try:
        code = main(list(argv))
    except SystemExit as exited:
        code = int(exited.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(capsys, *argv: str, code: int) -> str:
    got, out, err = run(capsys, *argv)
    assert got == code, err
    assert out == "" and "Traceback" not in err
    assert err.count("\n") == 1, err
    return err


EXPORT = ("export", "--chart", "breakdown", "--width", "640", "--out")


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("evaluate", "--samples", "100", "--seed", "-1"), "allowed: 0 to 2,147,483,647"),
        (("evaluate", "--samples", "1000000000"), "allowed: 1 to 100,000 draws"),
        (("evaluate", "--samples", "0"), "allowed: 1 to 100,000 draws"),
        (("evaluate", "--samples", "many"), "'many' is not a whole number"),
        (("export", "--chart", "year", "--out", "x.png", "--samples", "200000"), "100,000"),
        (("export", "--chart", "year", "--out", "x.png", "--width", "319"), "allowed 320 to"),
        (("export", "--chart", "year", "--out", "x.png", "--width", "99999"), "16,384 pixels"),
        (("evaluate", "--seed", "3"), "--seed without --samples"),
        (("evaluate", "--width", "0.5", "--lock", "pue"), "--width, --lock without --samples"),
        (("export", "--chart", "year", "--out", "x.png", "--seed", "4"), "--seed without"),
    ],
)
def test_usage_errors_are_one_line_with_what_is_allowed(capsys, argv, says) -> None:
    assert says in one_line_error(capsys, *argv, code=2)


def test_export_into_a_missing_folder(capsys, tmp_path: Path) -> None:
    out = tmp_path / "gone" / "x.png"
    err = one_line_error(capsys, *EXPORT, str(out), code=1)
    assert err == f"space-ai-explorer: cannot write {out}: the folder does not exist\n"


def test_export_onto_a_folder(capsys, tmp_path: Path) -> None:
    err = one_line_error(capsys, *EXPORT, str(tmp_path), code=1)
    assert "it is a folder, not a regular file" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_export_onto_a_fifo_leaves_it(capsys, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    assert "it is a named pipe (FIFO)" in one_line_error(capsys, *EXPORT, str(fifo), code=1)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_export_onto_dev_null_leaves_it(capsys) -> None:
    # /dev/null itself: refused before anything is written, so it is never replaced.
    assert "it is a character device" in one_line_error(capsys, *EXPORT, "/dev/null", code=1)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_export_onto_a_full_disk(capsys, tmp_path: Path, monkeypatch) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    out = tmp_path / "x.png"
    err = one_line_error(capsys, *EXPORT, str(out), code=1)
    assert err == f"space-ai-explorer: cannot write {out}: No space left on device\n"
    assert list(tmp_path.iterdir()) == []


def test_file_names_that_are_not_utf8_are_handled_as_bytes(capsys, tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    source = os.path.join(folder, b"caf\xe9.yaml")  # Latin-1, not UTF-8
    with open(source, "wb") as handle:
        handle.write(b"schema_version: 1\nname: Cafe\nparams: {pue: 1.3}\n")
    name = os.fsdecode(source)
    code, out, err = run(capsys, "validate", name)
    assert code == 0, err
    assert out == f"{tmp_path}/caf\\xe9.yaml: ok (Cafe)\n"
    target = os.fsdecode(os.path.join(folder, b"slide-\xff.png"))
    code, out, err = run(capsys, *EXPORT, target, name)
    assert code == 0, err
    assert out == f"wrote {tmp_path}/slide-\\xff.png\n"
    assert b"slide-\xff.png" in os.listdir(folder)
    assert load_preset(target).name == "Cafe"


def test_escape_sequences_never_reach_the_terminal(capsys, tmp_path: Path) -> None:
    crafted = tmp_path / "crafted.yaml"
    crafted.write_text('schema_version: 1\nname: "\\e[2K\\rok \\u202efdp.exe"\nparams: {}\n')
    code, out, _ = run(capsys, "validate", str(crafted))
    assert code == 1
    assert out == f"{crafted}:2: name: control character U+001B is not allowed in text\n"
    named = tmp_path / "evil\x1b[2K\rok.yaml"
    named.write_text("schema_version: 1\nname: fine\nparams: {}\n")
    code, out, _ = run(capsys, "validate", str(named))
    assert code == 0
    assert "\x1b" not in out and "\r" not in out
    assert out == f"{tmp_path}/evil\\x1b[2K\\x0dok.yaml: ok (fine)\n"


def test_a_legacy_charset_terminal_gets_replacements(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "koi8_r"}
    done = subprocess.run(
        [sys.executable, "-m", "explorer", "params"], capture_output=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr.decode("koi8_r", "replace")
    text = done.stdout.decode("koi8_r")
    assert "Launch price" in text and "[1 .. 1.6 ?]" in text  # KOI8-R has no "×"


def test_name_and_description_survive_export_and_reopening(capsys, tmp_path: Path) -> None:
    source = tmp_path / "analysis.yaml"
    preset = Preset(
        "My analysis", Scenario({"pue": 1.3}), "Two lines:\nwhy and how.", ("a source",)
    )
    save_preset(preset, source)
    out = tmp_path / "slide.png"
    code, _, err = run(capsys, *EXPORT, str(out), str(source))
    assert code == 0, err
    reopened = load_preset(out)
    assert (reopened.name, reopened.description, reopened.sources) == (
        "My analysis",
        "Two lines:\nwhy and how.",
        ("a source",),
    )
    assert reopened.scenario == preset.scenario
