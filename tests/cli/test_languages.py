"""``--lang`` on every command: the table and the help in the reader's language, JSON and files
the same bytes in every language."""

from __future__ import annotations

import pytest

from explorer.cli import main
from explorer.io import dumps_preset, load_bundled, loads_preset
from explorer.present.text.languages import set_language
from explorer.present.text.translate import ENGLISH, current_language, use_language


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_evaluate_prints_a_russian_table(capsys):
    code, out, _ = run(capsys, "evaluate", "--lang", "ru")
    assert code == 0
    assert "$ за GPU-час" in out and "Год пересечения" in out
    assert "2,108" in out or "," in out.split("$ за GPU-час")[1].split("\n")[0]
    assert current_language() is ENGLISH  # the language is the command's, not the process's


def test_evaluate_prints_a_chinese_table(capsys):
    code, out, _ = run(capsys, "--lang", "zh", "evaluate")
    assert code == 0 and "美元/GPU 小时" in out and "交叉年份" in out


@pytest.mark.parametrize("extra", [(), ("--samples", "200", "--seed", "3")])
def test_json_is_the_same_bytes_in_every_language(capsys, extra):
    outputs = {
        run(capsys, "evaluate", "--json", "--lang", code, *extra)[1] for code in "en ru zh".split()
    }
    assert len(outputs) == 1


def test_help_and_usage_errors_are_translated(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "ru", "evaluate", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("использование: ") and "позиционные аргументы" in out
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--lang", "zh"])
    assert exit_info.value.code == 2
    assert "缺少必需的参数" in capsys.readouterr().err


def test_an_unknown_language_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate", "--lang", "fr"])
    assert exit_info.value.code == 2


def test_a_preset_saved_in_russian_opens_in_english_with_the_same_values():
    preset = load_bundled("seed-claims-2026")
    try:
        set_language("ru")
        text = dumps_preset(preset)
        assert "," not in text.split("params:")[1].replace(", ", "")  # no decimal commas
    finally:
        use_language(ENGLISH)
    again = loads_preset(text)
    assert dict(again.scenario) == dict(preset.scenario)
    assert dumps_preset(again) == text


def test_csv_numbers_are_the_same_in_every_language():
    import csv
    import io

    from explorer.present.figures import build_figures, dashboard_csv
    from explorer.present.figures.frame import frame_of

    scenario = load_bundled("baseline-2026").scenario
    english = dashboard_csv(build_figures(frame_of(scenario)))
    try:
        set_language("ru")
        russian = dashboard_csv(build_figures(frame_of(scenario)))
    finally:
        use_language(ENGLISH)
    rows = zip(csv.reader(io.StringIO(english)), csv.reader(io.StringIO(russian)), strict=True)
    for en_row, ru_row in rows:
        for en_cell, ru_cell in zip(en_row, ru_row, strict=True):
            try:
                float(en_cell)
            except ValueError:
                continue
            assert ru_cell == en_cell


def test_explain_talk_check_and_params_speak_russian(capsys):
    code, out, _ = run(capsys, "explain", "seed-claims-2026", "baseline-2026", "--lang", "ru")
    assert code == 0 and out.startswith("От A = ")
    assert "Стоимость: космос / Земля" in out and "Космос: солнце и тепло" in out
    code, out, _ = run(capsys, "talk", "--check", "--lang", "ru")
    assert code == 0 and out.splitlines()[0].startswith("сцена 1 (Сегодняшний рынок): в порядке")
    code, out, _ = run(capsys, "params", "--lang", "zh")
    assert "发射价格" in out and "0.2" in out  # numbers as --set takes them


def test_a_bad_preset_on_the_command_line_is_explained_in_chinese(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nparams:\n  capacity_gw: 5000\n", encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(bad), "--lang", "zh")
    assert code == 1
    assert out.strip().endswith("超出范围（允许：0.001 到 1000 GW 之间的数）")
    code, _, err = run(capsys, "evaluate", str(bad), "--lang", "ru")
    assert code == 1 and "вне допустимого диапазона (допустимо: число от 0,001 до 1000 ГВт)" in err
