"""What is wrong with a preset or a talk file, in the reader's language: every message the file
readers give is a template the catalogues translate, its numbers written for the reader; the
exception's own text stays English."""

from __future__ import annotations

import pytest

from explorer.io import PresetError, loads_preset
from explorer.io.errors import Problem
from explorer.io.message import Msg
from explorer.present.talk import talk_from_text
from explorer.present.text.file_problems import error_lines, message_text
from explorer.present.text.languages import load_language
from explorer.present.text.translate import ENGLISH, use_language

BAD_PRESET = """\
schema_version: 1
name: "bad"
params:
  capacity_gw: 5000
  lanch_price_usd_per_kg: 5
  boundary: everything
  pue: yes
"""

BAD_TALK = """\
schema_version: 1
title: "bad"
scenes:
  - title: "one"
    chart: no_such_chart
    caption: "x"
    sliders: [capacity_gw, capacity_gw]
"""


def _problems(loader, text: str) -> PresetError:
    with pytest.raises(PresetError) as caught:
        loader(text)
    return caught.value


def _in(code: str, err: PresetError) -> list[str]:
    use_language(load_language(code))
    try:
        return error_lines(err)
    finally:
        use_language(ENGLISH)


def test_a_bad_preset_in_russian_and_chinese():
    err = _problems(loads_preset, BAD_PRESET)
    english = _in("en", err)
    assert english == err.lines()  # the exception's text is the English lines
    russian = "\n".join(_in("ru", err))
    assert "вне допустимого диапазона (допустимо: число от 0,001 до 1000 ГВт)" in russian
    assert "неизвестный параметр; может быть, 'launch_price_usd_per_kg'?" in russian
    assert "'everything' — не вариант из списка" in russian
    assert "слово «да/нет»" in russian
    chinese = "\n".join(_in("zh", err))
    assert "超出范围（允许：0.001 到 1000 GW 之间的数）" in chinese
    assert "未知的参数；您是不是要写 'launch_price_usd_per_kg'？" in chinese


def test_a_bad_talk_in_russian():
    err = _problems(talk_from_text, BAD_TALK)
    russian = "\n".join(_in("ru", err))
    assert "неизвестный график" in russian
    assert "'capacity_gw' указан дважды" in russian
    assert not any(line in russian for line in err.lines())


def test_numbers_in_a_message_are_written_for_the_reader():
    message = Msg(
        "file is {size} bytes; a preset may be at most {max_bytes} bytes",
        size=2**21,
        max_bytes=2**20,
    )
    assert str(message) == "file is 2,097,152 bytes; a preset may be at most 1,048,576 bytes"
    use_language(load_language("ru"))
    try:
        text = message_text(message)
    finally:
        use_language(ENGLISH)
    nbsp = "\u00a0"
    assert text == (
        f"файл занимает 2{nbsp}097{nbsp}152 байт; "
        f"пресет может быть не больше 1{nbsp}048{nbsp}576 байт"
    )


def test_more_problems_than_are_listed_are_counted_in_the_readers_words():
    err = PresetError([Problem("f.yaml", Msg("missing"), key=f"k{i}") for i in range(25)])
    assert _in("ru", err)[-1] == "… и ещё 5 ошибок"
    assert _in("en", err)[-1] == "… and 5 more problems" == err.lines()[-1]
