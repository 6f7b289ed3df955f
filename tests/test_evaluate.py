from __future__ import annotations

import pytest
import yaml

from generator.evaluate import evaluate, format_report, phrase_matches, quote_matches
from tests.conftest import FIXTURES

GOLD = FIXTURES / "gold"


@pytest.fixture(scope="module")
def test_scores():
    return evaluate(GOLD / "test")


def test_gold_corpus_is_large_enough_and_split():
    dev = list((GOLD / "dev").glob("*.txt"))
    test = list((GOLD / "test").glob("*.txt"))
    assert len(dev) + len(test) >= 30 and len(test) >= 10
    assert not {p.name for p in dev} & {p.name for p in test}


def test_scores_stay_above_the_pinned_floors(test_scores):
    floors = yaml.safe_load((GOLD / "floors.yaml").read_text())
    report = format_report(test_scores, details=True)
    for field, floor in floors.items():
        assert test_scores.fields[field].f1 >= floor, f"{field} F1 fell below {floor}\n{report}"


def test_seed_quotes_all_have_the_right_speaker(tmp_path):
    for name in ("seed_000", "seed_002"):
        for suffix in (".txt", ".yaml"):
            (tmp_path / f"{name}{suffix}").write_bytes((GOLD / "dev" / f"{name}{suffix}")
                                                       .read_bytes())
    scores = evaluate(tmp_path)
    assert scores.fields["quote+speaker"].recall == 1.0, format_report(scores)
    assert scores.fields["quote+speaker"].precision == 1.0
    assert scores.stories.precision == scores.stories.recall == 1.0  # the seeds are one story


def test_matching_rules():
    assert quote_matches("It will be a full-fledged visit", "It will be a full-fledged visit,")
    assert quote_matches("the new Cold War structure will intensify",
                         "“the new Cold War structure will intensify”")
    assert not quote_matches("prices will rise", "the army withdrew")
    assert phrase_matches("artillery shells", "artillery shells that can be easily integrated")
    assert not phrase_matches("food", "artillery shells")


def test_eval_command_prints_scores_and_misses():
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(main, ["eval", "--gold", str(GOLD / "test")])
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split() == ["field", "P", "R", "F1", "gold", "found"]
    assert "quote+speaker" in result.output


def test_bcubed_on_gold_stories():
    scores = evaluate(GOLD / "stories")
    assert scores.stories.stories >= 8
    assert scores.stories.f1 >= 0.90, format_report(scores)


def test_bcubed_arithmetic():
    from generator.evaluate import bcubed

    perfect = bcubed({"a": "x", "b": "x", "c": "y"}, {"a": "1", "b": "1", "c": "2"})
    assert perfect.precision == perfect.recall == 1.0
    lumped = bcubed({"a": "x", "b": "x", "c": "y"}, {"a": "1", "b": "1", "c": "1"})
    assert lumped.recall == 1.0 and abs(lumped.precision - (2 / 3 * 2 + 1 / 3) / 3) < 1e-9


def _eval_one(tmp_path, annotation: str):
    """`eval` on one article (`Chile offered aid.`) with the given annotation."""
    from click.testing import CliRunner

    from generator.cli import main

    (tmp_path / "a.txt").write_text(" date 2025-01-01 Chile offered aid.\n")
    (tmp_path / "a.yaml").write_text(annotation)
    return CliRunner().invoke(main, ["eval", "--gold", str(tmp_path)])


def test_a_malformed_annotation_is_named_with_its_line(tmp_path):
    result = _eval_one(tmp_path, "quotes: []\nactors: []\noffers:\n"
                                 "  - {by: chile, what: 250,000 euros}\ndemands: []\n")
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "a.yaml:4: offers: `what` must be text" in result.output


def test_a_value_cut_by_an_unquoted_comma_is_named_not_scored(tmp_path):
    result = _eval_one(tmp_path, "quotes: []\nactors: []\noffers: []\ndemands:\n"
                                 "  - {by: chile, what: food, fertiliser and fuel}\n")
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "a.yaml:5: demands: unexpected field `fertiliser and fuel`" in result.output
