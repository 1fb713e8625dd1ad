"""The README tells the truth: its parameter table is the registry's, its commands are CI's."""

from pathlib import Path

from explorer.io.params_text import params_markdown

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
