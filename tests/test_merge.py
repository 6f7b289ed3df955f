from __future__ import annotations

from generator.extract import extract_article
from generator.merge import merge, same_text
from generator.model import Story
from tests.conftest import make_article

A = ('Kazakhstan\'s President Aruzhan Bek travelled to Beijing in a white armoured train with '
     'blue stripes on Monday.\n\n"We want a fair price for uranium and fertiliser," said Timur '
     'Sadyk, an analyst at the Steppe Institute.')
B = ('Kazakh leader Aruzhan Bek arrived in Beijing by a grey train with red carriages.\n\n'
     '"We want a fair price for uranium and fertilizer," Timur Sadyk told AFP. Mei Lin, a '
     'professor at Fudan University, said: "Beijing needs the uranium more than it admits."')


def _briefing():
    articles = {a.id: a for a in [make_article(A, "a", "2024-05-06"),
                                  make_article(B, "b", "2024-05-07")]}
    facts = {i: extract_article(a) for i, a in articles.items()}
    return merge(Story(id="2024-05-06-test", article_ids=("a", "b")), articles, facts), articles


def test_same_quote_from_two_sources_is_one_item_with_both():
    briefing, _ = _briefing()
    sadyk = [q for q in briefing.expert_views if q.speaker == "timur-sadyk"]
    assert len(sadyk) == 1 and sadyk[0].sources == ["s1", "s2"]
    assert [v.source for v in sadyk[0].variants] == ["s2"]
    assert "fertilizer" in sadyk[0].text_in("s2")


def test_discrepancy_on_the_train_and_coverage_of_single_source_actors():
    briefing, _ = _briefing()
    assert [d.about for d in briefing.discrepancies] == ["train"]
    assert [c.source for c in briefing.discrepancies[0].claims] == ["s1", "s2"]
    only = {c.source: c.only_here for c in briefing.coverage}
    assert "mei-lin" in only["s2"]


def test_every_quote_and_evidence_is_verbatim_and_every_id_exists():
    briefing, articles = _briefing()
    texts = {s.id: articles[s.file.rsplit("/", 1)[-1][:-4]].text for s in briefing.sources}
    ids = {a.id for a in briefing.who} | {"unknown"}
    for item in briefing.expert_views + briefing.statements:
        assert item.speaker in ids
        assert all(item.text_in(s) in texts[s] for s in item.sources)
    for claim in briefing.offers + briefing.demands:
        assert claim.by in ids
        assert all(e.text in texts[e.source] for e in claim.evidence)


def test_same_text_ignores_spelling_and_quote_style():
    assert same_text("a fertiliser export country", "a fertilizer export country")
    assert same_text("knowledge and manufacturing", "knowledge, and manufacturing")
    assert not same_text("prices will rise", "prices will fall sharply this winter")


def test_where_and_when_discrepancies_and_no_false_ones():
    from generator.merge import discrepancies

    a = make_article("The two leaders met in Vladivostok on Tuesday, officials said.", "a")
    b = make_article("The two leaders met in Khabarovsk on Wednesday, officials said.", "b")
    c = make_article("The two leaders met in Russia on Tuesday, officials said.", "c")
    facts = {i: extract_article(x) for i, x in (("a", a), ("b", b), ("c", c))}
    found = {d.about: [x.text for x in d.claims]
             for d in discrepancies([("s1", facts["a"]), ("s2", facts["b"])])}
    assert set(found) == {"where (meet)", "when (meet)"}
    assert found["where (meet)"] == ["in Vladivostok", "in Khabarovsk"]
    assert discrepancies([("s1", facts["a"]), ("s2", facts["c"])]) == []
