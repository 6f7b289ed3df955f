from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.errors import InputError
from generator.ingest import clean_text, load_articles, parse_article


def test_header_date_and_body_on_the_same_line():
    article = parse_article(b" date 2024-05-06 LIMA - The council met on Monday.\n", "x.txt")
    assert article.date == dt.date(2024, 5, 6)
    assert article.dateline == "LIMA"
    assert article.text == "The council met on Monday."


def test_template_noise_and_doubled_commas_are_removed():
    body = 'The envoy arrived. {{^adFree}} {{/adFree}}\n\n"We are ready," Ana Ruiz, , told AFP.'
    text = clean_text(body)
    assert "{{" not in text and "adFree" not in text
    assert "Ana Ruiz, told AFP." in text
    assert text.split("\n\n")[1].startswith('"We are ready,"')


def test_windows_line_endings_bom_and_invisible_characters():
    raw = "\ufeff date 2024-01-02 First line.\r\n\r\nSecond\u200b paragraph.\r\n".encode()
    article = parse_article(raw, "w.txt")
    assert article.text == "First line.\n\nSecond paragraph."


def test_hard_wrapped_lines_join_into_one_paragraph():
    assert clean_text("The talks were\nlong and hard.\nThey ended late.") == (
        "The talks were long and hard.\n\nThey ended late.")


def test_each_item_of_a_list_is_a_paragraph():
    assert clean_text("The demands include:\n- a 6% rise\n- one more day of leave") == (
        "The demands include:\n\n- a 6% rise\n\n- one more day of leave")


@pytest.mark.parametrize(
    ("raw", "line", "message"),
    [
        (b"", 1, "empty file"),
        (b"The minister spoke.\n", 1, "missing header"),
        (b" date 2023-02-30 Text.\n", 1, "impossible date"),
        (b" date 12/03/2023 Text.\n", 1, "malformed date"),
        (b" date 2023-03-12\n", 1, "no article text"),
        (b" date 2023-03-12 ok\nline two\n\xff\xfe bad\n", 3, "not valid UTF-8"),
        (b" date 2023-03-12 a\x00b\n", 1, "binary data"),
    ],
)
def test_bad_input_names_file_and_line(raw, line, message):
    with pytest.raises(InputError) as info:
        parse_article(raw, "seeds/bad.txt")
    problem = info.value.problems[0]
    assert (problem.file, problem.line) == ("seeds/bad.txt", line)
    assert message in problem.message
    assert info.value.format_message().startswith(f"seeds/bad.txt:{line}: ")


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2024-01-01 Fine text here.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("no header", encoding="utf-8")
    (tmp_path / "c.txt").write_text(" date 2024-01-01 Fine text here.", encoding="utf-8")
    articles, problems = load_articles(tmp_path)
    assert [a.id for a in articles] == ["a"]
    assert [p.file.rsplit("/", 1)[-1] for p in problems] == ["b.txt", "c.txt"]
    assert "same content" in problems[1].message
    with pytest.raises(InputError):
        load_articles(tmp_path, fail_fast=True)


@given(st.text())
def test_cleaning_is_idempotent_and_removes_template_tags(body):
    once = clean_text(body)
    assert clean_text(once) == once
    assert "{{" not in clean_text(body + " {{x}} ")
    assert "\r" not in once and "\u200b" not in once


def test_a_dateline_naming_two_cities(tmp_path):
    from generator.ingest import split_dateline
    place, _agency, body = split_dateline("ASHGABAT/BEIJING - Turkmenistan has offered gas.")
    assert place == "ASHGABAT/BEIJING" and body.startswith("Turkmenistan")
