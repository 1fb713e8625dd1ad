"""The README tells the truth: its parameter table is the registry's, its commands are CI's."""

from pathlib import Path

from explorer.io.params_text import params_markdown
from explorer.present.talk import talk_from_text
from explorer.present.talk.checks import check_scene
from explorer.present.talk.storyboard import talk_frames
from explorer.present.text.talk import key_rows

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_parameter_table_matches_the_registry():
    start = README.index("<!-- params:start -->\n") + len("<!-- params:start -->\n")
    end = README.index("<!-- params:end -->")
    assert README[start:end] == params_markdown(), (
        "README's parameter table is stale: paste `space-ai-explorer params --markdown` "
        "between the params markers"
    )


def test_ci_runs_the_readme_test_command():
    command = "bash packaging/bootstrap.sh --test && .venv/bin/python -m pytest"
    assert command in README
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_talk_example_is_a_talk_that_holds():
    start = README.index("## Talks")
    block = README[start:].split("```yaml\n", 1)[1].split("```", 1)[0]
    talk = talk_from_text(block, "README.md")
    assert [scene.chart for scene in talk.scenes] == ["launch_price", "launch_price"]
    assert talk.scenes[1].caption.in_language("ru").startswith("Дешёвый")
    frames = talk_frames(talk)
    assert all(c.holds for s, f in zip(talk.scenes, frames, strict=True) for c in check_scene(s, f))


def test_the_talk_keys_table_is_the_talk_views():
    start = README.index("<!-- talk-keys:start -->\n") + len("<!-- talk-keys:start -->\n")
    rows = README[start : README.index("<!-- talk-keys:end -->")].strip().splitlines()[2:]
    assert [tuple(cell.strip() for cell in row.strip("|").split("|")) for row in rows] == key_rows()
