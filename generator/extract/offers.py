"""Offers and demands: verb frames from the lexicon, plus explainer question headers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract.entities import (
    KIND_NAMES,
    LABOUR_BODIES,
    SPOKESPEOPLE,
    EntityTable,
    asked_about_only,
    definite,
    described_as,
    first_acting_country,
    is_headline,
    is_role_word,
    joined,
    unnamed_actor,
    unnamed_government,
)
from generator.extract.parse import ParsedArticle
from generator.extract.segment import NOT_SPEAKERS
from generator.lexicon import Lexicon, load_lexicon, stop_words
from generator.model import UNKNOWN, Claim, Entity

_MAX_WHAT_WORDS = 14


@dataclass(frozen=True)
class Header:
    """`What can A offer B?` → mode offer, by A, counterpart B."""

    mode: str | None  # "offer" | "demand"; None for a header that asks neither
    by: str | None
    counterpart: str | None
    start: int
    end: int


_BASED_IN = re.compile(r"-(?:based|headquartered)\b")


def _entity_for(token, parsed: ParsedArticle, table: EntityTable, offset: int,
                quoted: bool = False) -> str | None:
    """The actor a subject/object token stands for (its subtree's first actor mention); inside
    a quotation only when `quoted` (the counterpart of the speaker's own claim)."""
    if definite(token) and ((token.ent_type_ == "NORP" and any(
            c.dep_ == "appos" and c.like_num for c in token.children)) or _a_national(token)):
        return None  # `The Italian, 36, also wants …`, `the New Zealander wants …`: a person
        # of that country, not it
    subtree = list(token.subtree)
    start = offset + subtree[0].idx
    end = offset + subtree[-1].idx + len(subtree[-1].text)
    head_start = offset + token.idx
    mentions = [m for m in table.in_range(start, end) if (quoted or not parsed.in_quote(
        m.start)) and not _BASED_IN.match(parsed.text, m.end)]  # not the `Paris-based company`
    if not mentions and token.lemma_.lower() in load_lexicon().body_nouns and (named := next(
            (m for m in table.in_range(end, end + 60) if m.start == end + 1
             and m.kind == "organization"), None)) is not None:
        return named.entity_id  # `Music streaming app Tunely has offered …`, the name read as
        # an adverb
    if not mentions:
        # `Al-Qadsiah are prepared …`, the name split into two subjects: the mention that
        # starts at the token and runs past its subtree; `the Cincinnati Bengals bonds`: the
        # mention (from `the`) that covers the token, as `Coalition for Cloud Fairness` covers
        # the `Fairness` a clause hangs on
        return next((m.entity_id for m in table.in_range(start - 60, end + 40)
                     if m.start <= head_start < m.end
                     and (quoted or not parsed.in_quote(m.start))), None)
    covering = [m for m in mentions if m.start <= head_start < m.end]
    if covering:
        return covering[0].entity_id
    lex, lemma = load_lexicon(), token.lemma_.lower()
    where = prep_object(token, ("at",)) if token.tag_ == "NNS" and not (
        lemma in lex.party_nouns or lemma in lex.role_nouns) else None  # (`Junior doctors at
    # St Anne's`: a party; `Analysts at Halvorsen Bank expect …`: their view)
    if where is not None and (at := [m for m in mentions if m.kind == "organization"
                                     and m.start <= offset + where.idx < m.end]):
        return at[0].entity_id  # `the Japanese driver's backers at Honda want …`: Honda
    for child in token.children:  # `Norway's energy group Nordvik`: the group is Nordvik
        if child.dep_ == "appos":
            named = [m for m in mentions if m.start <= offset + child.idx < m.end]
            if named:
                return named[0].entity_id
    owned = token.lemma_.lower() in _ENTOURAGE and any(c.dep_ == "poss" for c in token.children)
    for child in [] if owned else subtree:  # `A bloc of 130 nations, known as the G77,`: its
        # name (not `Dubois's team, led by promoter Frank Warren,`: Dubois's people)
        name = next((g for c in child.children if c.dep_ in ("prep", "agent")
                     for g in c.children if g.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.lemma_.lower() in _NAMING and name is not None and (
                named := [m for m in mentions if m.start <= offset + name.idx < m.end]):
            return named[0].entity_id  # (`led by the pension fund for Wilko staff`: nobody)
    named = _named_members(token)
    if named and token.tag_ == "NNS" and \
            not _names_people(token, named, mentions, offset, lex) and \
            (first := [m for m in mentions if m.start <= offset + named[0].idx < m.end]):
        return first[0].entity_id  # `Publishers including News Corp and Gannett have urged`
    # (not `2,000 musicians, including Annie Lennox and Thom Yorke,`: the musicians)
    voiced = prep_object(token, ("for",)) if token.lemma_.lower() in SPOKESPEOPLE else None
    if voiced is not None and (named := [
            m for m in mentions if m.start <= offset + voiced.idx < m.end or (
                offset + voiced.left_edge.idx <= m.start and m.kind == "organization"
                and m.end <= offset + voiced.idx + len(voiced.text))]):
        return named[0].entity_id  # `A spokesperson for Universities UK urged …`: the body
        # (`for the Chagossian Voices group`: the group's name)
    clauses = [(offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge.text))
               for c in token.children if c.dep_ in ("relcl", "acl") or (
                   c.dep_ == "prep" and _people_noun(token))]  # not `Prosecutors in the
    # trial of Markus Braun asked …`: people where, or about whom, are not those people
    mentions = [m for m in mentions if not any(s <= m.start < e for s, e in clauses)]
    if not mentions:
        return None  # `Unite, which represents Castlemere workers`: not Castlemere
    if token.pos_ == "PROPN":  # `the Democratic Republic of Congo`, `the Bank of Korea`
        return mentions[0].entity_id
    if lemma in lex.role_nouns and (people := [m for m in mentions if m.kind == "person"]):
        return people[0].entity_id  # `The mayor of Barcelona, Jaume Collboni, has offered`
    if (_body_noun(lemma, lex) or _trade_major(token) or (
            lemma == "side" and _agrees_in_plural(token))) and \
            _national(token) and token.tag_ == "NN" and all(
                m.kind == "country" and m.start < head_start for m in mentions):
        return None  # `the German club`, `Saudi league`: a body of that country, not it; `the
        # Italian side want cash`, a team (where `The Japanese side has moved` is Japan)
    if lemma in lex.role_nouns and definite(token) and all(
            m.kind == "country" and m.start < head_start for m in mentions) and (
            holder := table.role_holder(lemma, head_start) or table.only_person_before(
                head_start, parsed.in_quote)):
        return holder  # `the Egyptian forward wants …`: the person, whose country he is from
    if _people_of_a_country(token, mentions, offset):
        return None  # `Bolivian truckers' associations`: those people's, not Bolivia's
    if (lemma in lex.party_nouns or lemma in lex.recipient_nouns) and any(
            c.dep_ in ("poss", "amod") or (c.dep_ == "compound" and c.pos_ == "PROPN"
                                           and lemma not in lex.body_nouns)
            for c in token.children) and not (
            lemma in _PLURAL_ONLY and token.tag_ != "NNS") and not (
            lemma in lex.body_nouns and _name_in_its_members_word(token)):
        return None  # `Ghana's creditors`, `Norwegian households`, `Thames Water creditors`
        # are not the country or the company (but
        # `Restrepo's cooperative` is hers)
    if lemma in _KIN and any(c.dep_ == "poss" for c in token.children):
        return None  # `the chef's estranged wife is demanding …`: not the chef
    if lemma in _ENTOURAGE and any(c.dep_ == "poss" and c.lemma_.lower() in lex.role_nouns
                                   for c in token.children) and mentions and all(
            m.kind == "country" for m in mentions):
        return None  # `the Nigeria striker's representatives`: the striker's, not Nigeria's
    if lemma in lex.body_nouns and lemma not in _OWN_VOICE and any(
            c.dep_ == "poss" for c in token.children) and (
            reporter := _named_reporter_body(token, parsed, table, offset)) is not None:
        return reporter  # `South Korea's antitrust regulator has ordered …, the Korea Fair
        # Trade Commission said`: the regulator
    # "the North Korean economy" → North Korea; "the country" style words stay unresolved
    return mentions[0].entity_id if mentions[0].start < head_start else None


def _agrees_in_plural(noun) -> bool:
    """A singular noun taking a plural verb (`the Italian side want …`, `are refusing`): a
    team or club, as British usage writes them."""
    verb = noun.head
    return noun.dep_ == "nsubj" and (verb.tag_ == "VBP" or any(
        c.dep_ == "aux" and c.lower_ in ("are", "have", "were") for c in verb.children))


def _name_in_its_members_word(body) -> bool:
    """`The SPAC pilots' union`: a body whose members' word carries its name (SPAC)."""
    return any(c.dep_ == "poss" and c.tag_ == "NNS" and any(
        t.pos_ == "PROPN" and t.ent_type_ == "ORG" for t in c.subtree) for c in body.children)


def _people_of_a_country(token, mentions, offset: int) -> bool:
    """`Bolivian truckers' associations`, `Bolivian truckers`: the subject's country names
    only a nationality of the people it is made of (`Chinese officials` still speak for it)."""
    first = mentions[0]
    if first.kind != "country":
        return False
    qualifier = next((t for t in token.subtree if offset + t.idx == first.start), None)
    people = qualifier.head if qualifier is not None else None
    return people is not None and qualifier.dep_ in ("amod", "compound") and \
        people.pos_ == "NOUN" and _people_noun(people) and \
        people.lemma_.lower() not in load_lexicon().role_nouns and (  # (`Chinese officials`)
            people.i == token.i or people.dep_ == "poss")


def _names_people(group, members, mentions, offset: int, lex: Lexicon) -> bool:
    """`musicians`, `authors including Hilary Venn and Tom Akers`: a plural noun for people,
    not for bodies (`publishers`) nor for what either is to another (`rivals`)."""
    lemma = group.lemma_.lower()
    return not _body_noun(lemma, lex) and lemma not in _RELATIONS and (
        is_role_word(lemma, lex) or all(m.kind == "person" for t in members for m in mentions
                                        if m.start <= offset + t.idx < m.end))


# What one party is to another, whether person or body (`Rivals including Intel`)
_RELATIONS = frozenset("rival competitor partner member ally neighbour neighbor peer creditor "
                       "investor shareholder customer client".split())


def _first_member(group, parsed: ParsedArticle, table: EntityTable, offset: int) -> str | None:
    """`The GMB and Unite unions want …`: the first body named (the others follow)."""
    members = _named_members(group) if group.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("nmod", "compound") for c in group.children) else []
    return _entity_for(members[0], parsed, table, offset) if members else None


def _named_members(group) -> list:
    """`Publishers including News Corp and Gannett`, `airlines such as Ryanair`: the members a
    plural noun names, in order (none when it names none)."""
    member = next((g for c in group.children if c.dep_ == "prep" and c.lower_ in (
        "including", "like") for g in c.children if g.dep_ == "pobj"), None) or next(
        (g for c in group.children if c.dep_ == "prep" and c.lower_ == "as" and any(
            s.lower_ == "such" for s in c.children) for g in c.children if g.dep_ == "pobj"),
        None)
    if member is None and group.tag_ == "NNS":  # `The GMB and Unite unions`
        member = next((c for c in group.children if c.dep_ in ("nmod", "compound")
                       and c.pos_ == "PROPN" and c.i < group.i and _conjoined(c)), None)
    return [member, *_conjoined(member)] if member is not None else []


def _people_noun(token) -> bool:
    """`prosecutors`, `residents`, `analysts`: a plural common noun for people."""
    lex, lemma = load_lexicon(), token.lemma_.lower()
    return token.tag_ == "NNS" and token.pos_ == "NOUN" and (
        lemma in lex.party_nouns or lemma in lex.recipient_nouns or lemma in lex.role_nouns
        or lemma.endswith(_AGENT_ENDINGS))


_NAMING = frozenset({"know", "call", "name", "dub", "lead"})  # (`a group … led by Elliott`)


def _named_reporter_body(subject, parsed: ParsedArticle, table: EntityTable,
                         offset: int) -> str | None:
    """The organisation that reports what `subject` did, when the text names one."""
    body = _entity_of(_reporter(subject), parsed, table, offset)
    return body.id if body is not None and body.kind == "organization" else None


def _body_named_before(token, parsed: ParsedArticle, table: EntityTable, offset: int,
                       lex: Lexicon) -> str | None:
    """`The coalition wants …`, `the company offered …`: an organisation named earlier whose
    name has that noun, else any named earlier; `Union leaders want …`, `Club chiefs have
    asked …`: the union's, the club's."""
    noun = token.lower_
    led = next((c for c in token.children if c.dep_ == "compound" and (
        c.lower_ in LABOUR_BODIES or c.lower_ in lex.body_nouns)), None) \
        if token.lemma_.lower() in _SPEAKING_FOR else None  # (`Club chiefs have asked …`)
    if led is not None:
        token, noun = led, led.lower_
    elif noun == "body" and any(c.dep_ == "poss" and c.tag_ == "NNS" for c in token.children):
        noun = "association"  # `the players' body`: their association
    elif not definite(token):
        return None
    position = offset + token.idx
    if not (_body_noun(noun, lex) or _trade_major(token)):
        # `the survey` after the British Antarctic Survey, `the university` after the
        # University of Leeds: the body whose name has that head noun
        described = {c.lower_ for c in token.children if c.dep_ == "compound"
                     and c.pos_ == "NOUN"}  # (`the appeals service` after Parking on Private
        # Land Appeals)
        return next((m.entity_id for m in reversed(table.before(position))
                     if m.kind == "organization" and not parsed.in_quote(m.start)
                     and (_KINDS_OF.get(noun, {noun}) & set(_head_nouns(
                         table.entities[m.entity_id].name, lex)) or described & set(
                         table.entities[m.entity_id].name.lower().split()))), None)
    others = _named_in_its_clause(token, parsed, table, offset)
    earlier = [m for m in table.before(position)
               if m.kind == "organization" and not parsed.in_quote(m.start)
               and m.entity_id not in others]
    compounds = {c.lower_ for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                 and not c.lower_.endswith("ing")}  # (not `governing` in `the governing body`)
    kinds = compounds or _SAME_KIND.get(noun, {noun})  # `the port authority`: the Port of
    # Antwerp; `the bid committee` is not the International Olympic Committee
    # `the association of hospital employers`: the Ontario Hospital Association, not the
    # nurses' association named since
    members = prep_object(token, ("of",))
    said = {w for t in (members.subtree if members is not None else ())
            if t.is_alpha and not t.is_stop for w in (t.lower_, t.lemma_.lower())} - _MEMBERS_WORDS
    level = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")
             and c.lower_ in lex.government_levels}  # `the parish council` is no county council
    earlier = [m for m in earlier if level <= set(table.entities[m.entity_id].name.lower().split())]
    closer = [m for m in earlier if said & set(table.entities[m.entity_id].name.lower().split())]
    named = closer or [
        m for m in earlier if kinds & set(table.entities[m.entity_id].name.lower().split())
        or (noun in LABOUR_BODIES and _members_named(table.entities[m.entity_id].name, lex))]
    # `the company` is not the Farmers Coalition: names that say what else they are drop out;
    # `the council` or `the court` is only a body whose name says so
    before = parsed.text[:position]
    descriptions = {e: described_as(table.entities[e].name, before)
                    for e in {m.entity_id for m in earlier}}  # (once per body, not per mention)
    described = [m for m in earlier if kinds & descriptions[m.entity_id]]
    candidates = named or described or ([] if noun in lex.named_body_nouns or noun in
                                        LABOUR_BODIES or _introduced_in(before, noun) else [
        m for m in earlier if not set(table.entities[m.entity_id].name.lower().split())
        & lex.body_nouns and not _a_union(table.entities[m.entity_id].name, before, lex)
        and not _described_otherwise(descriptions[m.entity_id], noun, lex)])
    # (`the state-owned operator` is not the GDL drivers' union; `the regulator` is not
    # `carmaker Voltra`)
    if not candidates or (_national(token) and len({m.entity_id for m in candidates}) > 1):
        return None  # (`the German club`, after Liverpool and Leverkusen: which, unsaid)
    # the organisation the article is about: the most mentioned; of equals, one named as a
    # clause's subject (`Persimmon Homes made the offer`, not `a GP surgery`), the first named
    first, acting = {}, set()
    for index, mention in enumerate(candidates):
        first.setdefault(mention.entity_id, index)
        if any(t.dep_ in ("nsubj", "nsubjpass") for _p, t in parsed.tokens(mention.start,
                                                                            mention.end)):
            acting.add(mention.entity_id)
    return max(first, key=lambda e: (table.entities[e].mentions, e in acting, -first[e]))


_AUTHORITIES = frozenset("regulator watchdog authority agency court commission ministry".split())


def _described_otherwise(description: set[str], noun: str, lex: Lexicon) -> bool:
    """Whether `the regulator` (or another authority) cannot be a body the text described by
    a trade's noun (`carmaker Voltra`)."""
    if noun not in _AUTHORITIES:
        return False
    kinds = {w for w in description if _body_noun(w, lex)}
    return bool(kinds) and not kinds & _AUTHORITIES


def _introduced_in(text: str, noun: str) -> bool:
    """Whether the text introduced an unnamed body of that kind (`a coalition of European
    software firms … The coalition`): then `the coalition` is that one, not any body."""
    return bool(re.search(rf"\b(?:a|an) (?:[\w'’-]+ ){{0,2}}{re.escape(noun)} of\b", text,
                          re.I))


def _named_in_its_clause(subject, parsed: ParsedArticle, table: EntityTable,
                         offset: int) -> set[str]:
    """Who the subject's verb names besides it (`The company wants Microsoft to show …`): not
    who `the company` is."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return set()
    named = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")] + [
        g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
        if g.dep_ == "nsubj"]  # (`wants Microsoft to show …`, however it is parsed)
    return {m.entity_id for c in named for m in table.in_range(
        offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge.text))}


def _body_noun(noun: str, lex: Lexicon) -> bool:
    """`company`, `airline`; and any `…maker` (`the US chipmaker`, `the Danish drugmaker`);
    `body` (`the governing body`)."""
    return noun in lex.body_nouns or (noun.endswith("maker") and noun.isalpha()) or \
        noun == "body"


def _trade_major(token) -> bool:
    """`the US oil major`, `the drinks major`: a company, not an officer."""
    return token.lemma_.lower() == "major" and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.children)


def _national(token) -> bool:
    """`the German club`, `Saudi league`, `the US private equity firm`: a noun its country's
    adjective or name qualifies."""
    return any((c.dep_ == "amod" and c.ent_type_ == "NORP") or (
        c.dep_ in ("compound", "nmod") and c.ent_type_ == "GPE") for c in token.children)


def _head_noun(name: str) -> str:
    """`British Antarctic Survey` → survey, `University of Leeds` → university."""
    words = name.lower().split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _head_nouns(name: str, lex: Lexicon) -> tuple[str, ...]:
    """The head noun, and the word before a head that names a public body (`the parish` of
    `Ashby Parva Parish Council`), unless that word names a place (`the city` is the place and
    its people as much as `Minneapolis City Council`)."""
    head, words = _head_noun(name), name.lower().split()
    if head in lex.named_body_nouns and words.index(head) > 0 and \
            words[words.index(head) - 1] not in _PLACES_GOVERNED:
        return head, words[words.index(head) - 1]
    return (head,)


# `the school` is the Fernhill Academy named before, as much as a school named so
_KINDS_OF = {"school": {"school", "academy", "college", "primary"}}


_PLACES_GOVERNED = frozenset("city town county borough district state village".split())


# What a party says it cannot act without (`without more money from Holyrood`)
_SUPPORT = frozenset("money funding support help aid cash investment funds subsidy subsidies "
                     "guarantee guarantees".split())
# Words for who a body's members are, which say nothing of which body it is
_MEMBERS_WORDS = frozenset({"employer", "employers", "worker", "workers", "member", "members"})
# People who speak for the body they are named with (`Union leaders`, `union officials`)
_SPEAKING_FOR = frozenset({"leader", "official", "negotiator", "boss", "chief", "executive"}) | \
    SPOKESPEOPLE  # (`A council spokesperson said it was willing …`: the council's)
# Body nouns that name the same kind of body: `the union` of the Nursing Federation.
# `the authority` in local news is the council named before (`Westshire County Council …
# said the authority would offer`)
_SAME_KIND = {noun: LABOUR_BODIES for noun in LABOUR_BODIES} | {
    "authority": frozenset({"authority", "council"}),
    "lender": frozenset({"lender", "bank"}),  # `Northway Bank … The lender said`
    "broadcaster": frozenset({"broadcaster", "channel", "tv", "television", "radio"}),
    "channel": frozenset({"channel", "tv", "television"}),  # `Channel 5 … the channel`
    # `the governing body`, `the body`: an association, federation or board named before
    "body": frozenset("association federation union board council league authority commission "
                      "committee organisation organization".split()),
    # `The group wants …` after `the European Publishers Council`: a body that speaks for its
    # members before a company named more often
    "group": frozenset("group association federation confederation council coalition alliance "
                       "society network forum lobby chamber campaign".split()),
    # `the bloc` after the European Union, not a place or attack tagged a body since
    "bloc": frozenset("union community alliance organisation organization association "
                      "council cooperation".split())} | KIND_NAMES


def _a_union(name: str, text: str, lex: Lexicon) -> bool:
    """A trade union by the lexicon or by an apposition (`Aslef, the drivers' union`; not `Air
    Canada and the union`, nor `the WNBA players' union`, which is the league's players')."""
    escaped, kinds = re.escape(name), "|".join(sorted(LABOUR_BODIES))
    return name in lex.unions or bool(re.search(
        rf"\b{escaped}, (?:the|an?) (?:[\w'’-]+ ){{0,3}}(?:{kinds})\b", text))


def _members_named(name: str, lex: Lexicon) -> bool:
    """`United Auto Workers`: a name ending in its members' word (`Workers`, `Teachers`), or a
    union's name the lexicon knows (`Unite`), is the body `the union` stands for."""
    last = name.split()[-1].lower()
    return name in lex.unions or last.endswith("s") and (
        last[:-1] in lex.party_nouns or last[:-1] in lex.recipient_nouns)


def _voice_of(entity_id: str, table: EntityTable) -> str:
    """A spokesperson's demands and offers are those of the country or body they speak for."""
    entity = table.entities.get(entity_id)
    if entity is not None and entity.kind == "person" and entity.role and \
            entity.affiliation in table.entities and re.search(
                r"\bspokes(?:man|woman|person)\b", entity.role, re.I):
        return entity.affiliation
    return entity_id


def _quoted_words_reported(verb, what, parsed: ParsedArticle, offset: int) -> bool:
    """`expected Tehran to "respect the sovereignty of its neighbours"`: the writer reports
    the demand and quotes its words; the quotation starts after the verb."""
    return not parsed.in_quote(offset + verb.idx) and what.i > verb.i


_STATE_NOUNS = frozenset({"country", "kingdom", "republic", "nation", "emirate", "government",
                          "island", "territory"})


def _state_named_before(token, parsed: ParsedArticle, table: EntityTable, offset: int,
                        lex: Lexicon):
    """`the kingdom expected …`, `his country would provide …`, `the government has promised
    …`: the country named most recently, in this paragraph or the one before; failing that,
    the article's only country."""
    if token.lower_ not in _STATE_NOUNS or not (token.dep_ == "compound" or any(
            c.lower_ in ("the", "his", "her", "its", "their") for c in token.children)):
        return None  # `the kingdom`, `his country`, `a government offer`
    if any(c.dep_ in ("amod", "compound") for c in token.children):
        return None  # `the provincial government`, `the Labour government`: not the state
    position = offset + token.idx
    floor = parsed.previous_paragraph_start(position)
    named = [m for m in table.before(position) if m.kind == "country"
             and not parsed.in_quote(m.start)]
    near = [m for m in named if m.start >= floor]
    if near:
        return near[-1].entity_id
    countries = {m.entity_id for m in table.mentions if m.kind == "country"
                 and not _a_bodys_nationality(m, parsed, lex)}
    return countries.pop() if len(countries) == 1 and countries & {
        m.entity_id for m in named} else None


def _a_bodys_nationality(mention, parsed: ParsedArticle, lex: Lexicon) -> bool:
    """`Indian steelmaker Varma Steel`: a country that only says where a company is from does
    not make the government of a story set elsewhere its government."""
    tokens = [t for _o, t in parsed.tokens(mention.start, mention.end)]
    if not tokens or tokens[-1].dep_ not in ("amod", "compound", "nmod"):
        return False
    nouns = [tokens[-1].head]
    if tokens[-1].i + 1 < len(tokens[-1].doc):
        nouns.append(tokens[-1].nbor())  # (a headline's `Indian steelmaker bids …`)
    return any(n.pos_ == "NOUN" and _body_noun(n.lemma_.lower(), lex) for n in nouns)


_FORCES = frozenset({"army", "military"})


_ARMY_NAME = re.compile(r"\b(?:Army|Armed Forces|Military|Defen[cs]e Forces)$")


def _forces_named_before(token, parsed: ParsedArticle, table: EntityTable,
                         offset: int) -> str | None:
    """`Sudan's army and the RSF agreed … The army offered …`: the country whose army or
    military the text named last (`Sudan's army`, `the Sudanese army`), or the only country
    it has named; else None."""
    if token.lower_ not in _FORCES or not (definite(token) or token.dep_ == "compound"):
        return None
    named = {m.entity_id for m in table.before(offset + token.idx) if m.kind == "organization"
             and _ARMY_NAME.search(table.entities[m.entity_id].name)}
    if len(named) == 1:
        return named.pop()  # `the Sudanese Armed Forces … Army negotiators want …`
    for position, earlier in reversed(list(parsed.tokens(0, offset + token.idx))):
        if earlier.lower_ != token.lower_ or parsed.in_quote(position):
            continue
        for owner in earlier.children:
            entity = _entity_of(owner, parsed, table, position - earlier.idx) \
                if owner.dep_ in ("poss", "amod", "compound") else None
            if entity is not None and entity.kind == "country":
                return entity.id
    countries = {m.entity_id for m in table.before(offset + token.idx)
                 if m.kind == "country" and not parsed.in_quote(m.start)}
    return countries.pop() if len(countries) == 1 else None  # `Sudan's paramilitary RSF …,
    # but the army dismissed the offer`: the one country named


_FIGHTERS = frozenset({"rebel", "guerrilla", "militant", "insurgent"})


def _armed_group_named_before(token, parsed: ParsedArticle, table: EntityTable,
                              offset: int) -> str | None:
    """`the National Liberation Army (ELN) … the rebels pledging to release …`: the
    organisation named last before `the rebels`, when there is one."""
    if token.lemma_.lower() not in _FIGHTERS or token.tag_ != "NNS" or not definite(token):
        return None
    return next((m.entity_id for m in reversed(table.before(offset + token.idx))
                 if m.kind == "organization" and not parsed.in_quote(m.start)), None)


def _bare_government(token, parsed: ParsedArticle, table: EntityTable, offset: int,
                     lex: Lexicon) -> str | None:
    """`The government has offered resident doctors …` with no country named before it: the
    government, as the text calls it; in what an office holder reports (`…, Energy Secretary
    Ed Miliband announced`), that person's, as with a governor and the state."""
    if token.lower_ != "government" or not definite(token) or any(
            c.dep_ in ("amod", "compound", "poss") for c in token.children) or any(
            m.kind == "country" and not parsed.in_quote(m.start)
            and not _a_bodys_nationality(m, parsed, lex)
            for m in table.before(offset + token.idx)):
        return None
    person = _entity_of(_reporter(token), parsed, table, offset)
    if person is not None and person.kind == "person" and person.role:
        return person.id
    return unnamed_actor([token], "organization", table)


_SPEECH_ACTS = frozenset({"demand", "ask", "urge", "call", "request", "appeal", "insist",
                          "warn", "threaten", "press", "offer", "propose", "promise", "pledge"})


def _reporter_acts(verb, subject, lex: Lexicon) -> bool:
    """The parser hangs a second act of the speaker (`said homes had been damaged and asked
    …`, `said ships had provoked it and demanded …`) on the reported clause: an act of
    speech, or an act whose found subject is passive, belongs to the one who said it."""
    head = verb.head
    return verb.dep_ == "conj" and head.dep_ == "ccomp" and subject.head.i == head.i and \
        not _will_do(verb) and \
        head.head.lemma_.lower() in lex.advising_verbs and _subject(head.head) is not None and (
            subject.dep_ == "nsubjpass" or verb.lemma_.lower() in _SPEECH_ACTS
            or subject.lower_ in ("that", "this")  # `said that was not enough and is seeking`
            or (verb.lemma_.lower() in lex.demand_verbs and subject.pos_ == "NOUN"
                and subject.lemma_.lower() not in lex.party_nouns
                and subject.lemma_.lower() not in lex.body_nouns
                and subject.lemma_.lower() not in _STATE_NOUNS))
    # (`says credits are not enough and wants cash`: credits want nothing)


def _reporting_verb(token):
    """The verb that reports the clause `token` is the subject of (`said` in `Koo said the
    state would …`), else None."""
    clause = token.head
    while clause.dep_ == "conj":
        clause = clause.head
    return clause.head if clause.dep_ == "ccomp" else None


def _reporter(token):
    """The subject of that reporting verb (`Koo`), else None."""
    verb = _reporting_verb(token)
    return _subject(verb) if verb is not None else None


def _entity_of(token, parsed: ParsedArticle, table: EntityTable, offset: int) -> Entity | None:
    """The actor a token stands for, as an entity (None for no token or no actor)."""
    if token is None:
        return None
    return table.entities.get(_entity_for(token, parsed, table, offset) or "")


_LOCAL_STATES = {"state": ("governor", "gov"), "city": ("mayor",), "province": ("premier",
                                                                              "governor")}


def _reporters_state(subject, parsed: ParsedArticle, table: EntityTable,
                     offset: int) -> str | None:
    """`Ohio Governor Mike DeWine said the state would provide …`, `the mayor said the city
    would …`: a state, city or province no text names as an actor, in what its governor or
    mayor reports, is that person's offer."""
    titles = _LOCAL_STATES.get(subject.lower_)
    if titles is None or not any(c.lower_ in ("the", "his", "her") for c in subject.children):
        return None  # `the state`, `his state`
    person = _entity_of(_reporter(subject), parsed, table, offset)
    if person is None or person.kind != "person" or not person.role:
        return None
    return person.id if any(t in person.role.lower().replace(".", "").split()
                            for t in titles) else None


def _reporters_body(subject, parsed: ParsedArticle, table: EntityTable, offset: int,
                    lex: Lexicon) -> str | None:
    """`Eagles owner Jeffrey Lurie said the club would offer …`: `the club` or `the company`
    in what a person reports is the body that person belongs to (`the tour` in what the WTA's
    chief executive says)."""
    if (subject.lower_ not in lex.body_nouns and subject.lower_ != "tour") or \
            not definite(subject):
        return None
    verb = _reporting_verb(subject)
    if verb is None or verb.lemma_.lower() not in lex.advising_verbs:
        return None
    person = _entity_of(_subject(verb), parsed, table, offset)
    body = table.entities.get(person.affiliation or "") if person is not None else None
    return body.id if body is not None and body.kind == "organization" else None


def _insiders_bosses(subject, parsed: ParsedArticle, table: EntityTable,
                     offset: int) -> str | None:
    """`A Velvet Row insider said bosses were willing to pay …`: the bosses of the body whose
    insider, source or spokesperson reports it."""
    if subject.lemma_.lower() not in _SPEAKING_FOR or subject.tag_ != "NNS" or \
            definite(subject) or (reporter := _reporter(subject)) is None or \
            reporter.pos_ != "NOUN":
        return None
    body = _entity_of(reporter, parsed, table, offset)
    return body.id if body is not None and body.kind == "organization" else None


def _own_side(subject, speaker: str | None, parsed: ParsedArticle, table: EntityTable,
              offset: int) -> str | None:
    """`"Somalia needs support …," said the Somali minister`: in a speaker's own words, their
    country or body named as the subject speaks for itself, and so do `our members`."""
    entity = table.entities.get(speaker or "")
    if entity is None:
        return None
    if subject.lemma_.lower() in _MEMBERS_WORDS and any(
            c.dep_ == "poss" and c.lower_ == "our" for c in subject.children):
        return entity.affiliation if entity.affiliation in table.entities else None
        # `"Our members want their evenings back," said the union's officer`: the union
    side = table.entities.get(entity.affiliation or "")
    if _the_government(subject) and side is not None and side.kind == "country" and \
            set((entity.role or "").lower().split()) & _STATE_ROLES:
        return side.id  # `"The government will also build the road," said its minister` (not
        # a mediating envoy's)
    named = _entity_for(subject, parsed, table, offset, quoted=True)
    if named is not None and named in (entity.id, entity.affiliation):
        return named
    body = table.entities.get(named or "")
    if body is not None and side is not None and side.kind == "country" and \
            body.name.split()[-1] in ("Government", "Executive", "Administration") and \
            load_lexicon().country(" ".join(body.name.split()[:-1])) == side.name:
        return named  # `"The Scottish Government will contribute …," said Scotland's minister`
    return None


def _told_the_speaker(subject, parsed: ParsedArticle, table: EntityTable,
                      offset: int) -> str | None:
    """`"Russia has told us it wants guarantees …," said the spokesman`: what a party told
    the speaker it wants or offers is that party's, though the speaker's words carry it. Only
    for a party that told `us` or `me`; `"Russia wants war"` in a quotation is a charge."""
    verb = _reporting_verb(subject)
    if verb is None or verb.lemma_.lower() not in ("tell", "inform", "assure") or not any(
            c.dep_ in ("dobj", "dative") and c.lower_ in ("us", "me") for c in verb.children):
        return None
    teller = _subject(verb)
    if teller is None or subject.lower_ not in ("it", "they", teller.lower_):
        return None
    return _entity_for(teller, parsed, table, offset, quoted=True)


def _says_what(offer) -> bool:
    """`a 2.1 billion pound offer for X`, `an offer of 45 million`: not `our best offer`."""
    return any(c.dep_ in ("nummod", "compound", "quantmod") or c.like_num or (
        c.dep_ == "prep" and c.lower_ not in ("from", "by")) or (
        c.dep_ == "relcl" and c.lemma_.lower() in _INCLUDING)  # `an offer that included …`
        for c in offer.children) or \
        _offered_act(offer) is not None  # (`rival offers from X and Y` say who, not what)


def _offered_act(offer):
    """`an offer from Northern Rail to run an extra train`: the act offered, else None."""
    act = next((c for c in offer.children if c.dep_ == "acl" and _infinitive(c)), None)
    if act is not None and offer.lemma_.lower() == "bid" and \
            act.lemma_.lower() not in _BUYING_VERBS:
        return None  # `a legal bid to stop him`: an attempt, not an offer
    return act


def _on_the_table(verb) -> bool:
    """`have put 25 million euro on the table`: what is put there is offered (the parser
    may hang the place on the thing put: `put a 6% pay rise on the table`)."""
    put = _object(verb)
    place = prep_object(verb, ("on",)) or (prep_object(put, ("on",)) if put is not None
                                           else None)
    return place is not None and place.lemma_.lower() == "table" and definite(place)


_REPORTED_ACTS = _SPEECH_ACTS - {"propose"}  # (`the Commission proposed to halve …`: a measure)


def _named_in_the_quote(subject, verb, parsed: ParsedArticle, table: EntityTable, offset: int,
                        lex: Lexicon) -> str | None:
    """`"The government has offered to set a date … The opposition wants its candidate
    allowed to run," the envoy said`: a party the speaker names, and reports as having
    offered or asked (not what it might or should do)."""
    if verb.lemma_.lower() in ("say", "insist") and subject.pos_ == "PROPN" and \
            _obliged_clause(verb) is not None:
        return _entity_for(subject, parsed, table, offset, quoted=True)  # `"Beijing says we
        # must remove the ship"`: what the speaker reports a party asks
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children) or \
            subject.pos_ == "PRON" or verb.tag_ not in ("VBD", "VBN") or \
            verb.lemma_.lower() not in _REPORTED_ACTS:
        return None  # (not `Turkmenistan needs a buyer`, a view; nor `Tess has given twenty
        # years to Strictly`, a past deed)
    return _entity_for(subject, parsed, table, offset, quoted=True)


def _ministers(subject) -> bool:
    """`Ministers would also guarantee …`: a government's people, unnamed."""
    return subject.tag_ == "NNS" and subject.lemma_.lower() in ("minister", "official") and \
        not any(c.dep_ in ("det", "poss", "amod", "compound") for c in subject.children)


def _is_state(entity: Entity | None) -> bool:
    """A country, or a government the text does not name (`government`)."""
    return entity is not None and (entity.kind == "country" or (
        entity.kind == "organization" and entity.name.lower().split()[-1] == "government"))


_COUNTS = frozenset("thousand hundred dozen score million".split())


def _counted(subject):
    """`Thousands of ride-hailing drivers switched off their apps, demanding …`: the people
    counted, not the count."""
    counted = prep_object(subject, ("of",)) if subject.lemma_.lower() in _COUNTS and \
        subject.tag_ == "NNS" else None
    return counted if counted is not None and counted.tag_ == "NNS" else subject


def _after_colon(copula):
    """`What I ask of the federation is simple: lift the blockades …`: the clause after the
    colon that the copula's sentence hangs on, else None."""
    clause = copula.head
    return clause if copula.dep_ == "ccomp" and clause.i > copula.i and any(
        t.text == ":" for t in copula.doc[copula.i:clause.i]) else None


def _for_clause(verb):
    """`called for the officers to be charged`: the clause that `for` introduces."""
    return next((c for c in verb.children if c.dep_ in ("advcl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)


def _conjoined(token) -> list:
    """`South Korea` in `Japan and South Korea`: the other heads of a coordinated phrase."""
    found = []
    for child in token.children:
        if child.dep_ == "conj":
            found += [child, *_conjoined(child)]
    return found


_KIN = frozenset("wife husband spouse partner widow widower ex-wife ex-husband fiancée fiancee "
                 "fiancé fiance girlfriend boyfriend son daughter mother father brother sister "
                 "parent child family".split())
_ENTOURAGE = frozenset({"team", "lawyer", "attorney", "campaign", "aide", "adviser", "advisor",
                        "agent", "publicist", "solicitor", "office", "representative", "camp",
                        "spokesman", "spokeswoman", "spokesperson"})


def _persons_people(subject, parsed: ParsedArticle, table: EntityTable, offset: int):
    """`Her team is calling for a trial`, `his lawyers asked …`, `the 33-year-old's lawyers
    have offered …`, `the striker's representatives want …`: people acting for the person
    named last (this paragraph or the one before; for an age, the last one of that age or none
    given; for a role, the one who holds it), who is the party."""
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if subject.lemma_.lower() not in _ENTOURAGE or owner is None:
        return None
    if owner.lower_ in ("his", "her", "their"):
        return _person_before_was_about(subject, parsed, table, offset) or \
            _person_named_last(offset + subject.idx, parsed, table)
    if definite(owner) and (role := owner.lemma_.lower()) in load_lexicon().role_nouns and \
            subject.lemma_.lower() not in ("office", "campaign"):  # `the mayor's office`: a body
        # `the Nigeria striker's representatives`: the striker's, whatever his country
        return table.role_holder(role, offset + subject.idx) or _person_named_last(
            offset + subject.idx, parsed, table)
    age = re.search(r"(\d+)-year-old", "".join(t.text_with_ws for t in owner.subtree))
    if age is None:
        return None
    return _person_named_last(offset + subject.idx, parsed, table, age=age.group(1))


def _person_before_was_about(subject, parsed: ParsedArticle, table: EntityTable,
                             offset: int) -> str | None:
    """`The actress, 34, is furious about a story that said she had snubbed co-star Bethany
    Moss. Her lawyers have written …`: the person the sentence before was about (its subject),
    when this sentence opens with `her lawyers`; not whoever was named last."""
    sent = subject.sent
    if subject.dep_ != "nsubj" or subject.left_edge.i != sent.start:
        return None
    found = parsed.subject_before(offset + sent[0].idx, across_paragraphs=True)
    for _step in range(2):  # (`… she told GMB. ¶ Her lawyers want …`: she is who the sentence
        # before hers was about)
        if found is None or found[1].lower_ not in ("she", "he"):
            break
        found = parsed.subject_before(found[0] + found[1].sent[0].idx, across_paragraphs=True)
    if found is None:
        return None
    offset, main = found
    entity = _entity_of(main, parsed, table, offset)
    if entity is not None:
        return entity.id if entity.kind == "person" else None
    aged = _aged_person(main, parsed, table, offset) if main.pos_ == "NOUN" else None
    return aged if aged and aged != UNKNOWN else None


_DELEGATES = frozenset({"delegation", "negotiator", "envoy", "representative", "mediator",
                        "member"})  # (`Its members are also asking for …`: the body's)


def _delegates_side(subject, parsed: ParsedArticle, table: EntityTable, offset: int,
                    lex: Lexicon) -> str | None:
    """`The army's delegation demanded …`: those sent to talk for a side named before speak
    for it (the country whose army, the body whose union)."""
    owner = next((c for c in subject.children if c.dep_ == "poss" or (
        c.dep_ == "compound" and c.lower_ in _FORCES)), None)  # `Army negotiators want …`
    if subject.lemma_.lower() not in _DELEGATES or owner is None:
        return None
    if owner.lower_ in ("its", "their"):  # `Brazil has refused. Its negotiators have floated …`
        return _subject_of_sentence_before(owner, owner.sent, parsed, table, offset)
    return _forces_named_before(owner, parsed, table, offset) or _body_named_before(
        owner, parsed, table, offset, lex) or _state_named_before(
        owner, parsed, table, offset, lex)


def _persons_body(subject, parsed: ParsedArticle, table: EntityTable, offset: int,
                  lex: Lexicon) -> str | None:
    """`BBB leader Caroline van der Plas said her party would …`: `her party`, `his union`,
    `their government` is the body the person named last belongs to, when the text says so."""
    bare = _the_government(subject) and _reported(subject.head)
    if subject.lemma_.lower() not in lex.body_nouns and subject.lemma_.lower() not in \
            _STATE_NOUNS or not (any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their")
                                     for c in subject.children) or bare):
        return None
    person = table.entities.get(_person_named_last(offset + subject.idx, parsed, table) or "")
    body = table.entities.get(person.affiliation or "") if person is not None else None
    if bare and body is not None and body.kind != "country":
        return None  # `Its leader, Alberto Nunez Feijoo, said the government should …`
    if body is None and person is not None and subject.lemma_.lower() in _STATE_NOUNS:
        return _country_opening(subject, person, parsed, table, offset)
    return body.id if body is not None and body.kind in ("organization", "country") else None


_STATE_ROLES = frozenset("minister president premier secretary chancellor".split())


def _country_opening(subject, person: Entity, parsed: ParsedArticle, table: EntityTable,
                     offset: int) -> str | None:
    """`Vanuatu has asked Australia for …, Prime Minister Charlot Salwai said, adding that his
    government would …`: the government of an officer of state whose country the text leaves
    unsaid is the country that acts first in the sentence he reports."""
    if not person.role or not set(person.role.lower().split()) & _STATE_ROLES:
        return None
    return first_acting_country(parsed, table, offset + subject.sent.start_char,
                                offset + subject.idx, lambda m: m.kind) or \
        _officers_country(person, parsed, table)


def _officers_country(person: Entity | None, parsed: ParsedArticle,
                      table: EntityTable) -> str | None:
    """`Cabo Verde has asked …, Finance Minister Olavo Correia said.`: an officer of state whose
    country the text leaves unsaid serves the country that acts first in the sentence he
    comes in with (his `the government`, his `we`)."""
    if person is None or person.affiliation or not person.role or \
            not set(person.role.lower().split()) & _STATE_ROLES:
        return None
    named = next((m.start for m in table.mentions if m.entity_id == person.id), None)
    sentence = parsed.sentence_at(named) if named is not None else None
    return first_acting_country(parsed, table, sentence.start, named, lambda m: m.kind) \
        if sentence is not None else None


def _the_government(subject) -> bool:
    """`the government`, bare: which one, the reporter says (`Correia said the government
    would …`)."""
    return subject.lower_ == "government" and [c.lower_ for c in subject.children] == ["the"] \
        and subject.dep_ == "nsubj"


# People a body serves rather than speaks through
_SERVED = frozenset("parent pupil student patient customer passenger tenant resident fan "
                    "family".split())
_STAFF = frozenset("pilot worker employee staff driver nurse player crew member".split())


def _members_body(subject, parsed: ParsedArticle, table: EntityTable, offset: int,
                  lex: Lexicon) -> str | None:
    """`Scientists at the European Southern Observatory have asked …`: people of a named body,
    speaking together, speak for it."""
    lemma = subject.lemma_.lower()
    if subject.tag_ != "NNS" or (lemma not in lex.party_nouns and lemma not in lex.role_nouns):
        return None
    if lemma in _OBSERVERS and subject.head.lemma_.lower() in ("expect", "hope"):
        return None  # `Analysts at Goldman Sachs expect the group to …`: a forecast
    if lemma in _SERVED:
        return None  # `Parents at St Mary's Primary School have demanded …`: not the school
    body = _entity_of(prep_object(subject, ("at", "from", "of")), parsed, table, offset)
    if lemma in _STAFF and body is not None and not _asks_another(subject.head, body, parsed,
                                                                   table, offset):
        # `Pilots at Skylark Air are demanding …`: of their employer, not for it (but `members
        # of the European Parliament want the Commission to …` speak for it)
        return _unnamed_party(subject, table, lex, checked=True)
    return body.id if body is not None and (body.kind == "organization" or (
        body.kind == "country" and subject.lemma_.lower() in lex.role_nouns)) else None


def _asks_another(verb, body: Entity, parsed: ParsedArticle, table: EntityTable,
                  offset: int) -> bool:
    """Whether the verb names an actor other than `body` as the one asked (`want the European
    Commission to …`, `called on the council to …`)."""
    asked = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
        g for c in verb.children if c.dep_ in ("xcomp", "ccomp")
        for g in c.children if g.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "to", "from")
        for g in c.children if g.dep_ == "pobj"]
    return any((other := _entity_of(t, parsed, table, offset)) is not None and other.id != body.id
               for t in asked)


def _councillors_council(subject, table: EntityTable) -> str | None:
    """`councillors voted unanimously to ask the company …`: in an article that names one
    council, its councillors act for it."""
    if subject.tag_ != "NNS" or subject.lemma_.lower() not in ("councillor", "councilor") or \
            any(c.dep_ in ("amod", "compound") for c in subject.children):
        return None  # (not `opposition councillors`)
    return _the_only_council(table)


def _the_only_council(table: EntityTable) -> str | None:
    """The council the article names, when it names just one."""
    councils = [e.id for e in table.entities.values()
                if e.kind == "organization" and e.name.split()[-1] == "Council"]
    return councils[0] if len(councils) == 1 else None


def _councillors_voice(by: str, counterpart: str | None, table: EntityTable) -> str:
    """`Councillor Peter Dyson … wanted the club to show …`: in an article that names one
    council, a councillor so titled acts for it (but what he asks of the council is his)."""
    entity = table.entities.get(by)
    if entity is None or entity.kind != "person" or (entity.role or "").lower() not in (
            "councillor", "councilor", "cllr"):
        return by
    council = _the_only_council(table)
    return council if council is not None and council != counterpart else by


def _its_members(subject, parsed: ParsedArticle, table: EntityTable, offset: int,
                 lex: Lexicon) -> str | None:
    """`The association says its members need at least 5%`: the members of the body that
    reports it speak through it; so do the members a body's officer speaks of, and its
    officers."""
    lemma = subject.lemma_.lower()
    its = any(c.dep_ == "poss" and c.lower_ == "its" for c in subject.children)
    if its and subject.tag_ == "NNS" and lemma in lex.role_nouns and lemma not in _OBSERVERS:
        # `Its planning officers have asked Greenridge for …`: the body named before, through
        # its officers
        return next((m.entity_id for m in reversed(table.before(offset + subject.idx))
                     if m.kind in ("organization", "country") and not parsed.in_quote(m.start)),
                    None)
    if not (lemma in lex.party_nouns or lemma in lex.recipient_nouns) or not (any(
            c.dep_ == "poss" and c.lower_ == "its" for c in subject.children) or (
            lemma == "member" and not any(c.dep_ in ("det", "poss", "amod", "compound")
                                          for c in subject.children))):
        return None  # (`said members wanted better benefits`: its members)
    reporter = _entity_of(_reporter(subject), parsed, table, offset)
    if reporter is not None and reporter.kind == "person" and lemma == "member":
        # `Union president Aaron Schmautz said members wanted …`: the body the person leads,
        # else the one union the article names
        body = table.entities.get(reporter.affiliation or "")
        return body.id if body is not None and body.kind == "organization" else \
            table.only_union()
    return _named_reporter_body(subject, parsed, table, offset)


_GROUPINGS = frozenset(
    "alliance association federation confederation coalition union bloc league network "
    "forum council partnership".split())


def _member_bodies(subject, parsed: ParsedArticle, table: EntityTable, offset: int):
    """`In return, member councils have pledged …`, `Member states want …`: the members of
    the grouping named last before (an alliance, an association, a bloc)."""
    if subject.tag_ != "NNS" or not any(c.dep_ == "compound" and c.lower_ == "member"
                                        for c in subject.children):
        return None
    return next((m.entity_id for m in reversed(table.before(offset + subject.idx))
                 if m.kind == "organization" and not parsed.in_quote(m.start)
                 and set(table.entities[m.entity_id].name.lower().split()) & _GROUPINGS), None)


def _a_national(token) -> bool:
    """`the Spaniard`, `the New Zealander`, `the Tongan international` (a player capped by
    his country): one person of a nation."""
    name = " ".join(t.text for t in token.subtree if t.i == token.i or (
        t.dep_ == "compound" and t.head.i == token.i))
    lex = load_lexicon()
    return name in lex.nationality_nouns or (token.lower_ == "international" and any(
        c.dep_ in ("amod", "compound") and lex.country(c.text) for c in token.children))


def _aged_person(subject, parsed: ParsedArticle, table: EntityTable, offset: int):
    """`The 52-year-old … is demanding an apology`, `The chef, 52, …`: the person named before
    of that age; `The Spaniard wants …`, `The world No. 38 wants …`: the person named
    last."""
    if _a_national(subject) and definite(subject):
        return _person_named_last(offset + subject.idx, parsed, table)
    if re.match(r"[Tt]he (?:world No\.? ?\d+|No\.? ?\d+ seed)\b",
                parsed.text[offset + subject.left_edge.idx:]):
        return _person_named_last(offset + subject.idx, parsed, table)  # `The world No. 38
        # also wants …`: a player by their ranking
    given = next((c.text for c in subject.children if c.dep_ == "appos"
                  and re.fullmatch(r"\d{1,3}", c.text)), None)
    if given is not None and definite(subject):
        # `The telly favourite, 52, has offered …`: the one person named before who could be
        # that age (not one given another); with two or more, nobody
        mentions = [m for m in table.before(offset + subject.idx)
                    if m.kind == "person" and not parsed.in_quote(m.start)]
        people = {m.entity_id for m in mentions} - _aged_otherwise(
            [m for m in table.mentions if m.kind == "person"], parsed, given)  # (an age the
        # text gives anywhere: `Molly-Mae, 25,` after `The boxer, 27,` is not him)
        return people.pop() if len(people) == 1 else None
    age = re.fullmatch(r"(?:the |The )?(\d+)-year-old(?: [a-z][\w-]*){0,2}", "".join(
        t.text_with_ws for t in subject.subtree if t.dep_ != "relcl" and not any(
            a.dep_ == "relcl" for a in t.ancestors if a.i != subject.i)).strip(" ,"))
    return _person_named_last(offset + subject.idx, parsed, table, age=age.group(1)) \
        if age else None


def _role_holder(subject, parsed: ParsedArticle, table: EntityTable, offset: int,
                 lex: Lexicon) -> str | None:
    """`the minister wants …`: the person named last whose role has that noun; `the singer
    wants …` when one person alone has been named."""
    if subject.lower_ not in lex.role_nouns or not definite(subject):
        return None
    return table.role_holder(subject.lower_, offset + subject.idx) or \
        table.only_person_before(offset + subject.idx, parsed.in_quote)


def _person_named_last(position: int, parsed: ParsedArticle, table: EntityTable,
                       age: str | None = None) -> str | None:
    """The person named last before `position`, outside quotations, in this paragraph or the
    one before (`… Steve Reed visited the town. He said insurers should pay out quickly.`);
    with `age`, the last one given that age, else the last one not given another
    (`Marcus Hale, 41,` is not `the 33-year-old`), from anywhere before."""
    floor = parsed.previous_paragraph_start(position) if age is None else 0
    people = [m for m in table.before(position) if m.kind == "person" and m.start >= floor
              and not parsed.in_quote(m.start)]
    if age is not None:  # (an age the text gives anywhere: `Jake, 31,` after `The
        # 29-year-old` is not her)
        everyone = [m for m in table.mentions if m.kind == "person"]
        aged = _aged_otherwise(everyone, parsed, age)
        that_age = _aged_otherwise(everyone, parsed, "") - aged  # (given any age, less others)
        people = [m for m in people if m.entity_id in that_age] or [
            m for m in people if m.entity_id not in aged]
    return people[-1].entity_id if people else None


def _aged_otherwise(mentions, parsed: ParsedArticle, age: str) -> set[str]:
    """The people among `mentions` the text gives an age other than `age` (`Marcus Hale, 41,`
    is not `the 33-year-old`)."""
    return {m.entity_id for m in mentions
            if (given := re.match(r", (\d{1,3}),", parsed.text[m.end:m.end + 6]))
            and given.group(1) != age}


def _reporter_of(pronoun, parsed: ParsedArticle, table: EntityTable, offset: int):
    """`Barry Clegg said he was sorry and offered …`: `he`/`she` in what a named person is
    reported to say or do is that person (the subject of the reporting verb above it)."""
    verb = pronoun.head
    for ancestor in verb.ancestors:
        subject = next((c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i < pronoun.i:
            if subject.lower_ == pronoun.lower_ and subject.i == subject.sent.start:
                return _subject_of_sentence_before(subject, subject.sent, parsed, table, offset,
                                                   kinds=("person",))  # `She said she would
                # …`: the person the sentence before was about
            person = _entity_for(subject, parsed, table, offset)
            if subject.lemma_.lower() in _VOICES_OF_A_PERSON and any(
                    c.dep_ == "poss" and c.lower_ == _OWNER_OF.get(pronoun.lower_)
                    for c in subject.children) and (
                    client := _person_named_last(offset + subject.idx, parsed, table)) \
                    is not None and client != person:
                return client  # `Her coach, Martin Dale, said she would run …`: the one
                # whose coach he is
            if person is None and subject.pos_ in ("NOUN", "ADJ") and definite(subject) and (any(
                    c.dep_ == "appos" and c.like_num for c in subject.children) or re.search(
                    r"\d-year-old", "".join(t.text_with_ws for t in subject.subtree))):
                # `The champ, 37, was beaten by Dubois but believes he …`, `The 28-year-old has
                # told Chelsea he is ready …`: he is the one of that age, or nobody (never
                # the name nearest `he`)
                return _aged_person(subject, parsed, table, offset) or UNKNOWN
            entity = table.entities.get(person) if person else None
            if entity is not None and entity.kind == "country" and \
                    subject.lemma_.lower() in _HEADS and any(
                        c.dep_ == "poss" for c in subject.children):
                return person  # `Argentina's president has said he will seek talks`: the
                # country, its head unnamed
            return person if entity is not None and entity.kind == "person" else None
    return None


_HEADS = frozenset({"president", "leader", "king", "emir", "premier", "chancellor"})
# Those who speak for a person: `Her coach said she …` is about the person, not the coach
_VOICES_OF_A_PERSON = (_ENTOURAGE - {"team", "campaign", "office", "camp"}) | frozenset(
    "coach manager trainer rep mother father mum dad wife husband partner".split())
_OWNER_OF = {"she": "her", "he": "his"}


def _in_relative_clause(mention, pronoun, parsed: ParsedArticle) -> bool:
    """`Meta, which owns Facebook and WhatsApp, said it …`: WhatsApp sits in a clause about
    Meta and is not what `it` refers to."""
    tokens = [t for _p, t in parsed.tokens(mention.start, mention.end)]
    pronoun_heads = {a.i for a in pronoun.ancestors}
    return bool(tokens) and any(a.dep_ in ("relcl", "acl") and a.i not in pronoun_heads
                                for a in tokens[-1].ancestors)


def _adjective(mention, parsed: ParsedArticle) -> bool:
    """`Japanese` in `its Japanese marketplace`: a nationality describing a thing, which `it`
    does not take up."""
    tokens = [t for _p, t in parsed.tokens(mention.start, mention.end)]
    return len(tokens) == 1 and tokens[0].pos_ == "ADJ" and tokens[0].dep_ == "amod" and any(
        c.dep_ == "poss" for c in tokens[0].head.children)  # (not `The Malian junta`)


def _body_earlier_in_sentence(pronoun, sent, parsed, table, offset) -> str | None:
    """`Venezuela's government … said it would seek …`: `it` is the country or body named
    last before it in the same sentence, outside quotations; in a reported clause, named in
    who reports it (`Nigerian officials say they want …`, not `The Blues … have told Napoli
    they will pay`)."""
    start, end = offset + sent.start_char, offset + pronoun.idx
    reporter = _reporter(pronoun)
    if reporter is not None:
        start = max(start, offset + reporter.left_edge.idx)
        end = min(end, offset + reporter.right_edge.idx + len(reporter.right_edge.text))
    bodies = [m for m in table.in_range(start, end)
              if m.kind in ("country", "organization") and not parsed.in_quote(m.start)
              and not _in_relative_clause(m, pronoun, parsed) and not _adjective(m, parsed)]
    if not bodies:
        return None
    if pronoun.dep_ == "nsubj" and pronoun.head.dep_ == "advcl" and (main := next(
            (a for a in [pronoun.head.head, *pronoun.head.head.ancestors] if any(
                c.dep_ == "nsubj" for c in a.children)), None)) is not None:
        # `Vietnam has offered to buy Boeing jets as it seeks to …`: the subject of the
        # clause the `as` clause hangs on, not the name nearest (nor a dateline's place the
        # parser made a second subject)
        subject = next((m for c in main.children if c.dep_ == "nsubj" for m in bodies
                        if m.start <= offset + c.idx < m.end), None)
        if subject is not None:
            return subject.entity_id
    owner = [t for _p, t in parsed.tokens(bodies[-1].start, bodies[-1].end)
             if t.dep_ not in ("case", "punct")]
    if owner and owner[-1].dep_ == "poss" and \
            owner[-1].head.lemma_.lower() not in _OWN_VOICE:
        return None  # `Hyundai's largest union said it would seek …`: it is the union
    if owner and owner[-1].dep_ in ("nmod", "compound", "amod") and \
            owner[-1].head.lemma_.lower() in load_lexicon().body_nouns and \
            owner[-1].head.lemma_.lower() not in _OWN_VOICE:
        return None  # `The US private equity firm said it would …`: it is the firm (but
        # `Nigerian officials say they …` are Nigeria's)
    if owner and pronoun.lower_ == "they" and owner[-1].dep_ in ("nmod", "compound") and \
            owner[-1].head.tag_ == "NNS" and owner[-1].head.lemma_.lower() not in _OWN_VOICE:
        return None  # `The Premier League champions' package …, and they are …`: the champions
    return bodies[-1].entity_id


def _reporters_it(pronoun, parsed, table, offset, lex) -> str | None:
    """`The company said it would offer …`: `it` in what a body noun reports is that body."""
    reporter = _reporter(pronoun) if pronoun.lower_ in ("it", "they") else None
    if reporter is None:
        return None
    if pronoun.lower_ == "it" and reporter.pos_ == "PROPN" and (
            named := _entity_of(reporter, parsed, table, offset)) is not None and \
            named.kind == "person" and reporter.ent_type_ != "PERSON":
        return named.id  # `Severn Trent said it would spend …`: a body, whatever the model
        # took it for
    if reporter.lower_ == pronoun.lower_ == "it":  # `… It said it was ready to discuss …`
        return _subject_of_sentence_before(reporter, reporter.sent, parsed, table, offset)
    if pronoun.lower_ == "they":  # `Pharmaceutical companies say they need …`
        return (_members_body(reporter, parsed, table, offset, lex)
                or _unnamed_party(reporter, table, lex)) if reporter.tag_ == "NNS" else None
    if reporter.lemma_.lower() in _OWN_VOICE:  # `The town council's leisure committee said
        # it would …`: the council
        reporter = next((c for c in reporter.children if c.dep_ == "poss" and c.pos_ == "NOUN"),
                        reporter)
    named_by = reporter if reporter.pos_ == "PROPN" else next(  # not `Hyundai Motor's union`
        (c for c in reporter.children if c.dep_ == "appos"), None)  # `The company, Adani, said`
    named = _entity_of(named_by, parsed, table, offset) or (  # `The Reopen X group said it`
        _entity_of(reporter, parsed, table, offset) if any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in reporter.children) else None)
    if named is not None and named.kind in ("country", "organization"):
        return named.id  # `First Quantum said it had proposed …`
    if named is not None and named.kind == "person" and pronoun.lower_ == "it":
        return _persons_it(named, reporter, parsed, table, offset)
    return _body_named_before(reporter, parsed, table, offset, lex) or _state_named_before(
        reporter, parsed, table, offset, lex) or _bare_government(
        reporter, parsed, table, offset, lex) or unnamed_government(
        reporter, parsed, table, offset, lex)  # `The parish council said it would …`


def _persons_it(person: Entity, reporter, parsed: ParsedArticle, table: EntityTable,
                offset: int) -> str | None:
    """`The council said the shelter was beyond repair. Highways officer Sarah Quinn said it
    would install …`: `it` in what a person reports is no person: the body they belong to,
    else the body the sentence before was about."""
    body = table.entities.get(person.affiliation or "")
    if body is not None and body.kind in ("country", "organization"):
        return body.id
    if not person.role:
        return None  # (`Carden Hotels said it would …`, a body taken for a person: no officer)
    found = parsed.subject_before(offset + reporter.sent.start_char, across_paragraphs=True)
    if found is None:
        return None
    entity = _subjects_actor(found[1], parsed, table, found[0])
    return entity.id if entity is not None and entity.kind in ("country", "organization") \
        else None


def _subjects_actor(subject, parsed: ParsedArticle, table: EntityTable,
                    offset: int) -> Entity | None:
    """The actor a sentence's subject names, or, for a bare noun (`The council said …`), the
    body of that kind named before."""
    entity = _entity_of(subject, parsed, table, offset)
    if entity is None and subject.pos_ == "NOUN":
        named = _body_named_before(subject, parsed, table, offset, load_lexicon())
        entity = table.entities.get(named) if named else None
    return entity


def _subject_of_sentence_before(pronoun, sent, parsed, table, offset,
                                kinds=("country", "organization")) -> str | None:
    """`The Royal College of Midwives is not convinced. It wants …`: a sentence's `it` that
    opens it is the country or body the sentence before was about (its main subject); `she`,
    the person it was about (`Maria Machado said any deal with Maduro would be a betrayal.
    She called on …`)."""
    opening = pronoun.i == sent.start or (  # `In return it wants Mercosur to cut …`
        pronoun.dep_ == "nsubj" and pronoun.head.i == sent.root.i and all(
            t.i == pronoun.i or t.pos_ in ("ADP", "ADV", "NOUN", "DET", "PUNCT", "ADJ")
            for t in pronoun.doc[sent.start:pronoun.i + 1]))
    found = parsed.subject_before(offset + sent[0].idx) if opening else None
    if found is None:
        return None
    subject = found[1]
    entity = _subjects_actor(subject, parsed, table, offset) if "organization" in kinds else \
        _entity_of(subject, parsed, table, offset)  # (`The council wants …. It has offered …`)
    if entity is None and "country" in kinds and (
            named := _state_named_before(subject, parsed, table, found[0], load_lexicon())):
        entity = table.entities.get(named)  # `The government wants …. It also wants …`
    if entity is not None and entity.kind == "person" and pronoun.lower_ == "it" and \
            subject.pos_ == "PROPN" and "organization" in kinds:
        return entity.id  # `Severn Trent said …. It has also offered …`: a body, whatever the
        # model took it for
    return entity.id if entity is not None and entity.kind in kinds else None


# Nouns through which their possessor speaks: `Venezuela's government said it …` is Venezuela.
_OWN_VOICE = frozenset("government administration ministry cabinet presidency leadership regime "
                       "authority authorities office spokesman spokeswoman spokesperson leader "
                       "president military army embassy parliament committee board".split())


def _complement_clause(clause, noun) -> bool:
    """`a written guarantee that the unit stays open`, `a commitment to process more lithium`:
    the clause says what the guarantee is, so it stays in the phrase (a relative clause, `the
    deal that X signed`, does not)."""
    return clause.dep_ == "acl" and clause.head.i == noun.i and any(
        (c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "aux" and c.lower_ == "to"
                                                       and c.i < clause.i)
        for c in clause.children)


# `and` left at the end when the parser hung the conjunct on another verb
_TRAILING_CC = re.compile(r"(?:[\s,]+(?:and|or|but|as|while|when|because|after|before|if|"
                          r"unless|so|than))+$")  # (`demand payment as …` in a headline)


def _defines_bare_noun(clause, token) -> bool:
    """`a rule that doesn't punish dads`: a relative clause, with no comma before it, that
    says which thing a bare noun means; without it `rule` says nothing."""
    return clause.dep_ == "relcl" and clause.head.i == token.i and token.pos_ == "NOUN" and \
        clause.doc[clause.left_edge.i - 1].text != "," and all(
            c.dep_ in ("det", "relcl") for c in token.children)


def _phrase(token, last=None, after=None) -> str:
    """A short noun phrase for `what`: the object's subtree without clauses, quote marks
    removed; with `last`, through that token's subtree too (`4.5% and a one-off payment`);
    with `after`, from the token after that one."""
    keep = list(token.subtree)
    if last is not None:
        keep = list(token.doc[token.left_edge.i:last.right_edge.i + 1])
    if after is not None:
        keep = [t for t in keep if t.i > after.i]
    kept = [t for t in keep if _complement_clause(t, token)]
    clause_starts = [t.left_edge.i for t in keep
                     if t.dep_ in ("relcl", "acl", "advcl") and t.i > token.i
                     and not _complement_clause(t, token) and (last is None or (
                         t.i != last.i and not _complement_clause(t, last)))
                     and not (any(k.i in {a.i for a in t.ancestors} for k in kept)
                              and t.doc[t.left_edge.i - 1].text != ",")
                     and not _defines_bare_noun(t, token)]
    # (`guarantees that Gazans who leave will be allowed to return`: all of what is guaranteed,
    # but not what follows a comma, `…, which was cut in May`)
    # `… for one year in exchange for votes`: what is asked back is no part of what is given,
    # nor what it is given for (`… in an effort to persuade Washington`)
    clause_starts += [t.i for t in keep if t.i > token.i and _not_given(t)]
    clause_starts += [c.i for t in keep if t.dep_ == "conj" and t.pos_ == "VERB"
                      and t.i > token.i and _own_perfect(t)
                      for c in t.head.children if c.dep_ == "cc" and c.i < t.i]
    # (`wants its sessions restored and has asked the council to …`: its next act)
    # `a 6% pay rise on the table`: where it is put, not what it is
    clause_starts += [c.i for c in token.children if c.dep_ == "prep" and c.lower_ == "on"
                      and any(g.dep_ == "pobj" and g.lemma_.lower() == "table"
                              for g in c.children)]
    # `armed police protection, a source close to him`: what follows a comma describes
    clause_starts += [t.left_edge.i - 1 for t in keep if t.dep_ == "appos" and t.i > token.i
                      and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","]
    # `that no services will move … and offered all staff …`: the past verb is another act
    # `the cuts withdrawn and is asking …`: a verb with a tense of its own is another act
    clause_starts += [t.i for c in token.children if c.dep_ == "conj" and (
        _past_tied_to_future(c) or _past_joined_to_infinitive(c)
        or token.tag_ == "VBN" and _tensed(c) and not _tensed(token))
                      for t in token.children if t.dep_ == "cc" and t.i < c.i]
    cut = min(clause_starts, default=None)
    tokens = [t for t in keep if (cut is None or t.i < cut) and not (
        t.dep_ == "mark" and t.head.i == token.i and t.i == token.left_edge.i)]  # `that …`
    if tokens and tokens[0].lower_ == "to" and tokens[0].i > 0 and \
            token.doc[tokens[0].i - 1].lower_ == "up":
        tokens.insert(0, token.doc[tokens[0].i - 1])  # `up to £100m`, the `up` hung on the verb
    phrase = joined(tokens)
    phrase = re.sub(r"^(?:for\s+)?(?:(?:the|a|an)\s+)?", "", phrase, flags=re.I).strip(" ,;:-–—")
    phrase = _TRAILING_CC.sub("", phrase)
    words = phrase.split()
    if len(words) > _MAX_WHAT_WORDS:
        phrase = " ".join(words[:_MAX_WHAT_WORDS]).rstrip(",;:") + " …"
    return phrase


def _noun_read_as_verb(verb) -> bool:
    """`Refuse collectors in Leeds returned to work …`, parsed as the order `Refuse`: a
    sentence's first word taken for a bare verb whose next word is another verb's subject."""
    doc = verb.doc
    return verb.tag_ == "VB" and verb.i == verb.sent.start and verb.i + 1 < len(doc) and \
        doc[verb.i + 1].dep_ == "nsubj" and doc[verb.i + 1].head.i != verb.i


def _negated(token, lex: Lexicon) -> bool:
    """Negated, denied, refused or conditional: not an offer or demand made. A coordinated
    verb keeps its own polarity (`has denied supplying weapons and pledged 50 million`)."""
    if token.pos_ == "VERB" and (thing := _object(token)) is not None and any(
            c.dep_ == "det" and c.lower_ == "no" for c in thing.children) and \
            token.lemma_.lower() not in _PROMISING_VERBS:
        return True  # `gave no recommendation`, `offered no guarantees` (but `would guarantee
        # no compulsory redundancies` promises something)
    previous = None
    for t in [token, *token.ancestors]:
        sibling = previous is not None and previous.dep_ == "conj" and previous.head.i == t.i
        if not sibling and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "longer"
                                                   and any(g.lower_ == "no" for g in c.children))
                               for c in t.children):
            return True  # (also `could no longer afford to fund its losses`)
        if not sibling and t.i != token.i and t.lemma_.lower() in lex.negating_verbs and not (
                t.i > token.i and any(c.dep_ == "dobj" or (
                    c.dep_ == "nsubj" and c.i > token.i and c.left_edge.i > 0
                    and c.doc[c.left_edge.i - 1].text == ",") for c in t.children)) and \
                not _noun_read_as_verb(t):
            return True  # (not `prepared to offer €90m, an approach Napoli would reject`, nor
            # `called for …, a demand Eritrea has dismissed`: the clause misparsed under the
            # verb its apposition governs)
        if any(c.dep_ == "mark" and c.lower_ in lex.conditional_markers for c in t.children):
            return True
        if t.dep_ == "advcl" and {"so", "that"} <= {c.lower_ for c in t.children
                                                   if c.dep_ == "mark"}:
            return True  # `so that other countries could demand the same`: a purpose
        if t.dep_ in ("ROOT", "acl", "relcl"):
            break  # `rejected a settlement offered by X`: the offer was made
        previous = t
    sentence = token.sent.text.lower()
    return bool(re.match(r"^(?:in case|if|unless|should)\b", sentence))


def _directive(verb, clause) -> bool:
    """`warned Iran to stop`, `insisted on talks`, `insisted that troops must leave`."""
    target = prep_object(verb, ("on", "against")) or _insisted_on_doing(verb)
    if target is not None and target.ent_type_ not in ("DATE", "TIME"):
        return True
    if clause is None:
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("to", "must", "should")
               for c in clause.children) or _subjunctive(clause)


def _told_to_act(verb) -> bool:
    """`has told the owners to back him in January`: telling somebody to act asks it of them
    (`told reporters the talks had failed` reports; so does `told reporters to expect …`)."""
    told = _object(verb)
    return verb.lemma_.lower() == "tell" and told is not None and \
        told.lemma_.lower() not in _AUDIENCES and any(
            c.dep_ == "xcomp" and c.i > told.i and _infinitive(c) for c in verb.children)


_AUDIENCES = frozenset("reporter journalist press media audience listener viewer reader "
                       "crowd".split())


def _misparsed_subjunctive(verb):
    """`insisted the RSF first withdraw from …`, parsed as insisting on the RSF with a bare
    verb hung on `insisted`: the clause that says what the object must do."""
    told = _object(verb)
    if verb.lemma_.lower() not in ("insist", "demand") or told is None:
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VB"
                 and c.i > told.i and not any(g.dep_ in ("aux", "mark", "nsubj")
                                              for g in c.children)), None)


def _binds_itself(verb, clause) -> bool:
    """`Club chiefs insist they must stay within the rules`: what a party says it must do
    itself asks nothing of anyone (`insists it must be consulted`, `insists he must have a
    say` still ask)."""
    own, insister = next((c for c in clause.children if c.dep_ == "nsubj"), None), _subject(verb)
    if own is None or insister is None:
        return False
    plural = insister.tag_ in ("NNS", "NNPS") or _conjoined(insister)
    return own.lower_ in (("they", "we") if plural else ("it", "we", "i")) and \
        clause.lemma_.lower() not in _HAVING and not any(
            c.dep_ == "auxpass" for c in clause.children) and any(
            c.dep_ == "aux" and c.lower_ in ("must", "should") for c in clause.children)


_HAVING = frozenset({"have", "get", "receive", "keep", "retain", "be"})


def _insisted_on_doing(verb):
    """`insisted on scrapping a plan`: the act insisted on, a gerund after `on`."""
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                 for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def _subjunctive(clause) -> bool:
    """`insisted that Iran first hand over its stockpile`: a bare verb after a singular
    subject says what must be done, not what is."""
    if clause.pos_ == "NOUN" and clause.dep_ == "ccomp" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
            c.dep_ in ("dobj", "obj") for c in clause.children):
        return True  # `insisted that any deal respect the treaty`, `respect` read as a noun
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None and any(c.dep_ == "nsubjpass" for c in clause.children):
        # `insists that any agreement be negotiated with Denmark`: a bare `be`
        return any(c.dep_ == "auxpass" and c.lower_ == "be" for c in clause.children) and not \
            any(c.dep_ == "aux" for c in clause.children)
    return subject is not None and not any(c.dep_ in ("aux", "auxpass") for c in clause.children) \
        and (clause.tag_ == "VB" or (clause.tag_ == "VBP" and subject.tag_ in ("NN", "NNP")))


def _infinitive(verb) -> bool:
    """`to stay`, `to escort`: the verb has the infinitive marker."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


_FINITE = frozenset({"VBD", "VBP", "VBZ"})


def _tensed(verb) -> bool:
    """`had offered`, `will pay`: the verb has an auxiliary of its own, not `to`."""
    return any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)


_PROMISING_VERBS = frozenset({"promise", "pledge", "guarantee", "vow", "commit"})
_MODALS = frozenset("will would can could may might shall should must".split())


def _past_tied_to_future(verb) -> bool:
    """The parser joins a past verb to the future clause before it (`promised that no services
    will move and offered …`), or to a judgement on a thing (`said the contracts were a step
    forward but wanted …`): the two cannot be one act, so it goes with what the clause hangs
    on."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and head.dep_ == "ccomp" and \
        not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children) and (
            any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children)
            or (head.lemma_ == "be" and any(c.dep_ == "cc" and c.lower_ == "but"
                                            for c in head.children) and _a_thing(head)))
    # (`said the contracts were a step forward but wanted the board to …`: a judgement, then
    # the reporter's own act)


def _a_thing(clause) -> bool:
    """Whether the clause's subject is a common noun for no party (`the contracts`, not `the
    group` or `Brussels`), which cannot want or offer anything."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    lex, lemma = load_lexicon(), subject.lemma_.lower()
    return lemma not in lex.body_nouns | lex.party_nouns | lex.bloc_nouns | lex.role_nouns | \
        lex.government_nouns and not lemma.endswith(_AGENT_ENDINGS)


# `in an effort to persuade Washington …`, `in a bid to settle …`: a purpose
_PURPOSES = frozenset({"effort", "bid", "attempt"})


def _purpose_phrase(token) -> bool:
    """`in an effort`, `in a bid`: the phrase that says what an act is for."""
    return token.lower_ == "in" and token.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _PURPOSES for c in token.children)


def _past_joined_to_infinitive(verb) -> bool:
    """`called on both governments to show restraint and offered to host talks`: a past or
    present verb cannot share the infinitive's `to`, so it is another act of the clause's
    own subject."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and verb.head.tag_ == "VB" and \
        _infinitive(verb.head)


_WRITING_TO = frozenset({"write", "appeal", "complain", "petition", "turn"})


def _signers(writing):
    """Who signed or backed a petition or letter the sentence has as subject; else None."""
    if writing.lemma_.lower() not in _WRITINGS:
        return None
    signed = next((c for c in writing.children if c.dep_ == "acl" and c.lemma_.lower() in (
        "sign", "back", "support") and c.tag_ == "VBN"), None)
    agent = next((c for c in signed.children if c.dep_ == "agent"), None) if signed else None
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def _misread_participle(verb):
    """`has offered Tanzanian fishermen continued access to the lake`: a participle the parser
    took for the verb of a clause (`fishermen continued access`) between the recipients and
    the thing given; that clause, else None."""
    if verb.lemma_.lower() not in ("offer", "give", "grant", "promise"):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or clause.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("mark", "aux", "neg") for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    thing = next((c for c in clause.children if c.dep_ == "dobj" and c.i == clause.i + 1), None)
    return clause if subject is not None and subject.pos_ != "PRON" and \
        subject.right_edge.i == clause.i - 1 and thing is not None else None


def _quoted_verb(verb) -> bool:
    """The verb stands inside quotation marks opened before it in its sentence."""
    marks = [t.tag_ for t in verb.doc[verb.sent.start:verb.i] if t.tag_ in ("``", "''")]
    return bool(marks) and marks[-1] == "``"


def _thing_subject(verb) -> bool:
    """`the software lock "protects …"`, not `his government had "shown goodwill"`."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    lex = load_lexicon()
    return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ and \
        subject.lemma_.lower() not in _STATE_NOUNS | lex.body_nouns | lex.party_nouns


def _subject(token):
    if _readiness(token) and token.dep_ == "pcomp":
        return _subject(token.head.head.head)  # `Ljubljana was open to sharing …`
    if token.dep_ == "advcl" and token.tag_ == "VBG" and token.i > 0 and \
            token.doc[token.i - 1].text == "," and token.head.dep_ == "xcomp" and \
            token.head.head.pos_ == "VERB":
        # `has asked China to lend it $2.5 billion …, offering to sell …`: a participle after
        # a comma is the asker's act, not that of whoever is asked
        return _subject(token.head.head)
    if token.dep_ == "acl" and token.head.lemma_.lower() in _PURPOSES and \
            _purpose_phrase(token.head.head):
        return _subject(token.head.head.head)  # `Japan has offered … in an effort to persuade`
    if token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                        for c in token.children) and (
            (token.tag_ in _FINITE and (token.head.tag_ == "VBG" or _under_modal(token.head)))
            or (token.tag_ in ("VBZ", "VBP") and token.head.tag_ == "VBD"
                and token.head.dep_ in ("relcl", "ccomp"))
            or (_under_modal(token) and token.head.tag_ == "VBD"
                and token.head.dep_ in ("relcl", "advcl"))
            or (_own_perfect(token) and token.head.tag_ == "VBD"
                and token.head.dep_ == "ccomp")):  # (`wants its sessions restored and has
        # asked the council to intervene`)
        # `has accused Iran of harassing vessels and wants guarantees`, `said that the demands
        # would hurt the port and urged the union to …`: joined by the parser to a gerund or
        # to a verb under a modal, the finite verb belongs with the clause's own verb; `wants
        # Ankara to pay the $1.5 billion a court awarded it, and wants all exports …`: a
        # present verb cannot go on a past clause inside the sentence (however parsed), nor
        # `would offer …` on `sellers whose batteries failed tests`
        governing = next((a for a in token.head.ancestors if a.pos_ == "VERB" and any(
            c.dep_ == "nsubj" for c in a.children)), None)
        if governing is not None:
            return next(c for c in governing.children if c.dep_ == "nsubj")
    if token.dep_ == "conj" and token.tag_ in ("VBD", "VBN") and token.head.dep_ in (
            "ccomp", "acl") and any(c.dep_ == "auxpass" for c in token.head.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in token.children) and any(
            c.dep_ == "xcomp" and _infinitive(c) for c in token.children) and (governing := next(
                (a for a in token.head.ancestors if a.pos_ == "VERB" and any(
                    c.dep_ == "nsubj" for c in a.children)), None)) is not None:
        # `said that no decision had been taken and offered to meet …`: `offered to` is no
        # passive; the reporter offered
        return next(c for c in governing.children if c.dep_ == "nsubj")
    if token.dep_ == "conj" and getattr(_misread_participle(token.head.head), "i", None) == \
            token.head.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return _subject(token.head.head)  # `has offered fishermen continued access … and
        # proposed a joint commission`: the offerer proposed it
    if token.dep_ == "conj" and token.head.dep_ == "ccomp" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and \
            _quoted_verb(token.head) and _thing_subject(token.head) and any(
            t.tag_ == "''" for t in token.doc[token.head.i:token.i]):
        return _subject(token.head.head)  # `it said the lock "protects …" and offered to open
        # …`: a verb after the quotation closes is the reporter's next act, not the quote's
    if _hung_on_name(token):
        return token.head
    if (name := _name_misread_before(token)) is not None:
        return name
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ in _MEANS and \
            token.head.head.pos_ in ("VERB", "AUX"):
        return _subject(token.head.head)  # `is holding up the tour by demanding top billing`
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ == "pobj" and \
            token.head.head.lower_ == "to" and token.head.head.head.lemma_.lower() in _WRITING_TO:
        return _subject(token.head.head.head)  # `Seven families have written to the district
        # council demanding an enforcement notice`: the writers demand, not the council
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lemma_.lower() in _WRITINGS \
            and token.head.dep_ in ("dobj", "obj") and token.head.head.pos_ == "VERB":
        return _subject(token.head.head)  # `Residents have launched a petition calling on the
        # Post Office to …`, `The union sent a letter urging …`: who launched or sent it
    if token.dep_ == "acl" and token.tag_ in ("VBD", "VBZ", "VBN") and token.i > 0 and \
            token.doc[token.i - 1].text == "," and (relative := next(
                (a for a in token.ancestors if a.dep_ == "relcl"), None)) is not None and \
            (relative.head.pos_ == "PROPN" or relative.head.dep_ == "ROOT"):
        return relative.head  # `Unison, which represents library staff, called on …`: hung
        # on the clause's last noun (`offered`, tagged a participle, too)
    if token.dep_ == "acl" and token.tag_ == "VBD" and token.head.dep_ == "ROOT" and (
            (token.head.pos_ == "PROPN" and token.i == token.head.i + 1) or (
                token.head.pos_ in ("NOUN", "PROPN") and token.doc[token.i - 1].text == ","
                and any(c.dep_ == "appos" and c.i < token.i for c in token.head.children))):
        return token.head  # `The NSPCC called for …`, `The company, Kenya's largest app,
        # responded by …`: the sentence's verb taken for a clause on the name before it
    if token.dep_ == "relcl" and token.tag_ in ("VBD", "VBZ") and \
            token.head.pos_ == "PROPN" and token.head.dep_ == "ROOT" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return token.head  # `The Coastal Communities Alliance, which represents …, today
        # called on …`: the sentence's verb taken for a clause on its subject
    if _past_tied_to_future(token):
        # `has promised that no services will move … and offered all staff their terms`
        return _subject(token.head.head)
    if token.dep_ in ("acl", "relcl") and _infinitive(token) and \
            token.head.lemma_.lower() in _AGREEMENTS and token.head.dep_ in ("dobj", "obj"):
        return _subject(token.head.head)  # `has signed a deal to supply Germany with gas`
    # `wanted Conte to stay and had offered him a contract`: a finite verb tied to the
    # infinitive is not under its control
    finite = token.dep_ == "conj" and (_tensed(token) or _past_joined_to_infinitive(token))
    previous = None
    for t in [token, *token.ancestors]:
        if previous is not None and previous.dep_ == "xcomp" and not finite:
            # object control: in "asked rich countries to donate", the donors are the object
            obj = _object(t)
            if obj is not None:
                return obj
        if not (finite and t.i == token.head.i and (_infinitive(t) or (
                t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in t.children)))):
            # its subject is not ours (`wants the cuts withdrawn and is asking …`)
            subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and t.dep_ == "relcl" and subjects[0].text in ("which", "that") and (
                    t.head.pos_ == "PROPN" or t.head.ent_type_ in ("ORG", "GPE", "NORP")):
                return t.head  # `The BMA, which wants pay restored …`: the BMA
            if subjects and t.dep_ == "relcl" and subjects[0].lower_ == "who" and (
                    _party_now_acting(t) or (t.head.pos_ == "PROPN" and t.tag_ != "VBD")):
                return t.head  # `the pension trustees, who are demanding …`: the trustees;
                # `rivals Kestrel Pro Cycling, who have offered him a deal`: the team (not
                # `Julie Su, who helped broker the last contract,`: a deed told in passing)
            if len(subjects) > 1:  # not the place of `LUSAKA — Zambia's government has …`
                subjects = [c for c in subjects if not _stranded_object(c)] or subjects
                subjects = [c for c in subjects if not (
                    c.left_edge.i == c.sent.start and c.is_upper) and (
                    c.i + 1 >= len(c.doc) or c.doc[c.i + 1].text not in ("—", "–", "-", "--"))
                    and c.right_edge.text not in ("—", "–", "-", "--")
                ] or subjects  # (nor `DETROIT (AP) — The union has …`, `ADDIS ABABA, July 3
                # (Reuters) - Ethiopia has offered …`, `BOGOTA, Aug 11 (Reuters) - …`)
            if subjects:  # `The charity Shelter Scotland has called`, parsed as two subjects
                return next((c for c in subjects if c.pos_ == "PROPN"), subjects[0])
        previous = t
        if t is not token and _hung_on_name(t):
            return t.head  # `Clarinval, called on both sides to resume talks … and offered`
        if t.dep_ not in ("xcomp", "acomp", "aux", "ccomp", "conj", "advcl") and t is not token:
            break
    return None


def _stranded_object(noun) -> bool:
    """`bakeries that make bread for discount supermarket Pennywise are demanding …`: a name
    the parser made a second subject, right after a preposition left without its object."""
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return before is not None and (before.pos_ == "ADP" and not any(
        c.dep_ in ("pobj", "pcomp") for c in before.children) or (
        before.pos_ == "NOUN" and before.dep_ == "pobj" and noun.pos_ == "PROPN"
        and before.head.head.dep_ == "relcl"))
    # (`Voice actors who worked on the fantasy game Emberfall have called …`: the game's name)


# Prepositions that put a gerund under the clause's own subject
_MEANS = frozenset({"by", "after", "while", "in"})


# What a party writes or launches to ask for something
_WRITINGS = frozenset("petition letter motion resolution statement campaign appeal complaint "
                      "submission lawsuit".split())


def _under_modal(verb) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _name_misread_before(verb):
    """`Stridely said it …` with `Stridely` read as an adverb: a capitalised word that opens
    the sentence right before a verb with no subject is that verb's subject."""
    if verb.dep_ != "ROOT" or verb.i == verb.sent.start or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    return before if before.i == verb.sent.start and before.head.i == verb.i and \
        before.dep_ in ("advmod", "npadvmod", "nmod", "dep") and before.is_title and \
        not before.is_stop and before.pos_ != "VERB" else None


def _hung_on_name(verb) -> bool:
    """`Oman, which mediated the talks, offered to host …`, `Brazil's president, Lula, called
    on …`: misparsed, the verb hangs on the name before it as a clause."""
    return verb.dep_ == "acl" and (verb.head.pos_ == "PROPN" or verb.head.dep_ == "ROOT") and \
        verb.i > 0 and verb.doc[verb.i - 1].text == "," and \
        not any(c.dep_ == "agent" for c in verb.children)


def _prepositions(token, preps: tuple[str, ...]):
    """The `preps` hung on `token`; not a preposition inside a name the model tagged (`asked
    Transport for London for a guarantee`)."""
    return (c for c in token.children  # (`pay an extra 0.5p to farmers`: `to` as a dative)
            if (c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP") or (
                c.dep_ == "prt" and any(g.dep_ == "pobj" for g in c.children)))
            and c.lower_ in preps and c.ent_iob_ != "I")  # (`called on Quaver Records to …`,
    # `on` a particle with an object)


def prep_object(token, preps: tuple[str, ...]):
    """The object of the first of `preps` hung on `token`."""
    return next((g for c in _prepositions(token, preps) for g in c.children
                 if g.dep_ == "pobj"), None)


def _prep_clause(token, preps: tuple[str, ...]):
    """The clause a preposition takes (`committed to reducing …`, `in exchange for writing off
    …`), else None."""
    return next((g for c in _prepositions(token, preps) for g in c.children
                 if g.dep_ == "pcomp"), None)


# Acts that are offers whatever becomes of them (`a settlement offered by X`, even rejected);
# not `licences sold by the government`, which reports a sale.
_INCLUDING = frozenset({"include", "comprise", "contain", "feature"})
_AGREEMENTS = frozenset({"deal", "agreement", "contract", "pact", "accord"})
_DEMAND_NOUNS = frozenset({"demand", "call", "request", "plea", "appeal", "claim"})
_CHANGING = frozenset("rise grow fall increase decrease drop climb soar surge slow double "
                      "outstrip outpace exceed".split())
_OFFERING_ACTS = frozenset({"offer", "propose", "pledge", "promise", "table"})


_PENALTIES = frozenset("fine penalty sanction punishment".split())
_BUYING_VERBS = frozenset({"buy", "acquire", "purchase"})
_SPENDING_VERBS = frozenset({"spend", "invest"})
# What is paid, named without an amount: `would pay the contribution`, not `a heavy price`.
_PAYMENTS = frozenset("contribution fee fine compensation damages ransom bonus wage wages "
                      "salary pension dividend rent tax levy subsidy severance flight fare "
                      "cost bill expense travel allowance".split())
# (`would pay Leach's flights home`)
_TRADE_VERBS = frozenset({"sell", "export", "ship", "share"})  # (`already shares data`: a habit)
_SHARED_THINGS = frozenset("data datum information intelligence technology know-how expertise "
                           "cost costs burden profit revenue record evidence file image map "
                           "resource result finding sample footage imagery research "
                           "schedule".split())  # (`data`, lemmatised `datum`)
_PHRASAL_OFFERS = frozenset({("write", "off"), ("hand", "over"), ("pay", "out"),
                             ("set", "aside"), ("stump", "up"), ("fork", "out"),
                             ("shell", "out"), ("chip", "in"), ("throw", "in")})
# `would put up 150,000 pounds of his own cash`, `will put in £80 million`, not `will put up
# fares`
_PHRASAL_MONEY_OFFERS = frozenset({("put", "up"), ("put", "in")})


def _phrasal_offer(verb) -> bool:
    """`agreed to write off 40% of the debt`, `will hand over the files`, `ready to throw in
    a player`; `put up` only money."""
    for c in verb.children:  # (`aside` is parsed either way)
        pair = (verb.lemma_.lower(), c.lower_)
        if c.dep_ in ("prt", "advmod") and (pair in _PHRASAL_OFFERS or (
                pair in _PHRASAL_MONEY_OFFERS and (given := _object(verb)) is not None
                and _is_money(given, load_lexicon()))):
            return True
    return False


def _is_money(noun, lex: Lexicon) -> bool:
    """`45 million euros`, `$6 billion`, `a 1.5 billion dollar loan`, `an extra 0.5p`."""
    return any(t.ent_type_ == "MONEY" or _PENCE.fullmatch(t.text) or (
        t.lemma_.lower() in lex.currency_nouns and any(c.like_num for c in t.children))
        for t in noun.subtree)


_PENCE = re.compile(r"\d+(?:\.\d+)?p")


def _agent(verb):
    """`offered by Brightpath` → Brightpath."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _workplace(people):
    """`Security staff at Edinburgh Airport`, `workers at Heineken's Tadcaster plant`: the
    body the people work at, which makes them an offer none is named as making."""
    if people.pos_ != "NOUN":
        return None
    place = prep_object(people, ("at",)) or next(
        (prep_object(c, ("for", "by")) for c in people.children
         if c.dep_ == "acl" and c.lemma_.lower() in ("work", "employ")), None)  # (`working
    # for Clearway`, `employed by Apex`)
    if place is None:
        return None
    owner = next((c for c in place.children if c.dep_ == "poss" and c.ent_type_ == "ORG"), None)
    return owner if owner is not None else place if place.ent_type_ in ("ORG", "FAC") else None


def _rejecters_employer(noun, lex: Lexicon):
    """`Cleaners at Apex have rejected a 5 per cent pay offer`, `Bin collectors working for
    Clearway … after rejecting a 4 per cent pay rise`: the body those who turn down an offer
    or a rise work for, which made it."""
    lemma = noun.lemma_.lower()
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _ANSWERED or not _says_what(noun) \
            or not (lemma in lex.offer_nouns or _pay_rise(noun)) or not any(
                t.like_num or t.ent_type_ in ("MONEY", "PERCENT") for t in noun.subtree):
        return None  # (not `rejecting a pay offer they called "an insult"`: which, unsaid)
    verb = next((a for a in [noun.head, *noun.head.ancestors] if a.pos_ in ("VERB", "AUX")
                 and any(c.dep_ == "nsubj" for c in a.children)), None)
    people = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    return _workplace(people) if people is not None else None


def _pay_rise(noun) -> bool:
    """`a 4 per cent pay rise`, `the wage deal`: what an employer offers, by its name."""
    return noun.lemma_.lower() in _RISES and any(
        c.dep_ == "compound" and c.lemma_.lower() in _PAY_WORDS for c in noun.children)


_RISES = frozenset("rise increase raise deal package".split())
_PAY_WORDS = frozenset("pay wage salary".split())


_FUNDING = frozenset({"fund", "finance", "subsidise", "subsidize", "bankroll", "underwrite"})


def _pays_somebody(verb, lex: Lexicon) -> bool:
    """`will pay farmers within 14 days`, `will pay 310 pence a share`, `would pay for
    transport`, `will refund ticket holders`: money, a recipient or what is paid for."""
    if prep_object(verb, ("for", "to")) is not None or verb.lemma_.lower() == "refund":
        return True  # (`refund tickets in full`: what is refunded is money)
    if verb.lemma_.lower() in _FUNDING and verb.tag_ != "VBD" and _object(verb) is not None:
        return True  # `would also fund a register of patients`: what is paid for
    if _will_do(verb) and _object(verb) is None and any(
            c.dep_ in ("xcomp", "advcl") and _infinitive(c) for c in verb.children):
        return True  # `would also pay to install a secure safe`
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")):
        obj = _whole_of_part(obj)  # (`would pay a share of the dam's maintenance costs`)
        if obj.ent_type_ in ("MONEY", "PERSON", "ORG", "GPE", "NORP") or \
                obj.lemma_.lower() in lex.recipient_nouns or \
                obj.lemma_.lower() in _PAYMENTS or any(
                    c.like_num or c.ent_type_ == "MONEY" for c in obj.subtree):
            return True
    return False


def _second_object(token):
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return objects[1] if len(objects) > 1 else None


def _object_joined_to_verb(verb, first):
    """The parser hangs `and 2% next year` on the verb: a noun joined after the object is
    more of what is offered."""
    return next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                 and c.i > first.i and any(cc.dep_ == "cc" and first.i < cc.i < c.i
                                           for cc in verb.children)), None)


def _coordinated_objects(verb) -> bool:
    """`offered 4.5% and a one-off payment`, parsed as two objects with the `and` on the verb:
    one coordinated object, not a recipient and a thing."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return len(objects) > 1 and any(c.dep_ == "cc" and objects[0].i < c.i < objects[1].i
                                    for c in verb.children)


_RECIPIENT_PRONOUNS = frozenset({"them", "him", "her", "us", "me", "you"})


def _name_before(noun):
    """The end of a name the parser made a modifier of the common noun after it (`the Kansas
    City Chiefs bonds`): a tagged name right before an untagged noun; else None."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.i == 0:
        return None
    name = noun.doc[noun.i - 1]
    return name if name.dep_ == "compound" and name.head.i == noun.i and name.pos_ == "PROPN" \
        and name.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") else None


def _plural_recipient_inside(noun, lex: Lexicon):
    """`the 46 plot holders replacement plots`: a plural word for people, or for a country's
    firms, among the compound words before the object's head is who is given it (English
    modifiers are singular)."""
    compounds = [c for c in noun.lefts if c.dep_ == "compound"]
    counted = next((c for c in noun.lefts if c.dep_ == "nmod" and c.tag_ == "NNS" and any(
        g.dep_ == "nummod" for g in c.children) and c.lemma_.lower() in lex.recipient_nouns),
                   None)  # `offered 30 players year-round central contracts`
    if counted is not None:
        return counted
    return next((c for c in compounds[:-1] if c.tag_ == "NNS" and (
        c.lemma_.lower() in lex.recipient_nouns
        or c.lemma_.lower().endswith(("holder", "owner", "worker", "member"))
        or any(g.dep_ == "compound" and g.ent_type_ in ("GPE", "NORP") for g in c.children))),
                None)  # (`US shipping lines priority booking slots`: whose lines, which ones)


def _asyndetic_conj(noun):
    """A noun joined to `noun` with no `and` or comma between them: the parser's list of what
    are two objects, a recipient and a thing."""
    if any(c.dep_ in ("cc", "punct") for c in noun.children):
        return None
    return next((c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                 and any(d.lower_ in ("a", "an") for d in c.children)), None)


def _given_time_to(verb) -> bool:
    """`has until February 22 to make a firm offer`, `was given until Friday to submit a
    bid`: a deadline for the act, which is not done yet."""
    head = verb.head
    return _infinitive(verb) and verb.dep_ in ("xcomp", "advcl", "relcl", "acl") and any(
        t.lower_ == "until" for t in (*head.children, *(
            g for c in head.children for g in c.subtree if c.dep_ in ("prep", "dobj"))))


def _object(token):
    if token.dep_ == "csubj" and any(c.tag_ == "WP" and c.dep_ in ("dobj", "obj", "dative")
                                     for c in token.children):
        # `What I can offer is a crew`, `what we want is a deal`; `What we offer investors now
        # is a new fiscal regime` (`What` taken for the recipient): what follows `is`
        attr = next((c for c in token.head.children if c.dep_ == "attr" and c.i > token.i),
                    None)
        if attr is not None:
            return attr
    if token.dep_ == "relcl" and token.head.lower_ == "all" and token.head.dep_ == "nsubj" and (
            attr := next((c for c in token.head.head.children if c.dep_ == "attr"), None)) \
            is not None and not any(c.dep_ in ("dobj", "obj") for c in token.children):
        return attr  # `All I'm asking for is a fair hearing`: what follows `is`
    found = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if found is None and token.pos_ == "VERB":
        # `offered midfielder Marco Rossi a new contract`: the thing parsed as the name's
        # apposition, with no comma between
        found = next((a for c in token.children if c.dep_ == "dative" and c.pos_ == "PROPN"
                      for a in c.children if a.dep_ == "appos" and a.pos_ == "NOUN"
                      and a.i > c.i and a.doc[a.left_edge.i - 1].text != ","), None)
        recipient = next((c for c in token.children if c.dep_ == "dative"), None)
        if found is None and recipient is not None:
            # `is offering its tenants a three-month rent holiday`, the thing read as an
            # adverb of time because of its modifier
            found = next((c for c in token.children if c.dep_ == "npadvmod"
                          and c.pos_ == "NOUN" and c.i > recipient.i
                          and c.ent_type_ not in ("DATE", "TIME")), None)
    return found


def _thing_in_recipients_clause(recipients, lex: Lexicon):
    """`offered players who joined the breakaway league a route back`: the parser hangs the
    thing offered on the relative clause about the recipients, as its second object."""
    if recipients.tag_ != "NNS" or recipients.lemma_.lower() not in lex.party_nouns and \
            recipients.lemma_.lower() not in lex.recipient_nouns:
        return None
    clause = next((c for c in recipients.children if c.dep_ == "relcl"), None)
    objects = [c for c in clause.children if c.dep_ in ("dobj", "obj")] if clause else []
    return objects[-1] if len(objects) > 1 and not any(
        c.dep_ == "cc" for c in clause.children) else None


def _infinitive_clause(verb):
    """`offered on Monday to escort grain ships`: with a phrase between them the parser takes
    the infinitive for a purpose clause (advcl); without a subject or a marker it is still
    what was offered."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.i > verb.i and child.pos_ == "VERB" and \
                _infinitive(child) and not any(c.dep_ in ("nsubj", "mark")
                                               for c in child.children):
            return child
    return None


def _let_in(verb, lex: Lexicon):
    """Who or what a permitting verb lets in, parsed as a clause (`would allow United Nations
    convoys through`, `let aid trucks enter`); else None."""
    if verb.lemma_.lower() not in lex.permitting_verbs:
        return None
    return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)


_SUBMITTED = frozenset({"plan", "package", "compromise", "counterproposal", "proposal", "deal",
                        "settlement", "framework"})
_ANSWERED = frozenset({"reject", "refuse", "accept", "snub", "rebuff", "turn"})
_PROPOSALS = frozenset("deal agreement plan proposal stage phase framework arrangement scheme "
                       "truce ceasefire accord treaty".split())


_DIRECTING = frozenset({"tell", "order", "ask", "instruct", "direct", "urge", "require"})


def _ordered_by(verb):
    """(who told, what to do) of `X has been told by Y to do Z`, else None."""
    if verb.lemma_.lower() not in _DIRECTING or not any(
            c.dep_ == "auxpass" for c in verb.children) or not any(
            c.dep_ == "nsubjpass" for c in verb.children):
        return None
    agent = _agent(verb)
    act = next((c for c in verb.children if c.dep_ == "xcomp" and _infinitive(c)), None)
    return (agent, act) if agent is not None and act is not None else None


def _floor_price(verb):
    """`will not sell Romero for less than £70 million`, `won't accept less than 5%`, `won't
    step back into the ring for less than £5 million`: the least a party will take, else
    None; `would accept nothing less than a written commitment`: the commitment."""
    thing = _object(verb)
    if thing is not None and thing.lower_ == "nothing" and verb.lemma_.lower() in (
            "accept", "settle", "take"):
        return next((g for c in thing.subtree if c.lower_ == "than" for g in c.children
                     if g.dep_ == "pobj"), None)
    if any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children) and (
            price := prep_object(verb, ("for",)) or next(
                (p for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                 and (p := prep_object(c, ("for",))) is not None), None)) is not None and \
            re.search(
                r"\bat least\b", " ".join(t.lower_ for t in price.subtree)):
        return price  # `would only let him go for a transfer fee of at least £150,000`
    if not any(c.dep_ == "neg" for c in verb.children):
        return None
    price = (_object(verb) or prep_object(verb, ("for",))) if verb.lemma_.lower() in (
        "accept", "settle", "take") else prep_object(verb, ("for",))  # (any act `for less`)
    if price is None or not any(c.lower_ in ("less", "fewer") for c in price.subtree) or \
            not any(c.lower_ == "than" for c in price.subtree):
        return None
    return price


def _deadline_act(verb):
    """`gave GM until Friday to improve its offer`, `gave the company 30 days to offer an
    opt-out`: the act a deadline is set for, else None."""
    span = next((c for c in verb.children if (c.dep_ == "prep" and c.lower_ in ("until", "till"))
                 or (c.dep_ in ("npadvmod", "dobj") and c.lemma_.lower() in _DEADLINE_SPANS)),
                None)
    given = next((c for c in verb.children if c.dep_ == "dative"), None) or _object(verb)
    if span is None or given is None or given.i == span.i or \
            given.lemma_.lower() in ("party", "side"):
        return None  # (`gave the parties until December to agree`: all of them, to agree)
    return next((c for c in (*verb.children, *span.children) if c.dep_ in (
        "advcl", "xcomp", "acl", "relcl") and _infinitive(c) and c.i > span.i
        and c.lemma_.lower() not in ("comply", "respond", "reply")), None)  # (time to comply
    # with an order already read is no new demand)



def _term_of(verb) -> bool:
    """`a three-stage agreement under which Hamas would free the hostages`, `a truce in which
    it would release …`: what a proposed deal would have a party do, not that party's offer."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in _PROPOSALS and any(
        t.lower_ == "which" and t.head.dep_ == "prep" for t in verb.subtree if t.i < verb.i)


def _under_offer(verb, lex: Lexicon) -> bool:
    """`offered to extend subsidies`, `offered to create spaces and to allow deliveries`: the
    offer verb already records what it governs."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in lex.offer_verbs \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not (
            verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == "," and
            verb.head.dep_ == "xcomp")  # (not `…, while the
    # European Union has offered to back a levy`: a clause of its own; nor `asked China to
    # lend it …, offering to sell …`: the asker's own act)


_READY = frozenset({"ready", "prepared", "willing"})
_COMMITTING = frozenset({"agree", "offer", "promise", "pledge", "propose", "commit", "vow"})
# `agreed to open the Adre crossing`, `will open its rice market`: a way opened is given (not
# `open an inquiry`)
_OPENING = frozenset({"open", "reopen"})
_PASSAGES = frozenset("crossing border route corridor market airspace port road access "
                      "checkpoint passage gate waters path footpath walkway trail bridge "
                      "tunnel".split())
_OUTSIDERS = frozenset({"public", "visitor", "resident", "everyone", "anyone", "traffic"})


def _opened_to_others(verb, thing) -> bool:
    """`open the border crossing`, `open the waterfront path to the public`: a way through, or
    anything opened to outsiders, is given; `open a factory` is not."""
    return thing.lemma_.lower() in _PASSAGES or any(
        t.lemma_.lower() in _OUTSIDERS for t in (prep_object(verb, ("to",)),
                                                prep_object(thing, ("to",))) if t is not None)
# `resume talks`, `end negotiations`: what both sides do, nothing given
_TALKS = frozenset({"talk", "talks", "negotiation", "dialogue", "discussion", "meeting",
                    "bargain", "bargaining", "negotiate", "negotiating"})


def _that_clause(verb):
    """`promised that no services will move`: the clause `that` opens, else None."""
    return next((c for c in verb.children if c.dep_ == "ccomp"
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _guaranteed_that(verb):
    """`willing to guarantee that no current jobs would be lost`: the clause guaranteed;
    `would guarantee to buy all eggs`: the act."""
    if verb.lemma_.lower() != "guarantee":
        return None
    return _that_clause(verb) or next((c for c in verb.children if c.dep_ == "xcomp"
                                       and _infinitive(c)), None)


def _could_concede(verb) -> bool:
    """`Brasilia has signalled it could accept a modest rise`: ground a party says it would or
    could give, in what it reports."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SIGNALLING and any(
        c.dep_ == "aux" and c.lower_ in ("could", "would") for c in verb.children) and not any(
        c.dep_ == "neg" or c.lower_ in ("only", "probably", "likely") for c in verb.children)
    # (`analysts said the group would probably keep policy unchanged`: a forecast)


_SIGNALLING = frozenset({"say", "signal", "indicate", "suggest", "tell", "hint"})


def _readiness(verb) -> bool:
    """`is prepared to cap uranium enrichment`, `willing to lift the blockade`: giving up
    something declared ready to be given; `open to sharing the cost`, likewise."""
    return (verb.dep_ == "xcomp" and verb.head.lower_ in _READY) or (
        verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "to"
        and verb.head.head.lower_ == "open")


# Acts declared ready that give nothing: talks, contests, waiting
_NOT_GIVING = frozenset("discuss negotiate talk consider debate study explore examine win face "
                        "defend challenge contest appeal lose wait see hear listen learn go "
                        "move play do support back deepen strengthen reach match put place "
                        "turn hold meet take".split())


def _gives_nothing(verb, lex: Lexicon) -> bool:
    """Talks, hostile acts and asking: nothing given, whatever the frame."""
    lemma = verb.lemma_.lower()
    return lemma in _HOSTILE or lemma in _TALKS or (lemma in lex.demand_verbs
                                                    and not _looks_at(verb))


def _looks_at(verb) -> bool:
    """`look at the request`: a matter considered, not something looked for."""
    return verb.lemma_.lower() == "look" and prep_object(verb, ("at",)) is not None


def _gives_something(verb, lex: Lexicon) -> bool:
    """An act that may give something when promised: not talks, contests or waiting, nor a
    hostile act or a request."""
    return (verb.lemma_.lower() not in _NOT_GIVING or _puts_money_into(verb, lex)
            or _takes_over_a_cost(verb)) and not _gives_nothing(verb, lex)


def _takes_over_a_cost(verb) -> bool:
    """`would take over the cost of fencing and water`: a cost borne for another."""
    thing = _object(verb)
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) and thing is not None \
        and thing.lemma_.lower() in ("cost", "running", "upkeep", "maintenance", "bill")


def _puts_money_into(verb, lex: Lexicon) -> bool:
    """`would put the money into solar plants`, `put $50 million a year into a fund`: money
    laid out on something (not `put Thames into special administration`)."""
    thing = _object(verb)
    thing = _whole_of_part(thing) if thing is not None else None  # `put half of the levy into
    # the piers`
    return verb.lemma_.lower() in ("put", "plough", "pour", "sink") and thing is not None and (
        thing.lemma_.lower() in _MONEY_NOUNS or thing.lemma_.lower() in lex.currency_nouns
        or thing.lemma_.lower() in lex.concession_nouns or thing.ent_type_ == "MONEY") and any(
            c.dep_ == "prep" and c.lower_ in ("into", "towards", "toward") for c in verb.children)


_MONEY_NOUNS = frozenset("money cash fund funding proceeds saving revenue profit".split())


def _not_in_the_way(verb) -> bool:
    """`would not stand in his way`, `will not block his move`: a promise not to stop
    another's act, which lets it go ahead."""
    return verb.pos_ == "VERB" and _will_do(verb, ("would", "will")) and any(
        c.dep_ == "neg" for c in verb.children) and (
        (verb.lemma_.lower() in ("stand", "get") and (way := prep_object(verb, ("in",)))
         is not None and way.lemma_.lower() == "way")
        or (verb.lemma_.lower() == "block" and _object(verb) is not None
            and _object(verb).lemma_.lower() in ("move", "transfer", "departure", "switch")))


def _whole_of_part(noun):
    """`half of the levy`, `a share of the costs` → the levy, the costs; else the noun."""
    if noun.lemma_.lower() in _PARTS and (whole := prep_object(noun, ("of",))) is not None:
        return whole
    return noun


_PARTS = frozenset("half part share all some portion proportion third quarter".split())


def _terms_it_depends_on(token, lex: Lexicon):
    """(what is asked, of whom or None) when `token` is the `on` of `any grant would depend on
    Kiribati keeping its data open`, `The money is conditional on Brazil keeping …`: the
    terms of what its giver offers; None otherwise."""
    if token.lower_ not in ("on", "upon") or token.dep_ != "prep":
        return None
    head = token.head
    frame = head if head.lemma_.lower() in ("depend", "conditional", "contingent") else next(
        (c for c in head.children if c.dep_ == "acomp"
         and c.lemma_.lower() in ("conditional", "contingent")), None)
    thing = _subject(head) if frame is not None else None
    if thing is None or not (thing.lemma_.lower() in lex.raised_nouns or thing.lemma_.lower()
                             in _MONEY_NOUNS or thing.lemma_.lower() in lex.offer_nouns):
        return None
    act = next((c for c in token.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if act is not None:  # `on Kiribati keeping …`, the party the act's subject
        return act, next((c for c in act.children if c.dep_ == "nsubj"), None)
    party = next((c for c in token.children if c.dep_ == "pobj"), None)
    act = next((c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                and party is not None and c.i == party.i + 1), None)
    if act is not None:  # `on Brazil keeping …`, the act read as the clause's
        return act, party
    return (party, None) if party is not None and party.pos_ == "NOUN" else None


def _ready_to_act(verb, lex: Lexicon) -> bool:
    """`was prepared to phase the increase`, `willing to sell the site`: any act done to
    something, declared ready, is offered; not talks (`ready to discuss a shorter contract`),
    contests (`ready to defend the title`) or hostile acts (`ready to sue`)."""
    thing = _acted_on(verb)
    return verb.pos_ == "VERB" and _readiness(verb) and thing is not None and \
        _gives_something(verb, lex) and \
        thing.lemma_.lower() not in _TALKS and \
        thing.pos_ != "PRON"  # (`ready to do that`: what, the text said before)


def _acted_on(verb):
    """What an act is done to: its object, or what is looked at (`ready to look at the
    request`, `would look at the rule in January`)."""
    thing = _object(verb)
    if thing is None and verb.lemma_.lower() == "look":
        return prep_object(verb, ("at",))
    if thing is None:  # (`would install flashing 20mph signs`, `flashing` read as a verb;
        # `would stop charging fees`)
        return next((g for c in verb.children if c.dep_ == "xcomp" and c.tag_ in ("VBG", "VB")
                     and c.i == verb.i + 1 for g in c.children if g.dep_ == "dobj"), None)
        # (and `would review shift patterns`, `shift` read as a verb)
    return thing


def _given_in_return(verb) -> bool:
    """`In return, Accra is prepared to …`: a readiness the sentence opens as an exchange."""
    return re.match(r"(?:In|in) (?:return|exchange)\b", verb.sent.text.lstrip(" \"“")) is not None


def _promised(verb) -> bool:
    """A commitment, not a past fact: `will cut`, `would cap`, `agreed/offered to drop`, and
    what is joined to one (`agreed to pull back weapons and to let observers in`)."""
    while verb.dep_ == "conj" and not _tensed(verb):
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "could")
               for c in verb.children) or (
        verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in _COMMITTING
                                  or verb.head.lower_ in _READY))  # (`prepared`, lemma
    # `prepare`)
    # (`was ready to cut its own tariffs`)


# Acts no one offers: what a party would do to another, not for it
_HOSTILE = frozenset("retaliate impose punish sue strike block veto ban sanction attack fight "
                     "reject refuse withdraw leave quit cut".split())


def _will_do(verb, auxiliaries=("would", "will")) -> bool:
    """`would tighten`, `will install`: an act announced with its own `would` or `will` (or
    the `auxiliaries` given)."""
    return any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in verb.children)


def _promised_act(verb, lex: Lexicon, auxiliaries=("would", "will")) -> bool:
    """`would fund the road's upkeep`: an act that may give something, done to something named
    (not `it`), announced with one of the `auxiliaries`."""
    thing = _object(verb)
    return verb.pos_ == "VERB" and _will_do(verb, auxiliaries) and thing is not None and \
        thing.pos_ != "PRON" and _gives_something(verb, lex)


def _could_do(verb, lex: Lexicon) -> bool:
    """`it could drop its old claim`, `would fund the road's upkeep`: an act, done to
    something, that a party would, could or will do."""
    return _promised_act(verb, lex, ("would", "could", "will", "can")) and \
        verb.lemma_.lower() not in _OWN_BUSINESS


def _done_after_a_demand(verb, lex: Lexicon) -> bool:
    """`Sparkd will check the age of every new user from May, after Ofcom demanded it stop
    under-18s signing up`: an act a party will do in answer to what another asked."""
    return _promised_act(verb, lex) and any(
            c.dep_ == "advcl" and c.i > verb.i and (
                c.lemma_.lower() in lex.demand_verbs or c.lemma_.lower() in _ORDERING)
            and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)
            and any(s.dep_ == "nsubj" and s.pos_ == "PROPN" for s in c.children)
            for c in verb.children)


# Telling another to act (`after Ofcom ordered it to …`, `after the council threatened to …`)
_ORDERING = _DIRECTING | {"threaten", "warn"}


def _also_would(verb, lex: Lexicon) -> bool:
    """`would also tighten inspections`: an act added, in the conditional, to an offer."""
    return verb.pos_ == "VERB" and verb.dep_ in ("ROOT", "ccomp", "conj") and \
        _will_do(verb) and any(
        c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children) and \
        verb.lemma_.lower() not in _HOSTILE and verb.lemma_.lower() not in lex.demand_verbs \
        and (_object(verb) is not None or any(c.dep_ == "xcomp" and c.tag_ == "VBG"
                                               for c in verb.children))  # `stop using data`


def _conditions(verb):
    """The `if` or `provided` clauses hung on `verb`."""
    return (c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children))


def _considered_if(verb) -> bool:
    """`would consider a smaller rise if …`: a thing a party would weigh on a condition."""
    return _will_do(verb, ("would", "could")) and _object(verb) is not None and \
        any(True for _ in _conditions(verb))


def _done_if_another_acts(verb, lex: Lexicon) -> bool:
    """`would play every event next year if the PDC restored his points`: a party's act with
    its own `would`, done to something, on a condition a named party is to meet."""
    thing = _object(verb)
    return verb.pos_ == "VERB" and _will_do(verb, ("would",)) and \
        thing is not None and thing.lemma_.lower() not in _TALKS and \
        not _gives_nothing(verb, lex) and verb.lemma_.lower() not in ("take", "consider") and any(
            s.dep_ == "nsubj" and s.pos_ == "PROPN" for c in _conditions(verb)
            for s in c.children)


# Acts that answer what a party was asked: putting things right, or meeting those who ask
_REMEDIES = frozenset("install introduce build open fix repair restore reinstate extend expand "
                      "hire recruit upgrade add create replace rebuild reopen meet "
                      "publish review pull remove withdraw scrap drop phase delay postpone fit "
                      "refund compensate lower reduce raise increase bring change amend stop "
                      "end suspend limit cap email notify contact look plant paint backdate "
                      "relocate slow".split())
_RULINGS = frozenset("decision ruling verdict judgment judgement findings response".split())


def _our_act(verb, lex: Lexicon) -> bool:
    """`we will bring the season forward`, `The government will also build the road`: an act
    the speaker's side says it will do to something (not talks, contests or hostile acts)."""
    return verb.pos_ == "VERB" and _will_do(verb) and _object(verb) is not None and any(
        c.dep_ == "nsubj" and (c.lower_ in ("we", "i") or _the_government(c))
        for c in verb.children) and _gives_something(verb, lex)


def _reported(verb) -> bool:
    """`Zipro said it would install …`, `said it was listening … and would meet …`: an act
    in what somebody reports, or joined to one."""
    clause = verb.head if verb.dep_ == "conj" else verb
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _REPORTING_LEMMAS


def _promised_remedy(verb) -> bool:
    """`Zipro said it would install 150 new parking bays`: a party reported to be going to do
    something that puts things right (the caller checks it was asked for something)."""
    thing = _acted_on(verb)
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _REMEDIES and _reported(verb) and \
        _will_do(verb) and thing is not None and thing.lemma_.lower() not in _RULINGS and \
        thing.lemma_.lower() not in load_lexicon().offer_nouns
    # (not `would publish its decision in the autumn`: no more than its duty; nor `would review
    # the offer`, weighed)


def _promised_in_return(verb, lex: Lexicon) -> bool:
    """`said she would attend every national team assessment`, `would return to Dublin for
    every camp`: an act done to something, or a turning up somewhere, reported with its own
    `would` (the caller checks the party asked for something)."""
    if verb.pos_ != "VERB" or not _reported(verb) or not _will_do(verb, ("would",)):
        return False
    thing = _object(verb)
    if thing is None:
        return verb.lemma_.lower() in _TURNING_UP and any(
            c.dep_ == "prep" and c.lower_ in ("to", "for", "at", "in", "on") for c in verb.children)
    return thing.pos_ != "PRON" and thing.lemma_.lower() not in _RULINGS and (
        _gives_something(verb, lex) or verb.lemma_.lower() in _TURNING_UP
        or (verb.lemma_.lower() == "take" and thing.lower_ == "part")) and \
        verb.lemma_.lower() not in _OWN_BUSINESS  # (`would play every Blast match`, `would
    # take part in the junior clinics`)


# Being there for somebody, which needs no object: `would come back for every England camp`,
# `would race at the Irish championships`, `would report every six months to a committee`
_TURNING_UP = frozenset("come return race ride compete play train appear report".split())


def _remedy_by(by: str, verb, answering: frozenset, askers: frozenset, in_return: bool) -> bool:
    """Whether a remedy `by` promised answers what was asked: it was asked something, or
    others asked and it did not (a mere hearing only from one asked), or it asked and this
    is what it does in return."""
    return by in answering or (bool(askers) and by not in askers and
                               verb.lemma_.lower() not in _HEARING) or (in_return and by in askers)


# Remedies that are no more than a hearing (`would look at the request`, `would meet both
# sides`): offers only from a party asked for something, not from any party once some ask
_HEARING = frozenset("look meet review".split())


# What a party would like, or do among its own: `would love a reconciliation`, `would ballot
# members again`
_OWN_BUSINESS = frozenset("love like prefer welcome consult ballot".split())


def _conceded(verb, lex: Lexicon) -> bool:
    """`would cut the fee to £5`: a charge given up (see the concession frame)."""
    thing = _object(verb)
    return verb.lemma_.lower() in lex.concession_verbs and thing is not None and \
        thing.lemma_.lower() in lex.concession_nouns


def _offered_by_itself(verb, lex: Lexicon) -> bool:
    """A promised payment, gift or cut charge, or an act declared ready (`was ready to extend
    the opening hours`): an offer whatever was asked before it."""
    lemma = verb.lemma_.lower()
    return (lemma in lex.offer_verbs or lemma in lex.payment_verbs or _conceded(verb, lex)) \
        and _promised(verb) or _ready_to_act(verb, lex) or (lemma == "be" and any(
            c.dep_ == "acomp" and c.lower_ in _READY for c in verb.children))


def _joined_to_an_offer(verb, lex: Lexicon) -> bool:
    """`would pay for a free bus … and would keep the building available for community use`: a
    promised act joined to a promised payment, gift or remedy, with its own `would`."""
    head = _joined_past_a_relative(verb)
    return verb.pos_ == "VERB" and verb.dep_ == "conj" and _will_do(verb) and \
        (_offered_by_itself(head, lex) or _promised_remedy(head)) and \
        _not_hostile_asked_or_own(verb, lex) and \
        (_object(verb) is not None or any(c.dep_ == "prep" and c.lower_ == "for"
                                          for c in verb.children)
         or (verb.lemma_.lower() in _TIDYING and any(c.dep_ == "prt" and c.lower_ == "up"
                                                     for c in verb.children)))
    # (`would pay back her bonus and would play for Thunder in the final`; `… and would clear
    # up after every market`)


_TIDYING = frozenset("clear clean tidy".split())


def _said_after_an_offer(verb, lex: Lexicon) -> bool:
    """`has offered to raise the premium … and said it would move 40 agency workers onto
    permanent contracts`: a promised act the offerer reports in the same breath."""
    said = verb.head
    return verb.pos_ == "VERB" and verb.dep_ == "ccomp" and _will_do(verb) and \
        said.dep_ == "conj" and said.lemma_.lower() in _REPORTING_LEMMAS and not any(
            c.dep_ == "nsubj" for c in said.children) and (
            said.head.lemma_.lower() in lex.offer_verbs or said.head.lemma_.lower() in
            _OFFERING_ACTS) and _object(verb) is not None and _not_hostile_asked_or_own(verb, lex)


def _not_hostile_asked_or_own(verb, lex: Lexicon) -> bool:
    """Whether an act joined to an offer can be more of it: not a hostile act, an asking, or
    a party's own business (`would consult`, `would ballot members`)."""
    lemma = verb.lemma_.lower()
    return lemma not in _HOSTILE and lemma not in lex.demand_verbs and lemma not in _OWN_BUSINESS


def _joined_past_a_relative(verb):
    """`would cut the fee for drivers who registered … and would open a waiting area`: the
    parser joins the promise to the relative clause's past verb; it belongs with the promise
    the relative clause hangs in. Else the verb's head."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ in ("relcl", "advcl") and _will_do(verb) and \
            not _will_do(head):
        return next((a for a in head.ancestors if a.pos_ == "VERB" and a.dep_ != "relcl"), head)
    return head


# What parties agree to do together, or for themselves: no party's offer to another
_TOGETHER = frozenset("meet talk exchange cooperate work extend resume continue hold set form "
                      "create complete sign establish negotiate discuss consider study review "
                      "explore deepen strengthen boost join merge share accept buy acquire "
                      "purchase hire appoint stay remain keep take drop renegotiate fight face "
                      "play race compete debate postpone delay".split())


def _would_like(verb) -> bool:
    """`I'd like the LTA to do the same`, `would like a meeting`: a want, politely put."""
    return verb.lemma_.lower() == "like" and any(
        c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in verb.children)


def _party_now_acting(clause) -> bool:
    """`the pension trustees, who are demanding …`: a clause that says what a party named by
    a plural noun is doing now (not `workers who had given up pay`, a deed done, nor
    `families who need help`, people in want)."""
    lex = load_lexicon()
    noun = clause.head.lemma_.lower()
    return clause.head.tag_ == "NNS" and noun in lex.party_nouns and \
        noun not in lex.recipient_nouns and clause.tag_ != "VBD" and not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)


def _agreed_alone(verb, lex: Lexicon) -> bool:
    """`Leeds City Council has agreed to rehouse all former residents`: one party committed
    to an act (not `X and Y agreed to exchange prisoners`, `both sides agreed to stop`, `We
    have agreed to set up a working group`); acts the offer frames read already are left to
    them."""
    if verb.pos_ != "VERB" or verb.dep_ != "xcomp" or verb.head.lemma_.lower() != "agree":
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("before", "until", "unless", "if", "once")
           for c in verb.head.children):
        return False  # `demanding £80,000 before he agrees to rejoin the cast`: not yet agreed
    lemma = verb.lemma_.lower()
    if lemma in _TOGETHER or lemma in lex.offer_verbs or lemma in lex.payment_verbs or \
            lemma in lex.permitting_verbs or (lemma in lex.conceding_verbs and _object(
                verb) is not None) or _phrasal_offer(verb):
        return False  # (but `has agreed to stop handing video to police`, which no frame
        # for a thing conceded reads)
    thing = _object(verb)
    if thing is not None and (lemma in lex.concession_verbs and thing.lemma_.lower() in
                              lex.concession_nouns or lemma in lex.raising_verbs and
                              thing.lemma_.lower() in lex.raised_nouns):
        return False  # (`agreed to cut the list price`, `agreed to raise its offer`: the
        # concession and raising frames read them; but `has agreed to suspend the change`,
        # `has agreed to raise the share it pays` are this party's commitments all the same)
    agreed = verb.head
    subject = next((c for c in agreed.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and agreed.dep_ == "conj":  # `would fit the shields … and had agreed to
        subject = next((c for c in agreed.head.children if c.dep_ == "nsubj"), None)  # …`
    return subject is not None and subject.lower_ not in ("we", "they", "i", "you") and \
        not _conjoined(subject) and not _both_sides(subject) and subject.tag_ != "NNS" and \
        (_object(verb) is not None or _stopped_act(verb) is not None)


def _stopped_act(verb):
    """`handing` of `stop handing customers' video to police`: an act given up; else None."""
    if verb.lemma_.lower() not in ("stop", "cease", "end", "halt"):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                 and _object(c) is not None), None)


def _wanted(verb, lex: Lexicon) -> bool:
    """`Kenya wanted to extend the repayment period`: what a party wants to do is its demand,
    not an offer it made (`wants to knock down the rink and sell the site`: both; `wants the
    council to keep paying for the heating`)."""
    while verb.dep_ == "conj" and not _tensed(verb) and verb.tag_ == "VB":
        verb = verb.head
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ASPECTUAL:
        verb = verb.head
    if verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN" and \
            verb.head.lemma_.lower() in _DEMAND_NOUNS:
        return True  # `the department's demand that it sell its Android operating system`
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ in ("acl", "ccomp") and clause.head.pos_ == "NOUN" and clause.head.dep_ in (
            "dobj", "obj") and clause.head.head.lemma_.lower() in lex.demand_verbs:
        return True  # `wants a guarantee that … and that Tajikistan will release …`
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in lex.demand_verbs \
        and verb.head.lemma_.lower() not in ("promise", "pledge", "offer")  # `wanted … help`


# Verbs of going on with an act (`keep paying`, `continue funding`)
_ASPECTUAL = frozenset("keep continue start begin resume".split())


def _asked_of_another(verb, lex: Lexicon) -> bool:
    """`asked the port authority to extend …`, `urged Japan to send …`, `called for the board
    to sell the club`: the offer verb is what somebody else is asked to do."""
    while verb.dep_ == "conj" and not _tensed(verb) and not _past_joined_to_infinitive(verb):
        verb = verb.head  # `urged China to go further and to help fund …` (not `and had …`,
        # not `called on both sides to show restraint and offered to host talks`)
    head = object_holder = verb.head
    if head.tag_ == "VBG" and head.dep_ == "xcomp" and verb.dep_ == "xcomp":
        head = head.head  # `to order cladding manufacturer Arconic to pay`, `cladding` a verb
    called_on = head.lemma_.lower() == "call" and any(
        c.lower_ in ("on", "upon") and c.i > head.i for c in head.children)  # (also `on` left
    # bare: `called on electric vehicle charging company VoltPoint to …`, `charging` a verb)
    for_clause = verb.dep_ == "advcl" and verb.tag_ not in _FINITE and (
        any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)  # `called for X to`
        or prep_object(head, ("on", "upon")) is not None or called_on
        or (_infinitive(verb) and prep_object(head, ("for",)) is not None)  # (`for` its prep)
        or (_infinitive(verb) and _object(head) is not None))
    # (`needed the council to contribute`, the infinitive parsed as a purpose; not `asked X
    # on Wednesday …, while Santiago offered …`, a clause of its own)
    if verb.dep_ == "xcomp" and _told_to_act(head):
        return True  # `told Meta to give users a simpler way to object`: an order
    if (verb.dep_ not in ("xcomp", "ccomp") and not for_clause) or (
            head.lemma_.lower() not in lex.demand_verbs
            and head.lemma_.lower() not in lex.directive_demand_verbs):
        return False  # (`to order Arconic to pay £180 million`: ordered, not offered)
    own_subject = any(c.dep_ == "nsubj" for c in verb.children)  # `demand that the company …`
    return own_subject or _object(object_holder) is not None or prep_object(
        head, ("on", "upon")) is not None or called_on or (for_clause and prep_object(
            head, ("for",)) is not None)  # `called for rich countries to triple their aid`


def _have_to(verb):
    """`Iran had to stop enriching`, `Japan needed to open its market`: the verb under `have
    to` or `need to`, else None."""
    if verb.lemma_ not in ("have", "need") or (verb.lemma_ == "need" and _object(verb) is not None):
        return None  # (`needed bondholders to accept …` asks the bondholders)
    return next((c for c in verb.children if c.dep_ == "xcomp" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _counterfactual(clause) -> bool:
    """`should have secured more`: a reproach about the past, not a demand."""
    return clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have"
                                        for c in clause.children)


def _obliged(verb) -> bool:
    """`should build`, `must act`, `has to pay`: an obligation, not a reproach about the past."""
    return (any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought")
                for c in verb.children) or _have_to(verb) is not None) and \
        not _counterfactual(verb)


def _expected_to_happen(verb):
    """The thing in `expected the deal to be accepted` (a clause's noun subject); else None
    (`expects concrete steps` asks for them). The parser may hang the infinitive on the verb as
    an adverbial clause (`expected full collections to resume`) or on the thing as a relative
    one (`expected weekly collections to resume`)."""
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") or (
        c.dep_ == "advcl" and _infinitive(c))), None)
    if clause is None:
        thing = _object(verb)
        return thing if thing is not None and thing.pos_ == "NOUN" and any(
            c.dep_ in ("relcl", "acl") and _infinitive(c) for c in thing.children) else None
    thing = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        or _object(verb)
    return thing if thing is not None and thing.pos_ == "NOUN" else None


def _tail_misparsed_as_object(verb, thing) -> bool:
    """An object the parser hung on the verb from past a comma and the verb's own clause or
    conjunct: the sentence's tail (`, court papers seen by The Sun reveal`)."""
    return thing.dep_ in ("dobj", "obj") and any(
        c.dep_ in ("xcomp", "ccomp", "conj") and c.i < thing.i for c in verb.children) and \
        any(c.dep_ == "punct" and c.text == "," and c.i < thing.i and c.i > verb.i
            for c in verb.children)


def _own_body_obliged(verb, obliged, parsed: ParsedArticle, table: EntityTable, offset: int,
                      lex: Lexicon) -> bool:
    """Whether the body an obligation is put on is the one the reporting person works for."""
    reporter = _subject(verb)
    if obliged is None or reporter is None or obliged.pos_ != "NOUN":
        return False
    person = table.entities.get(_entity_for(reporter, parsed, table, offset) or "")
    if person is None or person.kind != "person" or not (definite(obliged) or any(
            c.dep_ == "poss" for c in obliged.children)):
        return False
    if person.role and re.search(rf"\b{re.escape(obliged.lower_)}['’]s\b", person.role, re.I):
        return True  # `the club's chief executive` on `the club`
    return person.affiliation is not None and person.affiliation in (
        _body_named_before(obliged, parsed, table, offset, lex),
        _persons_body(obliged, parsed, table, offset, lex))  # (`his government would need to`)


_COMPLETIONS = frozenset("finish complete do deliver build open reach".split())


def _ought_to_be_done(clause) -> bool:
    """`scooters should be banned from pavements`, `users should be able to delete their
    data`: what should be done or made possible, asked (not `the bridge should be finished by
    May`, a forecast)."""
    able = clause.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "able"
                                         for c in clause.children)
    return (able or any(c.dep_ == "nsubjpass" for c in clause.children)) and any(
        c.lower_ == "should" for c in clause.children) and \
        clause.lemma_.lower() not in _COMPLETIONS and not any(
            t.ent_type_ in ("DATE", "TIME") and t.head.lower_ in ("by", "before", "until", "in")
            for t in clause.subtree) and not any(
            c.dep_ == "xcomp" for c in clause.children)  # (`Chile should be made to pay`: asks
    # Chile)


def _obliged_clause(verb):
    """The clause of `said the government should build more housing`: a reported clause with
    its own named or noun subject and `should`/`must`/`ought`."""
    reported = [c for c in verb.children if c.dep_ == "ccomp" or (c.dep_ == "conj" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children))]  # `said … but that`
    reported += [c for r in reported for c in r.children if c.dep_ == "conj"]
    for child in reported:
        if child.pos_ in ("VERB", "AUX") and _obliged(child) and not (
                _have_to(child) is not None and any(c.dep_ == "neg" for c in child.children)):
            # (not `would not need to visit`, no duty at all; `should not annex` forbids)
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")),
                           None)
            if subject is not None and (subject.pos_ in ("NOUN", "PROPN") or (
                    subject.lower_ in ("it", "they") and _object(verb) is not None) or (
                    _claimed_for_itself(child, subject)) or (
                    subject.lower_ == "we" and any(c.dep_ == "nsubj" and c.pos_ == "PROPN"
                                                   for c in verb.children))):
                return child  # (`told the council it must publish …`: the council;
                # `"Beijing says we must remove the ship"`: the speaker's side)
    return None


_GETTING = frozenset({"have", "get", "receive"})


def _claimed_for_itself(clause, subject) -> bool:
    """`Russia says it should have a role too`: what a party says it should get, it asks for
    (not `it should act`, a duty it owns to)."""
    return subject.lower_ in ("it", "they") and clause.lemma_.lower() in _GETTING and \
        _object(clause) is not None and subject.head.i == clause.i


def _is_party(token, parsed: ParsedArticle, table: EntityTable, offset: int,
              lex: Lexicon) -> bool:
    """A named actor, a state or body noun (`the government`) or a party noun (`insurers`)."""
    lemma = token.lemma_.lower()
    return (_entity_for(token, parsed, table, offset) is not None or lemma in lex.party_nouns
            or lemma in lex.body_nouns or lemma in _STATE_NOUNS or lemma in _FORCES
            or (lemma in lex.bloc_nouns and token.tag_ == "NNS")  # `emerging economies`
            or ((lemma in _LOCAL_STATES or lemma == "district") and definite(token))
            # (`the city should spend …`, `unless the district agrees to …`)
            or (lemma in lex.role_nouns and definite(token) and table.role_holder(
                lemma, offset + token.idx) is not None)  # `unless the actor hands over …`
            or (lemma in lex.role_nouns and token.tag_ == "NNS" and lemma not in _OBSERVERS))
    # (`only if ministers commit to …`)


def _speaker_label(token) -> bool:
    """`MUDAVADI` or `VON DER LEYEN` before a transcript turn's colon, which the parser may
    hang on the turn's verb."""
    doc = token.doc
    if not token.is_upper or not token.is_alpha:
        return False
    for ahead in doc[token.i + 1:token.i + 5]:
        if ahead.text == ":":
            return True
        if not (ahead.is_upper and ahead.is_alpha):
            return False
    return False


def _dateline_token(token) -> bool:
    """`BEIJING —` opening a sentence, which the parser may hang on its verb."""
    start = token.sent.start
    doc = token.doc
    return token.i in (start, start + 1) and doc[start].is_upper and start + 1 < len(doc) and \
        doc[start + 1].text in ("—", "–", "-", "--")


_REPORTING_LEMMAS = frozenset({"say", "tell", "add", "announce", "state", "confirm"})


def _own_perfect(verb) -> bool:
    """`… and has asked`: a verb joined on with a perfect auxiliary of its own."""
    return any(a.dep_ == "aux" and a.lower_ in ("has", "have", "had") for a in verb.children)


_SENT_DEMANDS = _DEMAND_NOUNS | {"ultimatum", "notice"}


def _demands_sent(thing):
    """`a list of demands including approval of every photo`, `an ultimatum`, `a formal notice:
    start building …`: demands given or sent are asked, not offered; what they include or what
    follows the colon, else the demands themselves."""
    if thing.lemma_.lower() == "list":
        thing = prep_object(thing, ("of",)) or thing
    if thing.lemma_.lower() not in _SENT_DEMANDS:
        return None
    including = next((c for c in thing.children if c.lower_ in ("including", "for")), None)
    if including is not None:
        return next((c for c in including.children if c.dep_ == "pobj"), thing)
    colon = next((t for t in thing.doc[thing.i + 1:thing.sent.end] if t.text == ":"), None)
    spelled = thing.doc[colon.i + 1] if colon is not None and colon.i + 1 < thing.sent.end \
        else None  # `a formal notice this month: start building …`
    return spelled if spelled is not None and spelled.pos_ == "VERB" and \
        spelled.tag_ == "VB" else thing


def _whole_clause(clause) -> str:
    """`any transit route must be guarded by Russian troops`: the clause with its subject and
    modal, without an opening `that` or a clause joined on."""
    tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
    joined_on = {t.i for c in clause.children if c.dep_ in ("conj", "cc") and c.i > clause.i
                 for t in c.subtree}
    return joined([t for t in tokens if t.i not in joined_on]).strip(" ,.")


def _predicate(clause, without=()) -> str:
    """`the government should build more housing` → `build more housing`; `without` names
    more dependents to leave out (`conj`: only verbs joined on, another act)."""
    if (obliged := _have_to(clause)) is not None:
        clause = obliged  # `Iran had to stop enriching …` → `stop enriching …`
    skip = {t.i for c in clause.children if (c.dep_ in ("nsubj", "aux", "mark", "punct", *without)
                                             or (c.dep_ == "advmod" and c.lower_ == "only")
                                             or (c.dep_ == "cc" and c.i < clause.i and all(
                                                 t.is_punct for t in
                                                 c.doc[clause.left_edge.i:c.i]))
                                             or (c.dep_ == "ccomp" and c.i < clause.i))
            and c.dep_ != "conj" for t in c.subtree}  # (`What I ask is simple: …` before it;
    # `"But Benin must stop …`: the opening `But`)
    if "conj" in without:  # `cap bills … and lend suppliers …`: another act, found by itself
        skip |= {t.i for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 for t in c.subtree}
        skip |= {c.i for c in clause.children if c.dep_ == "cc" and any(
            v.dep_ == "conj" and v.pos_ == "VERB" and v.i > c.i for v in clause.children)}
    exchange = [t.i for t in clause.subtree if t.i > clause.i and _not_given(t)]
    # `allow aid through areas it controls but accused the army …`: another act
    exchange += [c.i for t in clause.subtree if t.dep_ == "conj" and t.i > clause.i
                 and t.tag_ in ("VBD", "VBZ") and not _tensed(t)
                 for c in t.head.children if c.dep_ == "cc" and c.i < t.i and (
                     c.lower_ == "but" or _past_joined_to_infinitive(t))]
    # `wants the team to stay downtown and has offered …`: a verb with an auxiliary of its own
    exchange += [c.i for t in clause.subtree if t.dep_ == "conj" and t.i > clause.i
                 and t.pos_ == "VERB" and t.head.tag_ in ("VB", "VBD") and _own_perfect(t)
                 for c in t.head.children if c.dep_ == "cc" and c.i < t.i]
    # `must sit down for formal negotiations and wants the starting rate raised …`: a finite
    # verb cannot go on one under a modal (see `_subject`)
    exchange += [c.i for t in clause.subtree if t.dep_ == "conj" and t.i > clause.i
                 and t.tag_ in _FINITE and _under_modal(t.head)
                 for c in t.head.children if c.dep_ == "cc" and c.i < t.i]
    # `"must persevere with reforms" and urged the authorities to …`: the speaker's next act
    exchange += [c.i for t in clause.subtree if t.dep_ == "conj" and t.i > clause.i
                 and t.tag_ in ("VBD", "VBZ") and t.lemma_.lower() in _SPEECH_ACTS | {"say", "add"}
                 for c in t.head.children if c.dep_ == "cc" and c.i < t.i]
    # `… to back the 2027 budget, Cabinet Chief Guillermo Francos said`: the reporter, misparsed
    # as an apposition
    exchange += [t.left_edge.i for t in clause.subtree if t.dep_ == "appos" and t.i > clause.i
                 and t.right_edge.i + 1 < len(t.doc) and t.doc[t.right_edge.i + 1].lemma_.lower()
                 in _REPORTING_LEMMAS]
    # `keep the officer role, which was scrapped …`: what follows says what it was
    exchange += [t.left_edge.i - 1 for t in clause.subtree if t.dep_ == "relcl" and t.i > clause.i
                 and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","]
    tokens = [t for t in clause.subtree if t.i not in skip and t.i < min(exchange, default=t.i + 1)
              and not _speaker_label(t) and not _dateline_token(t)]
    words = " ".join(joined(tokens).strip(" ,;:-–—.").split()[:_MAX_WHAT_WORDS])
    return _TRAILING_CC.sub("", words).rstrip(" ,;:-–—")  # (no `… an annual permit and`,
    # cut short)


def _called_on(verb, prepositions=("on", "upon"), infinitive=False):
    """`called on Congress to pass a relief package` → (Congress, to pass …); with `to` and an
    infinitive, `appealed to delegates to find the landing zone`; else None."""
    addressee = prep_object(verb, prepositions)
    if addressee is not None and addressee.ent_type_ in ("DATE", "TIME"):
        return None  # `called on Tuesday for …`: a day, not whom they called on
    clause = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl")
                   and (not infinitive or _infinitive(c))), None)
    bare = next((c for c in verb.children if c.lower_ in prepositions and c.i == verb.i + 1
                 and not any(g.dep_ == "pobj" for g in c.children)), None)
    asked = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and _infinitive(c)),
                 None)
    if addressee is None and bare is not None and asked is not None:
        addressee = next((t for t in verb.doc[bare.i + 1:asked.i] if (t.ent_type_ in (
            "ORG", "GPE", "PERSON", "NORP") or t.pos_ == "PROPN") and t.dep_ != "compound"),
            None)  # (also `called on property portal Homescout to …`, the name untagged);
        # `called on electric vehicle charging company VoltPoint to …`, `charging` a verb
        clause = asked if addressee is not None else clause
    return (addressee, clause) if addressee is not None and clause is not None else None


def _asks_back(prep) -> bool:
    """`in` of `in exchange for`, `in return for`."""
    return prep.lower_ == "in" and any(c.dep_ == "pobj" and c.lower_ in ("exchange", "return")
                                       for c in prep.children)


def _not_given(prep) -> bool:
    """Where what is given stops: what is asked back (`in exchange for votes`) or what it is
    given for (`in an effort to persuade Washington`)."""
    return _asks_back(prep) or _purpose_phrase(prep)


def _in_exchange_for(verb):
    """`offered to tighten controls in exchange for relief from tariffs` → (relief …, None);
    `… in return for the city council selling them the site` → (selling them the site,
    council): what is wanted, and of whom when the text says."""
    for noun in verb.subtree:  # the parser attaches the phrase anywhere in the clause
        if any(a.dep_ == "relcl" and verb.is_ancestor(a) and not any(
                c.dep_ == "nsubj" and c.lower_ in ("it", "we") for c in a.children)
               for a in noun.ancestors):
            continue  # (`floated a deal under which Hamas would free … in exchange for …`:
            # the deal's terms; but `a deal under which it would store … in exchange for …`
            # is what the floater itself would give, and ask)
        if noun.dep_ == "pobj" and _asks_back(noun.head):
            wanted = prep_object(noun, ("for",))
            if wanted is None:  # `in exchange for writing off part of its debt`
                doing = _prep_clause(noun, ("for",))
                if doing is not None:
                    return _predicate(doing), None
                continue
            doing = wanted.doc[wanted.right_edge.i + 1] \
                if wanted.right_edge.i + 1 < len(wanted.doc) else None
            if doing is not None and doing.tag_ == "VBG" and doing.head.i != wanted.i:
                return _predicate(doing), wanted  # the parser split the gerund from its doer
            doing = next((c for c in wanted.children if c.dep_ == "acl" and c.tag_ == "VBG"
                          and c.i == wanted.i + 1), None)
            if doing is not None:
                return _predicate(doing), wanted  # `in exchange for pilots accepting …`
            return _phrase(wanted), None
    return None, None


_CONDITION_MARKS = frozenset({"if", "provided", "providing"})
_GIVING_VERBS = frozenset({"give", "grant", "offer", "guarantee", "promise", "assure", "allow"})
# `if Pyongyang accepts it`, `if his coalition wins the election`: no act asked for
_NO_ACT = frozenset({"accept", "agree", "win", "lose", "want", "need", "wish", "like"})


def _condition(verb, parsed: ParsedArticle, table: EntityTable, offset: int, lex: Lexicon,
               to_a_person: bool = False):
    """The `if` clause an offer hangs on, an act of another party (`… a new playground if
    they drop their objection`, `… if the United States lifts sanctions`; `he` or `she` when
    the offer is made `to_a_person`), wherever the parser attached it after the offer; else
    None."""
    heads = [*(t for t in verb.subtree if t.dep_ in ("xcomp", "conj", "pcomp", "acl")), verb,
             *verb.ancestors]  # (`a timetable for opening chapters if Belgrade agrees …`,
    # `to write off the debts that provinces owe if governors persuade …`, misparsed)
    heads += [c for t in verb.children if t.dep_ == "xcomp"
              for c in t.children if c.dep_ == "ccomp"]  # `offered to let freight cross …
    # if Yerevan removes …`
    heads += [t for t in verb.sent if t.i > verb.i and t.dep_ in ("ROOT", "advcl", "parataxis")
              and t.lemma_.lower() in lex.reporting_verbs | {"confirm"}]  # `… if Byrne drops
    # the appeal, his agent confirmed`: hung on the reporting verb after it
    for noun in verb.subtree:  # `… for 1 pound, on condition that the trust reopens the pool`
        if noun.lower_ == "condition" and noun.dep_ == "pobj" and noun.head.lower_ == "on":
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                           and any(m.lower_ == "that" for m in c.children)), None)
            asked = next((c for c in clause.children if c.dep_ == "nsubj"), None) \
                if clause is not None else None
            if asked is not None and (_is_party(asked, parsed, table, offset, lex) or
                                      asked.lower_ in ("they", "he", "she")):
                return clause  # (`… on condition that they implement the agreements`)
    for head in heads:  # `…, provided the state of Ohio contributes …`, `provided` taken for a
        # preposition or a verb of its own
        provided = next((c for c in head.children if c.lower_ in _PROVIDED and c.i > verb.i
                         and c.dep_ in ("prep", "advcl", "mark", "conj")), None)
        clause = next((c for c in provided.children if c.dep_ in ("ccomp", "pcomp", "advcl")
                       and c.pos_ == "VERB"), None) if provided is not None else None
        asked = next((c for c in clause.children if c.dep_ == "nsubj"), None) \
            if clause is not None else None
        if asked is not None and (asked.lower_ == "they" or _is_party(
                asked, parsed, table, offset, lex)):
            return clause
    for head in heads:
        for clause in head.children:
            passive = any(c.dep_ == "auxpass" for c in clause.children)
            if clause.dep_ not in ("advcl", "conj") or clause.i < verb.i or clause.tag_ not in (
                    "VB", "VBP", "VBZ", "VBD", *(("VBN",) if passive else ())) or (
                        clause.lemma_.lower() in _NO_ACT and not any(  # `if they agree to cap`
                            c.dep_ == "xcomp" for c in clause.children) and not (
                            clause.lemma_.lower() == "agree"  # `agrees to a longer contract`
                            and prep_object(clause, ("to",)) is not None)) or not any(
                    c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in clause.children):
                continue  # (`… - but only if he is given …`, parsed as a conjunct)
            asked = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            given = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
            if given is not None and given.pos_ == "PRON" and clause.lemma_.lower() in \
                    _GIVING_VERBS and _object(clause) is not None:
                return clause  # `only if he is given armed police protection`: what is wanted
            if asked is None or any(c.dep_ == "poss" and c.pos_ == "PRON"
                                    for c in asked.children):
                continue  # `if his coalition wins`: the offerer's own side
            if asked.lower_ == "they" or (to_a_person and asked.lower_ in ("he", "she")) or \
                    asked.lemma_.lower() == "side" or _is_party(asked, parsed, table, offset, lex) \
                    or _entity_for(asked, parsed, table, offset, quoted=True) is not None:
                # (`… if both sides sign`; `"we will drop the case if Canada gives …"`)
                return clause
    return None


# `would strike unless the company raised wages`: always a condition set on another party;
# `would only release the hostages once the government stopped bombing`: with `only`
_UNLESS = frozenset({"unless"})
_PROVIDED = frozenset({"provided", "providing"})
_ONLY_WHEN = frozenset({"if", "once", "when", "after", "until"})


_REFUSING = frozenset({"refuse", "decline"})


# Holding back until another acts (`will withhold rent until the landlord fixes the lifts`)
_WITHHOLDING = frozenset({"withhold", "boycott", "strike", "blockade", "picket"})


def _own_gain_in_condition(clause, lex: Lexicon):
    """`purse` of `will only fight Cole if he gets a £3 million purse`: what the condition
    gives the one who sets it (the same `he`), when the condition is set; else None."""
    own = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    head_subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if clause.lemma_.lower() not in _RECEIVING_VERBS or own is None or head_subject is None or \
            own.lower_ not in ("he", "she", "it", "they", "we", "i") or \
            own.lower_ != head_subject.lower_ or not _sets_condition(clause, lex):
        return None
    return _object(clause)


def _sets_condition(clause, lex: Lexicon) -> bool:
    """`unless …`, `only if/once …`, `will not … until …`, `if … does not …`: a clause that
    sets a condition (not an offer's own `if`, which `_condition` reads)."""
    if clause.dep_ == "pcomp" and clause.head.lower_ in _PROVIDED and \
            clause.pos_ in ("VERB", "AUX"):
        return True  # `…, provided Moscow withdraws its troops`, parsed as a preposition's
    if clause.dep_ not in ("advcl", "conj") or clause.pos_ not in ("VERB", "AUX") or \
            clause.i < clause.head.i:
        return False  # (`…, but only if the court drops …`, parsed as a conjunct)
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    only = any(c.dep_ == "advmod" and c.lower_ == "only"
               for c in (*clause.children, *clause.head.children))
    refused = any(c.dep_ == "neg" for c in clause.head.children) or (  # `will not sign
        clause.head.dep_ == "xcomp" and clause.head.head.lemma_.lower() in _REFUSING) or any(
        t.lemma_.lower() in _WITHHOLDING  # until …`, `have refused to sign new contracts
        for t in (clause.head, *(c for c in clause.head.children  # until …`, `voted to
                                 if c.dep_ in ("xcomp", "nsubj")))) and (  # withhold rent
        clause.head.pos_ == "VERB")  # until …`, `the strike would continue until …`
    if_not = "if" in marks and any(c.dep_ == "neg" for c in clause.children)  # `… if the
    # company does not improve its offer`: unless it does
    return bool(marks & _UNLESS or (only and marks & _ONLY_WHEN) or (
        refused and "until" in marks) or if_not) and not (
        clause.head.lemma_.lower() in lex.offer_verbs and "if" in marks)


def _done_in_condition(clause, lex: Lexicon) -> bool:
    """`would join a government only if the buyout scheme was shelved`: a condition that a
    thing be done, with nobody named to do it, is wanted all the same."""
    main = next((c.lower_ for c in clause.head.children if c.dep_ == "nsubj"), None)
    own_thing = clause.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and any(
            p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
        for c in clause.children)  # (`will only sign if her name appears above the band's`)
    return (own_thing or (clause.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in clause.children) and any(
        c.dep_ == "nsubjpass" and (c.pos_ != "PRON" or c.lower_ == main)
        for c in clause.children))) and _sets_condition(clause, lex)
    # (`she will walk out unless she is paid the same as her co-host`: she wants to be)


def _terms_reported(verb, subject) -> bool:
    """`said any return would require Kerrigan to drop his appeal`: what a thing (a return, a
    deal) would require, in what a party reports, is what that party sets."""
    return verb.lemma_.lower() == "require" and subject.pos_ == "NOUN" and \
        subject.ent_type_ == "" and verb.dep_ == "ccomp" and \
        verb.head.lemma_.lower() in ("say", "tell", "add", "insist", "warn") and _will_do(verb)


def _terms_in_condition(clause, lex: Lexicon):
    """`… unless the deal includes a binding safeguard`: the term a condition asks an agreement
    to hold (the safeguard); else None."""
    settlement = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if settlement is None or settlement.lemma_.lower() not in _AGREEMENTS | _SETTLEMENTS or \
            clause.lemma_.lower() not in _INCLUDING or not _sets_condition(clause, lex):
        return None
    return _object(clause)


def _thing_in_condition(verb):
    """`would consider reopening them only after an investigation into the clashes`: the thing
    a party will act only after; else None (not `only after Monday`)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("after", "once") or not any(
                c.dep_ == "advmod" and c.lower_ == "only" for c in (*prep.children,
                                                                     *verb.children)):
            continue
        thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if thing is not None and thing.pos_ == "NOUN" and not thing.ent_type_:
            return thing
    return None


def _asked_in_condition(clause, lex: Lexicon):
    """The party a condition is set on, for an act the condition asks of it (`… unless Israel
    withdraws its troops`, `… only once the government stops aerial bombing`); else None.
    An offer's own `if` clause is left to `_condition`."""
    if not _sets_condition(clause, lex):
        return None
    asked = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if asked is not None and asked.lower_ == "they" and (told := next(
            (_object(a) for a in clause.ancestors if a.lemma_.lower() == "tell"
             and _object(a) is not None), None)) is not None:
        asked = told  # `has told BBC bosses he will not return unless they drop …`: the bosses
    done = _object(clause)
    if done is not None and done.pos_ == "PRON":  # `unless the company guarantees them ten
        # rest days`, the recipient parsed as a first object
        done = next((c for c in clause.children if c.dep_ in ("dobj", "obj") and c.i > done.i),
                    done)
    left = next((o for v in (clause.head, *(c for c in clause.head.children
                                            if c.dep_ == "xcomp"))
                 if (o := _object(v)) is not None and o.pos_ == "PROPN"), None)
    if asked is not None and asked.lower_ == "it" and done is not None and \
            done.pos_ == "NOUN" and left is not None:
        asked = left  # `threatened to quit the Darts Corporation unless it changes a rule`
    if asked is None or asked.pos_ == "PRON" or (done is None or (
            done.pos_ == "PRON" and asked.pos_ != "PROPN")) and not any(
            c.dep_ in ("xcomp", "prep", "advcl") for c in clause.children):
        return None  # `unless it rains`, `unless they win`: no act asked for (but `until
        # Hamas no longer rules it`)
    return asked


def _condition_setter(verb, parsed: ParsedArticle, table: EntityTable, offset: int,
                      lex: Lexicon):
    """Who sets the condition hung on `verb`: its subject when that is a party (`Hamas said it
    would not release …`, `The union will strike …`), else the one who reports it (`Dock
    workers will strike … unless …, the FNV union said`); None for a condition inside what is
    asked of somebody (`urged the Commission to reject the deal unless …`) or on a thing
    (`research stations could close unless …`)."""
    if verb.lower_ in _PROVIDED and verb.dep_ in ("prep", "mark", "advcl"):
        verb = verb.head  # `…, provided Moscow withdraws …`: the condition of what it hangs on
    if verb.head.lemma_.lower() in lex.demand_verbs and verb.head.lemma_.lower() not in (
            "warn", "threaten") and (verb.dep_ == "ccomp" or (
            verb.dep_ == "xcomp" and _object(verb.head) is not None)):
        return None  # (not `threatened to skip the event unless …`: the threatener's own act)
    reported = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None) \
        if verb.lemma_.lower() in lex.reporting_verbs else None
    if reported is not None and (own := _subject(reported)) is not None and \
            own.pos_ == "PROPN" and _entity_for(own, parsed, table, offset) is not None:
        return own  # `Lebanon is ready to deploy …, the prime minister said, but only if …`:
        # the condition of what is reported, set by its subject
    subject = _subject(verb)
    if subject is None:
        return None
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ or (
            subject.lemma_.lower() in lex.body_nouns or subject.lemma_.lower() in _STATE_NOUNS
    ) and (definite(subject) or _persons_body(subject, parsed, table, offset, lex)) and \
            not parsed.in_quote(offset + subject.idx) and not _is_unnamed_party(subject, lex):
        return subject  # (not `councils could not afford …, Cosla said`: Cosla; `her party`)
    if _reporters_body(subject, parsed, table, offset, lex) is not None:
        return subject  # `ADCU general secretary Yaseen Aslam said the union would go ahead
        # … unless …`: his union
    reporter = _reporter(subject)
    if reporter is not None and _is_party(reporter, parsed, table, offset, lex) and \
            subject.lemma_.lower() != "member":
        return reporter  # (`its chairman said members would …`: the members, whose body he
        # speaks for)
    return subject if subject.lemma_.lower() in lex.party_nouns or \
        subject.lemma_.lower() == "member" or _acting_plural(subject, lex) else None
    # (`Road hauliers have threatened to divert their lorries unless …`)


def _named_next(subject, parsed: ParsedArticle, table: EntityTable, offset: int,
                lex: Lexicon) -> str | None:
    """`The Dutch data protection authority has ordered … ¶ The Autoriteit Persoonsgegevens
    said …`: a lead that describes a body before naming it names it as the subject of the
    next paragraph's first sentence, where the text first names that body."""
    buyer = subject.lemma_.lower() in _BUYERS and subject.tag_ == "NN" and not any(
        c.dep_ == "appos" for c in subject.children)
    if subject.pos_ != "NOUN" or not (definite(subject) or any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)) or \
            not (_body_noun(subject.lemma_.lower(), lex) or buyer):
        return None  # (`A mobile phone company has offered … ¶ Cornerstone … said`)
    return _subject_of_next_paragraph(subject, parsed, table, offset,
                                      ("organization", "person") if buyer else ("organization",))


# Those a lead may describe before naming them, a body or a person: `The preferred bidder for
# the steelworks has asked …`, `The owner of Ashford Town has offered …`
_BUYERS = frozenset({"bidder", "buyer", "owner", "suitor", "purchaser", "investor"})


def _subject_of_next_paragraph(subject, parsed: ParsedArticle, table: EntityTable,
                               offset: int, kinds=("organization",)) -> str | None:
    """The body first named as the subject opening the paragraph after the lead's."""
    position = offset + subject.idx
    paragraph = parsed.paragraph_at(position)
    if paragraph + 1 >= len(parsed.paras) or paragraph > 1:
        return None  # (the lead's: the headline is the first paragraph)
    following = parsed.paras[paragraph + 1].start
    first = next(((at - t.idx, t) for at, t in parsed.tokens(following, following + 400)
                  if t.dep_ in ("nsubj", "nsubjpass") and t.sent.start == 0
                  and t.head.dep_ == "ROOT" and t.pos_ == "PROPN"), None)
    if first is None:
        return None
    body = _entity_of(first[1], parsed, table, first[0])
    if body is None or body.kind not in kinds or any(
            m.entity_id == body.id for m in table.before(following)):
        return None
    return body.id


def _free_time(verb) -> bool:
    """`give existing owners 12 months of the subscription free`: a time of something given
    free, no time spent."""
    return any(t.lower_ == "free" for t in verb.subtree)


def _bound_to(verb) -> bool:
    """`must hand over`, `has to pay`, or a verb joined to one (`must comply or pay`)."""
    while True:
        if _obliged(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_ == "have"):
            return True
        if verb.dep_ != "conj" or verb.tag_ != "VB" or any(
                c.dep_ in ("nsubj", "aux") for c in verb.children):
            return False  # (`would have to move … and promised a meeting`: its own act)
        verb = verb.head


def _possessed_body_named_next(subject, parsed: ParsedArticle, table: EntityTable,
                               offset: int, lex: Lexicon) -> str | None:
    """`The Netherlands' consumer authority has ordered … ¶ The Authority for Consumers and
    Markets said`: a body the lead gives only as a country's is the one named next (not the
    country), when that name has the lead's word for it."""
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or getattr(_entity_of(owner, parsed, table, offset), "kind", None) != \
            "country":
        return None
    named = _subject_of_next_paragraph(subject, parsed, table, offset) if subject.pos_ == \
        "NOUN" and _body_noun(subject.lemma_.lower(), lex) else None
    return named if named is not None and subject.lemma_.lower() in table.entities[
        named].name.lower() else None


def _both_states(subject, parsed: ParsedArticle, table: EntityTable, offset: int) -> list[str]:
    """`Both governments have promised to accept the ruling`: the two countries the text last
    named together (`Peru and Ecuador`), else the two it named most before, outside quotations
    (none when that is unclear); `The two companies have offered …`: the two bodies last named
    together (`Volta and Brightwave`)."""
    lemma = subject.lemma_.lower()
    states = lemma in _STATE_NOUNS
    if not (states or lemma in load_lexicon().body_nouns) or subject.tag_ != "NNS" or not any(
            c.lower_ == "both" or (c.lower_ == "two" and definite(subject))
            for c in subject.children):
        return []
    named = [m for m in table.before(offset + subject.idx)
             if m.kind == ("country" if states else "organization")
             and not parsed.in_quote(m.start)]
    for first, second in reversed(list(zip(named, named[1:], strict=False))):
        if first.entity_id != second.entity_id and re.fullmatch(
                r",? and (?:the )?", parsed.text[first.end:second.start]):
            return sorted((first.entity_id, second.entity_id))
    if not states:
        return []
    counts: dict[str, int] = {}
    for mention in named:
        counts[mention.entity_id] = counts.get(mention.entity_id, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) < 2 or (len(ranked) > 2 and ranked[1] == ranked[2]):
        return []
    return sorted(e for e, n in counts.items() if n >= ranked[1])


def _both_sides(noun) -> bool:
    """`both sides`, `the two parties`, `all sides`: every party to the story at once."""
    return noun.lemma_.lower() in ("side", "party") and noun.tag_ == "NNS" and any(
        c.lower_ in ("both", "all", "two") for c in noun.children)


# What parties agree on: terms set for one are asked of whoever makes it.
_SETTLEMENTS = frozenset("deal agreement settlement accord merger takeover treaty truce remedy "
                         "ceasefire".split())
# Plural nouns that report or judge rather than take a side (`Analysts expect …`)
_OBSERVERS = frozenset("analyst economist expert source report study survey official observer "
                       "critic scientist researcher poll data figure".split())


def _acting_plural(subject, lex: Lexicon) -> bool:
    """`Hoteliers want the levy spent on …`, `Pharmacies have warned they will stop …`: a bare
    plural that asks, offers or warns is a party, whatever its noun (not `Analysts expect …`)."""
    verb = subject.head
    lemma = verb.lemma_.lower()
    noun = subject.lemma_.lower()
    following = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    own_act = lemma in ("warn", "say") and any(  # `Pharmacies have warned they will stop …`
        c.dep_ == "nsubj" and c.lower_ in ("they", "we")
        for r in verb.children if r.dep_ == "ccomp" for c in r.children)
    bare = all(c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN")
               or (c.dep_ == "det" and c.lower_ == "the" and any(
                   m.dep_ == "compound" for m in subject.children))
               for c in subject.children if c.i < subject.i)  # `Bolivian truckers have …`,
    # `The bell ringers want …`
    described = any(c.dep_ == "relcl" and c.tag_ in ("VBP", "VBD") for c in subject.children)
    kind = [c for c in subject.children if c.dep_ in ("amod", "compound") and c.i < subject.i]
    trade = len(kind) >= 2 and not any(c.ent_type_ in ("NORP", "GPE") for c in kind)
    # (`Independent estate agents have called on …`: a trade, not `Ukrainian officials`)
    return subject.dep_ == "nsubj" and subject.tag_ == "NNS" and bare \
        and noun not in _OBSERVERS and (noun not in lex.role_nouns or described or trade) and \
        (noun.endswith(_AGENT_ENDINGS) or noun in lex.trade_descriptors or described) and not (
        # people or bodies (`Airlines flying from Northfield have called on …`, `Independent
        # bakeries that make own-label bread … are demanding …`), not `Markets want …`
            following is not None and following.text[:1].isupper()
            and following.ent_type_ != "GPE") and (  # `Surfers Against Sewage`
            lemma in lex.demand_verbs and lemma not in ("expect", "hope", "warn")
            or lemma in _OFFERING_ACTS or own_act)


# Nouns for people or bodies (`hoteliers`, `growers`, `pharmacies`, `activists`)
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "cy", "ier")


_QUANTIFIERS = frozenset("many most some several few all other more much both each every "
                         "various numerous certain such any".split())
_PLURAL_ONLY = frozenset({"player", "publisher", "cooperative", "co-operative", "team"})
# How a group feels, which names no group (`furious neighbours` are the neighbours)
_MOODS = frozenset("furious angry worried frustrated outraged desperate concerned disgruntled "
                   "irate upset anxious fed-up".split())


_BOSSES = frozenset({"boss", "chief"})


def _is_unnamed_party(subject, lex: Lexicon) -> bool:
    """Whether `subject` is a party without a name (see `_unnamed_party`), without adding it."""
    lemma = _plural_opening_lemma(subject) or subject.lemma_.lower()
    if (lemma in _PLURAL_ONLY or _national(subject)) and subject.tag_ != "NNS":
        return False  # `the player wants …`, `the Australian miner has …`: one named before
    where = prep_object(subject, ("at", "from"))
    if where is not None and where.ent_type_ == "ORG" and lemma not in _SERVED:
        return False  # `Producers at Channel 4 want …`: the body's people (`_members_body`)
    members = lemma in lex.body_nouns and any(  # `The residents' association is demanding`
        c.dep_ == "poss" and c.tag_ == "NNS" for c in subject.children)
    named = subject.ent_type_ and subject.text[:1].isupper() or (  # (not `cooperatives`)
        lemma in lex.body_nouns and _name_in_its_members_word(subject))
    if subject.dep_ == "pobj" and subject.head.head.lemma_.lower() in _COUNTS and \
            subject.tag_ == "NNS" and lemma.endswith(_AGENT_ENDINGS) and lemma not in _OBSERVERS:
        return True  # `Thousands of delivery riders …, demanding …` (see `_counted`)
    # `Network chiefs are said to have offered …` (`ITV bosses` are ITV's)
    bosses = lemma in _BOSSES and subject.tag_ == "NNS" and not any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children) and any(
        c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")
        for c in subject.children)
    return not named and (lemma in lex.party_nouns or members or bosses or (
        lemma in lex.bloc_nouns and subject.tag_ == "NNS" and any(
            c.dep_ in ("amod", "compound") and c.lower_ not in stop_words()
            for c in subject.children)) or _acting_plural(subject, lex))
    # (`Rich countries have pledged …`, not `countries`)


_NEXT_DOOR = frozenset({"neighbour", "neighbor", "resident"})


def _owners_neighbours(subject, table: EntityTable, lex: Lexicon) -> str | None:
    """`Marcus Adebayo's neighbours are demanding …`: people who live by a person are a party
    of their own, not that person."""
    if subject.lemma_.lower() not in _NEXT_DOOR or subject.tag_ != "NNS" or not any(
            c.dep_ == "poss" and c.pos_ == "PROPN" for c in subject.children):
        return None
    return _unnamed_party(subject, table, lex, checked=True)


def _plural_opening_lemma(token) -> str | None:
    """`Pensioners have asked …`: a plural noun opening a sentence, which the model took for a
    name (`NNPS`) and left unlemmatised → `pensioner`; else None."""
    if token.tag_ != "NNPS" or token.i != token.sent.start or token.ent_type_ or \
            not token.lower_.endswith("s"):
        return None
    return token.lower_[:-3] + "y" if token.lower_.endswith("ies") else token.lower_[:-1]


def _unnamed_party(subject, table: EntityTable, lex: Lexicon, checked: bool = False) -> str | None:
    """`Farmers want irrigation ponds`, `the unions are demanding …`, `the opposition wants …`:
    a party without a name (from a short list of such nouns), kept as a group actor named by
    its words (`Hospital groups`); `checked` when the caller knows it is one."""
    if not checked and not _is_unnamed_party(subject, lex):
        return None
    if (union := _the_only_union(subject, table)) is not None:
        return union
    if (named := _named_by_its_members(subject, table)) is not None:
        return named
    members = prep_object(subject, ("of",)) if subject.lemma_.lower() == "group" else None
    if members is not None and members.tag_ == "NNS" and (
            _is_unnamed_party(members, lex) or members.lemma_.lower() in lex.role_nouns):
        subject = members  # `A group of more than 40 European news publishers`: publishers
    words = []
    for child in subject.children:  # `Hospital groups`, `cocoa farmers' groups`
        if child.i < subject.i and child.dep_ == "compound":
            words += [t for t in child.subtree if t.dep_ != "det"]  # `Human rights groups`
        elif child.i < subject.i and child.dep_ == "amod" and child.lower_ not in _QUANTIFIERS \
                and child.lower_ not in _MOODS:
            words += list(child.subtree)  # `Passenger groups`, `Former employees` (not `Most`)
        elif child.i < subject.i and child.dep_ == "poss" and child.pos_ == "NOUN":
            owner = next((c for c in child.children if c.dep_ == "poss" and c.pos_ == "PROPN"),
                         None)  # (`Scotland's women's rugby players`: where, not who)
            words += [t for t in child.subtree if t.dep_ not in ("case", "det") and not (
                owner is not None and t.i in {d.i for d in owner.subtree})]
    words.sort(key=lambda t: t.i)
    if not words and definite(subject) and (first := _introduced(subject)) is not None:
        return unnamed_actor(first, "group", table)
    if not words and definite(subject) and subject.tag_ == "NNS":
        groups = [e.id for e in table.entities.values() if e.kind == "group" and
                  e.name.lower().split()[-1] == subject.lower_ and " " in e.name]
        if len(groups) == 1:
            return groups[0]  # `Five sportswear brands have … The brands also want …`
    return unnamed_actor([*words, subject], "group", table)


def _their_antecedent(pronoun):
    """`they` in a clause hung on the sentence's verb (`Tenants … have turned down …, saying
    what they need is a cap …`) is that verb's plural noun subject; None when there is none."""
    for verb in pronoun.head.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i != pronoun.i:
            return subject if subject.tag_ == "NNS" else None
        if verb.dep_ == "ROOT":
            return None
    return None


def _introduced(subject) -> list | None:
    """`The coalition wants …` after `a coalition of European software firms`: the words that
    introduced it (the noun and its `of` phrase), earlier in the paragraph."""
    for earlier in reversed(subject.doc[:subject.i]):
        if earlier.lower_ != subject.lower_ or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in earlier.children):
            continue
        members = prep_object(earlier, ("of",))
        if members is None:
            return None
        described = {t.i for c in members.children if c.dep_ in ("prep", "acl", "relcl", "appos")
                     for t in c.subtree}  # (not `including Nextcloud`, `which …`)
        kept = [t for t in members.subtree if t.i not in described and not t.is_punct]
        return [earlier, members.head, *kept]
    return None


def _named_by_its_members(subject, table: EntityTable) -> str | None:
    """`A coalition of small island states called for …`, where the text also names the
    Alliance of Small Island States: the body whose name says what it is made of."""
    members = prep_object(subject, ("of",)) if subject.lemma_.lower() in _COLLECTIVES else None
    words = {t.lower_ for t in members.subtree if t.is_alpha and not t.is_stop} \
        if members is not None else set()
    return next((e.id for e in table.entities.values() if words and e.kind == "organization"
                 and words <= set(e.name.lower().split())), None)


_COLLECTIVES = frozenset("coalition alliance consortium group".split())


def _the_only_union(subject, table: EntityTable) -> str | None:
    """`… unless the airline improves its offer, their union said`: `the union`, when the
    article names one (see `EntityTable.only_union`)."""
    if subject.lemma_.lower() not in LABOUR_BODIES or subject.tag_ != "NN" or any(
            c.dep_ in ("amod", "compound") for c in subject.children):
        return None
    return table.only_union()


def _quote_start(parsed: ParsedArticle, offset: int) -> int | None:
    return next((q.start for q in parsed.quotes if q.start <= offset < q.end), None)


def _speaker_self(subject, what, speaker: str | None, table: EntityTable, asked,
                  lex: Lexicon, committed: bool = False) -> str | None:
    """`I`/`we` inside a quotation of a named, non-expert speaker: the speaker, or for `we` the
    country or body the speaker belongs to. Only noun-phrase objects, or a clause asked of
    somebody (`we want the United States to keep its forces`), count: `we need to be careful`
    asks nothing of anyone."""
    asks_of = asked is not None and (what.dep_ in ("xcomp", "ccomp") or (
        what.dep_ == "advcl" and _infinitive(what))) and (
        asked.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
        or asked.lemma_.lower() in lex.party_nouns or asked.lemma_.lower() in lex.government_nouns
        or (asked.lemma_.lower() in lex.body_nouns and definite(asked))  # `we need the council
        # to …`, `we have asked the authorities to …`
        or asked.lower_ in ("him", "her")  # `we expect him to honour it`
        or (asked.lemma_.lower() in lex.bloc_nouns and asked.tag_ == "NNS")  # `rich countries`
        or (asked.pos_ == "NOUN" and _infinitive(what))  # `we want any new levy to be …`
        or (_infinitive(what) and (asked.lower_ == "them" or (  # not `we want them lifted`
            asked.tag_ == "NNS" and asked.lemma_.lower().endswith(_AGENT_ENDINGS)))))
    # (`I am asking them to clear the roads`, `we are asking the dockers to reopen the gates`)
    done = what.dep_ == "ccomp" and (what.tag_ == "VBN" or (
        what.tag_ == "VBD" and what.lemma_.lower() not in lex.reporting_verbs and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in what.children) and not any(
            c.dep_ in ("dobj", "dative") for c in what.children)))
    # `we want staffing written into …`, `we want the derogation kept in place` (`kept` taken
    # for a past tense)
    if speaker is None or subject.lower_ not in ("i", "we") or (
            what.dep_ not in ("dobj", "obj", "pobj", "attr") and not asks_of and not done
            and not committed):  # (`we are ready to open our market`: an act committed to)
        return None
    if what.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or what.lemma_ == "government":
        return None  # `we need Brussels`: a partner, not a thing asked for
    entity = table.entities.get(speaker)
    if entity is None:
        return None
    if subject.lower_ == "we" and entity.affiliation in table.entities:
        return entity.affiliation
    return speaker


_RECEIVING_VERBS = frozenset({"get", "receive"})
_DEADLINE_SPANS = frozenset({"hour", "day", "week", "month", "year"})  # `30 days to …`
_SPANS_OF_TIME = _DEADLINE_SPANS | {"decade", "season"}


def _promised_recipients(verb, lex: Lexicon):
    """`said ticket holders will get full refunds`, `said all passengers would be refunded`,
    `said passengers would be offered refunds`, `said the doctors would be allowed to resume
    their training`: what a reporter says recipients will be given
    is the reporter's offer to them. Only in the future (`will`, `would`), only for recipients
    (`ticket holders`, not `countries`)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex.advising_verbs or \
            verb.head.pos_ != "VERB" or not any(  # (not `guarantees that Gazans … will be …`)
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    wanted = "nsubj" if lemma in _RECEIVING_VERBS else \
        "nsubjpass" if lemma in lex.payment_verbs or lemma in _OFFERING_ACTS or \
        lemma in lex.permitting_verbs else None
    recipients = next((c for c in verb.children if c.dep_ == wanted), None)
    if recipients is None or recipients.lemma_.lower() not in lex.recipient_nouns:
        return None
    return recipients


def _only_a_name_for_an_offer(what: str, lex: Lexicon) -> bool:
    """`has put a proposal on the table`, `put three things on the table`: what the offer is
    called, not what it gives (that comes after, if at all)."""
    words = re.sub(r"^(?:an?|the|its|their|our|new|fresh|revised|improved|final|"
                   r"\w+ (?=things?$)|three|two|several)\s+", "", what.lower()).split()
    return len(words) == 1 and (words[0] in lex.offer_nouns or words[0] in (
        "thing", "things", "proposals", "offers"))  # (`offered a new deal` gives a deal)


_VAGUE = frozenset("more less much everything something anything nothing it this that these "
                   "those them all".split())
_UNIVERSALS = frozenset({"everything", "something", "anything", "nothing"})
_RHETORIC = frozenset({"solution", "answer"})


def _what_it_would_do(offer):
    """`a revised offer to striking workers that would protect their pay`: the relative clause
    (wherever the parser hung it in the offer's phrase) that says what the offer would do."""
    return next((c for c in offer.subtree if c.dep_ == "relcl" and any(
        a.dep_ == "aux" and a.lower_ in ("would", "will") for a in c.children) and any(
        w.dep_ == "nsubj" and w.lower_ in ("that", "which") for w in c.children)), None)


def _asked_in_return(verb) -> bool:
    """`offered £3bn in return for the regulator agreeing to waive fines`: an act inside `in
    return for` or `in exchange for` is what the offerer asks, not what anyone offers."""
    return any(a.lower_ == "for" and a.dep_ == "prep" and a.head.lower_ in ("return", "exchange")
               for a in verb.ancestors)


def _spelled_out(thing):
    """`asking for one thing: a second boat on this route`: the noun phrase after the colon
    that says what the thing is, else None."""
    if thing.pos_ == "VERB":  # (`offered both of them the same thing: …`)
        thing = next((c for c in thing.children if c.dep_ in ("dobj", "obj")
                      and c.lemma_.lower() == "thing"), thing)
    if thing.lemma_.lower() != "thing":
        return None
    doc = thing.doc
    colon = next((t.i for t in doc[thing.i + 1:thing.right_edge.i + 2] if t.text == ":"), None)
    if colon is None:
        return None
    return next((t for t in doc[colon + 1:] if t.pos_ in ("NOUN", "PROPN")
                 and (t.head.i < colon or t.head.i == t.i)), None)


def _says_nothing(what, mode: str) -> bool:
    """`everything we can`, `put everything on the table`: a universal is no thing; nor is
    `a solution, not a complaint` offered, unless it says which (asking somebody to find one
    asks something)."""
    thing = _object(what) if what.pos_ in ("VERB", "AUX") else what
    return thing is not None and (thing.lower_ in _UNIVERSALS or (
        mode == "offer" and thing.lemma_.lower() in _RHETORIC and not any(
            c.dep_ in ("prep", "acl", "relcl", "amod") for c in thing.children)))


def _imperative(verb, parsed: ParsedArticle, offset: int) -> bool:
    """`"Give it back to the public," he said`: a bare verb in a quotation, with no subject or
    auxiliary of its own nor of the verb it is joined to (not `We could lower duties and give
    carmakers a share`, nor `Kambarata will end our blackouts and give us power`)."""
    return verb.tag_ == "VB" and parsed.in_quote(offset + verb.idx) and not any(
        c.dep_ in ("nsubj", "aux") for c in verb.children) and not (
        verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "aux") for c in verb.head.children))


# Parts of speech no frame starts from (frames start at verbs, nouns, adjectives, `without`)
_NEVER_A_FRAME = frozenset({"PUNCT", "DET", "CCONJ", "SCONJ", "PART", "SPACE", "NUM", "PRON",
                            "SYM", "ADP", "ADV", "INTJ", "X"})


def _claims_in_sentence(sent, offset, parsed, table, lex, speakers=None, offerer=None,
                        answering=frozenset(), offering=False, askers=frozenset(),
                        giver=None):
    """(mode, by, counterpart, what, evidence start, evidence end) for each frame found.
    `speakers`: quotation start → its named, non-expert speaker; `offerer`: who made the
    last offer found before the sentence; `answering`: the parties asked for something
    before it; `offering`: whether the sentence answers a question about what is offered;
    `askers`: the parties that asked for something before it; `giver`: the party an
    explainer's header above asks what it can give (`What could Brunei give?`)."""
    speakers = speakers or {}
    header_giver = giver
    evidence = (offset + sent.start_char, offset + sent.end_char)
    if sent.text.rstrip().endswith("?"):
        return
    for token in sent:
        if token.pos_ in _NEVER_A_FRAME and token.lower_ not in ("without", "on", "upon"):
            continue  # (most of a sentence's tokens: cheaper than every frame's test)
        if token.pos_ == "VERB" and _term_of(token):
            continue  # "a deal under which Hamas would free the hostages": its terms
        lemma = token.lemma_.lower()
        mode = what_token = counterpart_token = None
        predicate = whole = framed = False
        giver = what_last = what_after = None
        # made whatever its answer (`rejected a bid from X`), or asked whatever the refusal it
        # conditions (`would not release them unless …`): no negation undoes it
        made = False
        speaker_asks = False  # what a quoted speaker says another party must do
        extends_offer = False  # `the offer also included …`: the last offerer's
        condition_set = False  # what a condition asks (`… if the company does not improve …`)
        adds_to_offer = False  # `Mexico would also tighten inspections`: more of its offer
        in_return = False  # `… said she would attend every assessment`: what an asker does
        remedy = False  # `Zipro said it would install 150 parking bays`: what a party asked does
        on_terms = False  # `any grant would depend on Kiribati keeping …`: the offerer's terms
        headed = False  # `What could Brunei give?` / `… it could drop its old claim`: its offer
        our_part = False  # `"We will publish every contract online"`: an asking or asked side's
        asked = _asked_in_condition(token, lex)
        if asked is not None and not _is_party(asked, parsed, table, offset, lex) and \
                _entity_for(asked, parsed, table, offset, quoted=True) is None:
            asked = None
        if (asked is not None or _done_in_condition(token, lex)) and (
                setter := _condition_setter(token.head, parsed, table, offset, lex)) is not None:
            # "would not release more hostages unless Israel withdrew its troops": what the
            # condition asks of Israel, wanted by whoever sets it
            mode, what_token, predicate, made = "demand", token, True, True
            giver, counterpart_token, condition_set = setter, asked, True
            speaker_asks = giver is not None and giver.lower_ in ("i", "we")  # in a quotation
        elif token.pos_ == "VERB" and (gain := _own_gain_in_condition(token, lex)) is not None \
                and (setter := _condition_setter(token.head, parsed, table, offset, lex)) \
                is not None:
            # "will only fight Cole if he gets a £3 million purse": what it holds out for
            mode, what_token, made, giver = "demand", gain, True, setter
        elif token.pos_ == "VERB" and (terms := _terms_in_condition(token, lex)) is not None \
                and (setter := _condition_setter(token.head, parsed, table, offset, lex)) \
                is not None:
            # "will not sign unless the deal includes a binding safeguard": the term it wants
            mode, what_token, made, giver = "demand", terms, True, setter
        elif token.pos_ == "VERB" and (thing := _thing_in_condition(token)) is not None and \
                (setter := _condition_setter(token, parsed, table, offset, lex)) is not None:
            # "would consider reopening them only after an investigation": what it waits for
            mode, what_token, made, giver = "demand", thing, True, setter
        elif token.pos_ == "VERB" and (recipients := _promised_recipients(token, lex)) is not None:
            # "Ticket holders will get full refunds, promoter LiveWave said": the reporter's
            mode, counterpart_token, giver = "offer", recipients, _subject(token.head)
            what_token = _object(token) if lemma in _RECEIVING_VERBS or (
                lemma in _OFFERING_ACTS and _object(token) is not None) else token
        elif token.pos_ == "VERB" and lemma in _OFFERING_ACTS and token.dep_ == "acl" and \
                (agent := _agent(token)) is not None:
            # "rejected a 40 million dollar settlement offered by logistics firm Brightpath"
            mode, what_token, giver, made = "offer", token.head, agent, True
        elif token.pos_ == "VERB" and lemma in lex.offer_verbs and \
                _imperative(token, parsed, offset) and (
                    us := next((c for c in token.children if c.dep_ == "dative"
                                and c.lower_ in ("us", "me")), None)) is not None and \
                _object(token) is not None:
            # "Give us a number or give us a reason," said X: what the speaker asks for (not
            # "Kambarata will end our blackouts and give us power": what a thing will do)
            mode, what_token, giver, speaker_asks = "demand", _object(token), us, True
        elif token.pos_ == "VERB" and (ordered := _ordered_by(token)) is not None:
            # "has been told by the regulator Ofgem to compensate 90,000 customers": what the
            # one who told asks of the one told
            mode, what_token, predicate, made = "demand", ordered[1], True, True
            giver, counterpart_token = ordered[0], next(
                c for c in token.children if c.dep_ == "nsubjpass")
        elif token.pos_ == "VERB" and (price := _floor_price(token)) is not None:
            # "will not sell Romero for less than £70 million", "won't step back into the ring
            # for less than £5 million": the price it holds out for
            mode, what_token, made = "demand", price, True
            what_after = next((t for t in price.subtree if t.lower_ == "than"), None)
        elif token.pos_ == "VERB" and lemma in ("give", "grant") and \
                (act := _deadline_act(token)) is not None:
            # "has given GM, Ford and Stellantis until Friday to improve their offers": what
            # the deadline asks of them
            mode, what_token, predicate = "demand", act, True
            counterpart_token = next((c for c in token.children if c.dep_ == "dative"), None) \
                or _object(token)
        elif token.pos_ == "VERB" and lemma in lex.payment_verbs and (not _pays_somebody(
                token, lex) or any(c.lower_ == "than" for c in token.children)):
            continue  # "Russia will pay a heavy price"; "a lower price than it pays for gas"
        elif token.pos_ == "VERB" and (lemma in lex.offer_verbs or lemma in lex.payment_verbs
                                       or _phrasal_offer(token)):
            if _under_offer(token, lex):
                continue  # "offered to send observers", "pledged $3m to help rebuild", "offered
                # to inject … and to write off …": one offer
            if _asked_of_another(token, lex) or _wanted(token, lex):
                continue  # "asked the port authority to extend opening hours": a demand
            if lemma == "help" and token.dep_ == "advcl" and _infinitive(token):
                continue  # "scrap parking charges … to help bring back customers": a purpose
            if token.dep_ in ("ccomp", "xcomp") and token.head.lemma_.lower() in \
                    lex.permitting_verbs and any(c.dep_ == "nsubj" for c in token.children):
                continue  # "agreed to let Ghanaian forces share intelligence": what is let
            if lemma == "send" and (envoys := _object(token)) is not None and \
                    envoys.lemma_.lower() in ("delegation", "negotiator", "envoy"):
                continue  # "would send a delegation to Doha": it will attend, not give
            if lemma == "share" and (_object(token) is None or _object(token).lemma_.lower()
                                     not in _SHARED_THINGS) and not offering:
                continue  # "shared the government's goal": a view, not a thing given (but
                # "We will also share our maize seed", asked what a side gives, is given)
            if (lemma in _TRADE_VERBS or (lemma in lex.payment_verbs and (
                    token.dep_ == "relcl" or not any(c.dep_ == "aux" for c in token.children)
                    or (token.tag_ == "VBG" and any(c.lower_ in ("already", "still")
                                                    for c in token.children)))))\
                    and (token.tag_ in _FINITE or (token.tag_ in ("VBG", "VBN") and any(
                        c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "was", "were",
                                                         "has", "have", "had")
                        for c in token.children))) and not _promised(token):
                continue  # "we sold half our crop to the US", "the rent Washington pays for the
                # base", "we sell our beans for less than it costs", "we are selling clean
                # power at the price of coal", "who has sold bread at the market": a past,
                # usual or ongoing sale, not an offer
            if token.dep_ == "relcl" and token.tag_ in ("VBZ", "VBP") and \
                    not any(c.dep_ == "aux" for c in token.children):
                continue  # "Fenwick, which supplies supermarkets across the Midlands": what
                # it does, not what it offers
            if _imperative(token, parsed, offset):
                continue  # "Give it back to the public," he said: an imperative asks
            if lemma == "give" and any(c.dep_ in ("npadvmod", "dobj") and c.ent_type_ == "DATE"
                                       and c.lemma_.lower() in _SPANS_OF_TIME
                                       for c in token.children) and not _free_time(token):
                continue  # "I gave that show fifteen years": time spent on it
            if _bound_to(token):
                continue  # "must hand over the recordings", "we have to pay rent", "must
                # comply within 90 days or pay …": obliged
            if any(c.dep_ == "nsubjpass" for c in token.children):
                # "has been offered 12 million pounds by her record label": the agent gives
                given = _object(token)
                agent = _agent(token) or (prep_object(given, ("by",)) or next(
                    (g for p in token.children if p.dep_ == "prep" for t in p.subtree
                     if t.dep_ == "prep" and t.lower_ == "by"
                     for g in t.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
                    if given is not None else None) or _workplace(next(
                        c for c in token.children if c.dep_ == "nsubjpass"))
                # (`£250,000 for a second book by Harbour Press`, the agent hung on the book;
                # `Security staff at Edinburgh Airport have been offered …`: their employer)
                if agent is None or given is None:
                    continue  # (`a 6% pay rise by the Department of Health`, hung on the rise)
                giver, counterpart_token = agent, next(
                    c for c in token.children if c.dep_ == "nsubjpass")
            mode = "offer"
            what_token = _object(token)
            if what_token is None and (misread := _misread_participle(token)) is not None:
                # `has offered Tanzanian fishermen continued access to the lake`, `continued`
                # read as a verb: the fishermen get the access
                counterpart_token = next(c for c in misread.children if c.dep_ == "nsubj")
                what_token, predicate = misread, True
            if what_token is not None and (given := _thing_in_recipients_clause(
                    what_token, lex)) is not None:
                # "offered players who joined the league a route back": the thing, parsed as
                # a second object of the clause on the recipients
                counterpart_token, what_token = what_token, given
            if what_token is not None and lemma in _PROMISING_VERBS and (
                    that := _that_clause(token)) is not None and _is_party(
                        what_token, parsed, table, offset, lex):
                # "has promised the IOC that it will build no new venues": to whom, and what
                counterpart_token, what_token, predicate = what_token, that, True
            if what_token is not None and what_token.lemma_.lower() in _PENALTIES and \
                    lemma not in lex.payment_verbs:
                continue  # "has proposed fines totalling 68 billion won": imposed, not offered
                # (but `would pay outstanding fines of £300,000`: paid)
            if lemma in ("give", "grant") and what_token is not None and \
                    what_token.right_edge.i + 1 < len(what_token.doc) and \
                    what_token.doc[what_token.right_edge.i + 1].lower_ in ("until", "till"):
                continue  # "gave the parties until December to agree": a deadline, not a gift
            if lemma in ("give", "grant") and what_token is not None and \
                    what_token.ent_type_ in ("DATE", "TIME") and any(
                        c.dep_ in ("relcl", "acl") and _infinitive(c)
                        for c in what_token.children):
                continue  # "gave the company six months to comply": a deadline too
            counterpart_token = counterpart_token or prep_object(token, ("to",))
            dative = next((c for c in token.children if c.dep_ == "dative"), None)
            with_obj = prep_object(token, ("with",))
            clause = next((c for c in token.children if c.dep_ == "xcomp"), None) or \
                _infinitive_clause(token)
            if clause is not None and (what_token is None or clause.i < what_token.i):
                what_token = clause  # "offered to refer …", "pledged to cut …, its first target"
            elif clause is not None and what_token is not None and \
                    what_token.lower_ in _RECIPIENT_PRONOUNS:
                # "would offer them rebooking or a full refund", the thing parsed as a clause
                counterpart_token, what_token = what_token, clause
            if what_token is None and lemma in lex.payment_verbs:
                what_token = prep_object(token, ("for",))  # "will pay for the new radar"
            if what_token is None and lemma == "commit":
                # "prepared to commit to tiered pricing", "has committed to reducing the week"
                what_token = prep_object(token, ("to",)) or _prep_clause(token, ("to",))
            if what_token is None and (lemma in _PROMISING_VERBS or lemma == "propose"):
                # (`has proposed that a committee of technocrats run Gaza`)
                # "has promised that no services will move for two years"
                what_token = _that_clause(token)
            measure = next((c for c in token.children
                            if c.dep_ == "npadvmod" and c.pos_ == "NOUN"), None)
            if what_token is None and measure is not None and (
                    measure.ent_type_ in ("PERCENT", "MONEY") or _is_money(measure, lex)):
                what_token = measure  # "Boeing had offered 30% before …", parsed as a measure
            if with_obj is not None and what_token is not None and lemma != "share" and (
                    what_token.lemma_.lower() in lex.recipient_nouns
                    or _is_party(what_token, parsed, table, offset, lex)):
                # `supply Kyiv with drones` (not `share X with Y`, nor `proposed a lower fuel
                # standard, with no fixed price`)
                counterpart_token, what_token = what_token, with_obj
            elif (receiver := what_token if what_token is not None else dative) is not None \
                    and receiver.lemma_.lower() in lex.recipient_nouns and (given := next(
                        (c for c in receiver.children if c.dep_ == "appos"
                         and not c.ent_type_), None)) is not None:
                # "offered all 3,400 staff their current terms", the terms parsed as apposition
                counterpart_token, what_token = receiver, given
            elif what_token is not None and (named := _name_before(what_token)) is not None:
                # "offered the Kansas City Chiefs bonds …", the team parsed as the bonds' name
                counterpart_token = min((c for c in what_token.children if c.dep_ == "compound"
                                         and c.pos_ == "PROPN"), key=lambda c: c.i)
                what_after = named
            elif what_token is not None and (people := _plural_recipient_inside(
                    what_token, lex)) is not None:
                # "offered the 46 plot holders replacement plots", parsed as one noun
                counterpart_token, what_after = people, people
            elif what_token is not None and what_token.lemma_.lower() in lex.recipient_nouns \
                    and (given := _asyndetic_conj(what_token)) is not None:
                # "offered residents of the estate a community fund", parsed as a list
                counterpart_token, what_token = what_token, given
            elif dative is not None:
                counterpart_token = dative
            elif what_token is not None and measure is not None and \
                    what_token.lemma_.lower() in lex.recipient_nouns:
                # "offered departing staff 16 weeks of pay", parsed with the pay as a measure
                counterpart_token, what_token = what_token, measure
            elif _coordinated_objects(token):
                what_last = _second_object(token)
            elif what_token is not None and (joined := _object_joined_to_verb(
                    token, what_token)) is not None:
                what_last = joined  # "offered 2.5% this year and 2% next year"
            elif what_token is not None and (second := _second_object(token)) is not None and (
                    what_token.lemma_.lower() in lex.recipient_nouns or _is_money(second, lex)
                    or (what_token.tag_ == "NNS" and not _is_money(what_token, lex) and not any(
                        c.dep_ == "nummod" for c in what_token.children))  # `offered striking
                    # machinists in Seattle a 38% pay rise`, not `410 pence …, a 38% premium`
                    or what_token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                    or (what_token.pos_ == "PROPN"
                        and _entity_for(what_token, parsed, table, offset) is not None)
                    or any(c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG")
                           for c in what_token.children)
                    or (second.left_edge.i == what_token.right_edge.i + 1 and any(
                        c.dep_ == "det" and c.lower_ in ("a", "an") for c in second.children))):
                # "would offer departing employees 16 weeks of pay", "will pay Albania 160
                # million euros", "offered manager Pep Ramos a contract", "offered the winning
                # camp a rematch": parsed as two objects
                counterpart_token, what_token = what_token, second
        elif token.pos_ == "VERB" and ((lemma in lex.demand_verbs and not _looks_at(token))
                                       or _told_to_act(token) or _would_like(token)):
            if lemma == "need" and _have_to(token) is not None and _reporter(token) is not None \
                    and (own := _subject(token)) is not None and own.pos_ != "PRON":
                continue  # "said Japan needed to open its market": the reporter's demand
            if lemma == "need" and _object(token) is not None and \
                    (own := _subject(token)) is not None and own.pos_ == "NOUN" and \
                    own.lemma_.lower() in lex.party_nouns and \
                    not parsed.in_quote(offset + token.idx) and \
                    (reporter := _reporter(own)) is not None and \
                    _is_party(reporter, parsed, table, offset, lex):
                giver = reporter  # "Gorman said farmers needed the money": who speaks for them
            if token.dep_ == "xcomp" and token.head.lemma_.lower() in lex.demand_verbs and \
                    _object(token.head) is not None:
                continue  # "urged the IOC to require monitoring": the urger's demand
            if token.dep_ == "ccomp" and _infinitive(token) and token.head.lemma_.lower() in \
                    lex.demand_verbs and any(c.dep_ == "nsubj" for c in token.children):
                continue  # "wants Washington to pressure Rwanda to withdraw": what Kinshasa
                # wants of Washington, not yet Washington's demand
            if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought")
                   for c in token.children):
                continue  # "Washington should press Kurti to …": advice to it, not its demand
            if lemma == "ask" and (put := _object(token)) is not None and \
                    put.lemma_.lower() in ("question", "quiz"):
                continue  # "I ask half the questions": questions put, nothing asked for
            if lemma == "expect" and (thing := _expected_to_happen(token)) is not None and \
                    not _is_party(thing, parsed, table, offset, lex):
                continue  # "expected the deal to be accepted": a forecast, nobody asked
            mode = "demand"
            call = _called_on(token) if lemma == "call" else _called_on(
                token, ("to", "with"), infinitive=True) if lemma in ("appeal", "plead") else None
            if call is not None:
                what_token = call[1]  # "called on Congress to pass a relief package"
            elif lemma in lex.demand_verbs_needing_for and _object(token) is not None and (
                    pushed := next((c for c in token.children if c.dep_ in ("xcomp", "advcl")
                                    and _infinitive(c) and c.i > token.i), None)) is not None \
                    and lemma != "call":
                # "are pushing fellow members to extend output cuts": who is pushed, to do what
                call = (_object(token), pushed)
                what_token = pushed
            elif lemma in lex.demand_verbs_needing_for:
                if _object(token) is not None:
                    continue  # "a ruling that unions called a turning point for workers"
                what_token = prep_object(token, ("for",)) or _for_clause(token) or (
                    next((c for c in token.children if c.dep_ == "xcomp" and _infinitive(c)
                          and c.i > token.i), None)
                    if lemma in lex.demand_verbs_taking_to else None)  # `pushing to reopen …`
            else:
                what_token = _object(token) or prep_object(
                    token, ("for", "of", "against", "on")) or _for_clause(token) or \
                    _insisted_on_doing(token)
                if what_token is not None and what_token.dep_ == "pobj" and \
                        what_token.ent_type_ in ("DATE", "TIME"):
                    what_token = None  # `on Tuesday demanded that …`: when, not what
                if what_token is not None and _tail_misparsed_as_object(token, what_token):
                    what_token = None  # `wants to keep the home …, court papers seen by The
                    # Sun reveal`: the source, not what is wanted
                if what_token is not None and (what_token.dep_ in ("dobj", "obj") or (
                        what_token.dep_ == "pobj" and what_token.head.head.i == token.i)):
                    # (`asking for 7% now and a commitment to …`, the commitment on the verb)
                    what_last = _object_joined_to_verb(token, what_token) or next(
                        (c for c in what_token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                         and c.i == what_token.right_edge.i - len(list(c.subtree)) + 1
                         ), None)  # `has demanded 9% and caps of 24 students per class`, the
                    # caps hung on the verb; `need the price floor written into law`
                if what_token is not None and what_token.lower_ == "what" and \
                        token.dep_ == "csubj":
                    # "What we want from the companies is a commitment to …"
                    what_token = next((c for c in token.head.children if c.dep_ == "attr"),
                                      None) or _after_colon(token.head) or _that_clause(
                                          token.head)  # (`… is that they keep their crews`)
                    if what_token is not None and what_token.pos_ in ("VERB", "AUX"):
                        predicate = True  # "What I ask of X is simple: lift the blockades"
                        counterpart_token = prep_object(token, ("of",))
                        speaker_asks = (own := _subject(token)) is not None and \
                            own.lower_ in ("i", "we")
            counterpart_token = call[0] if call else prep_object(token, ("from",)) or \
                counterpart_token
            clause = next((c for c in token.children if c.dep_ in ("xcomp", "ccomp")
                           and c.i > token.i), None) or (  # not `X are wary: Athens wants …`
                next((c for c in token.children if c.dep_ == "advcl" and _infinitive(c)
                      and c.i > token.i), None) if _object(token) is not None
                and prep_object(token, ("for",)) is None else None)  # not `asked X for Y to …`
            if clause is None and (asked := _object(token)) is not None and \
                    _is_party(asked, parsed, table, offset, lex):
                # `wants large emerging economies, including China, to contribute`, the
                # infinitive hung on the economies
                clause = next((c for c in asked.children if c.dep_ in ("relcl", "acl")
                               and _infinitive(c) and not any(
                                   g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
                continue  # "were asked to adopt": the subject is asked, not asking
            if clause is not None and any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
                                          for c in clause.children):
                continue  # "asked whether …": a question, not a demand
            if clause is None and (bare := _misparsed_subjunctive(token)) is not None:
                # "insisted the RSF first withdraw", the RSF read as the object
                counterpart_token, what_token, predicate = what_token, bare, True
            elif lemma in lex.directive_demand_verbs and not _directive(token, clause):
                continue  # "insisted his side were not good enough": an assertion
            if clause is not None and _binds_itself(token, clause):
                continue  # "insist they must stay within spending rules": a limit of its own
            if clause is not None and any(c.dep_ == "neg" for c in clause.children) and any(
                    c.dep_ == "auxpass" for c in clause.children):
                continue  # "who asked not to be named": anonymity, not a demand
            if lemma == "threaten" and clause is not None and clause.dep_ == "xcomp":
                continue  # "threatened to resign": a threat; what is wanted comes with `unless`
            if what_token is None and clause is not None and lemma not in \
                    lex.demand_verbs_needing_for:
                what_token = clause  # "demanded that Japan halt its build-up"
                subject_of_clause = next((c for c in clause.children if c.dep_ == "nsubj"),
                                         None)
                counterpart_token = counterpart_token or subject_of_clause
            addressee = lemma in ("ask", "tell", "urge", "press", "call", "push", "lobby",
                                  "request", "order", "instruct", "direct", "beg", "implore",
                                  "require", "persuade", "convince", "pressure", "pressurise")
            asked_for = prep_object(token, ("for",))
            if asked_for is not None and (asked_for.i < token.i or asked_for.ent_type_ in (
                    "DATE", "TIME")):
                asked_for = None  # `For two decades the EU has asked Belgrade to …`: when
            asked_for = asked_for or (
                prep_object(what_token, ("for",)) if addressee and what_token is not None
                and what_token.dep_ in ("dobj", "obj") else None)  # (`asking rivals and
            # consumer groups for feedback`, the `for` hung on the asked)
            if addressee and what_token is not None and asked_for is not None and \
                    what_token.dep_ in ("dobj", "obj"):
                # "asked allies for more artillery": the allies are asked, artillery wanted
                counterpart_token, what_token = what_token, asked_for
                clause = None  # (`… for 1.5 billion dollars to cope with …`: what it is for)
            later = clause if clause is not None and clause.dep_ == "xcomp" else next(
                (c for c in token.children if c.dep_ == "advcl" and _infinitive(c)), None) \
                if what_token is not None and _is_party(what_token, parsed, table, offset,
                                                        lex) else None  # (not `for $620m to
            # help …`: what the money is for)
            if what_token is not None and later is not None and what_token.dep_ == "pobj" \
                    and what_token.head.lower_ == "for" and later.i > what_token.i and \
                    _object(token) is None:
                what_last, clause = later, None  # "asking for the rules to be changed",
                # "called for rich countries to triple their contributions"
            if what_token is not None and clause is not None and call is None and (
                    what_token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or addressee or (
                        (clause.dep_ in ("xcomp", "advcl") or (
                            clause.dep_ in ("ccomp", "relcl", "acl") and _infinitive(clause)))
                        and what_token.dep_ in ("dobj", "obj", "nsubj")
                        and _is_party(what_token, parsed, table, offset, lex))):
                # `needed private bondholders to accept similar terms`
                # `urged Congress to approve aid`: the object is who is asked, not what
                counterpart_token, what_token = what_token, clause
            elif addressee and what_token is not None and what_token.dep_ in ("dobj", "obj") \
                    and clause is None and _is_party(what_token, parsed, table, offset, lex):
                continue  # `asked the government to ring-fence …`, misparsed: who, not what
        elif token.pos_ == "VERB" and lemma in lex.light_offer_verbs and \
                (noun := _object(token)) is not None and (
                    noun.lemma_.lower() in lex.offer_nouns and _says_what(noun)
                    or _on_the_table(token) or (noun.lemma_.lower() in _SUBMITTED and (
                        lemma in ("submit", "table") or any(
                            c.dep_ == "prt" and c.lower_ == "forward" for c in token.children)))):
            # (`submitted a compensation plan of its own`, `has put forward a plan to …`)
            # "has made a 2.1 billion pound offer for rival Pellow": the offer is the noun
            if _given_time_to(token):
                continue  # "has until February 22 to make a firm offer": not yet made
            mode = "offer"
            what_token = noun
            counterpart_token = prep_object(what_token, ("for", "to")) or prep_object(
                token, ("to",))
            included = next((_object(c) for c in noun.subtree if c.dep_ == "relcl"
                             and c.lemma_.lower() in _INCLUDING and _object(c) is not None), None)
            if included is not None:  # "a new pay offer … that includes a 12% rise …"
                what_token = included
            elif (promised := _what_it_would_do(noun)) is not None:
                what_token, predicate = promised, True  # "a revised offer … that would
                # protect the pay of 150 drivers"
        elif token.pos_ == "VERB" and lemma in ("come", "return") and \
                token.tag_ in ("VBD", "VBN") and \
                (noun := prep_object(token, ("with",))) is not None and \
                noun.lemma_.lower() in lex.offer_nouns and _says_what(noun):
            # "is said to have come back with an offer to donate £50,000": a new offer made
            act = _offered_act(noun)
            mode, what_token, predicate = "offer", act or noun, act is not None
        elif token.pos_ == "VERB" and lemma == "have" and (noun := _object(token)) is not None \
                and noun.lemma_.lower() in lex.offer_nouns and _says_what(noun) and any(
                    t.tag_ == "VBN" and t.lemma_.lower() in _ANSWERED
                    for t in token.subtree if t.i > noun.i):
            # "Bayern have had an opening bid of £45m rejected": made, whatever its answer
            mode, what_token, made = "offer", noun, True
        elif token.pos_ == "NOUN" and (lemma in lex.offer_nouns or _pay_rise(token)) and \
                _says_what(token) and (maker := prep_object(token, ("from",)) or (
                    prep_object(token.head, ("from",)) if token.dep_ == "dobj" and
                    token.head.lemma_.lower() in _ANSWERED else None)) is not None and \
                _entity_for(maker, parsed, table, offset) is not None:
            # (also `rejected a £200,000 offer from Hello Media`, `from` hung on the verb)
            # "rejected a 55 million euro bid from Premier League club Hartfield": made, whatever
            # became of it
            mode, what_token, giver, made = "offer", token, maker, True
            if (act := _offered_act(token)) is not None and not any(
                    c.dep_ in ("nummod", "compound", "quantmod") for c in token.children):
                what_token, predicate = act, True  # `an offer from X to run an extra train`
        elif token.pos_ == "NOUN" and (maker := _rejecters_employer(token, lex)) is not None:
            # "Bin collectors working for Clearway … will strike after rejecting a 4 per cent pay
            # rise": made by those they work for, whatever became of it
            mode, what_token, giver, made = "offer", token, maker, True
        elif token.pos_ == "NOUN" and lemma in lex.offer_nouns and \
                (maker := next((c for c in token.children if c.dep_ == "poss"), None)) \
                is not None and (given := prep_object(token, ("of",)) or next(
                    (_object(c) for c in token.children if c.dep_ == "relcl"
                     and c.lemma_.lower() in _INCLUDING), None) or _offered_act(token)) \
                is not None and (
                    _entity_for(maker, parsed, table, offset) is not None
                    or (maker.lemma_.lower() in lex.body_nouns and definite(maker))):
            # "after Governor Katie Hobbs' offer of a 5% raise failed", "rejecting the
            # company's offer of a licensing fund", "the city's offer, which included …",
            # "the company's proposal to swap debt for shares": made, by its owner
            mode, what_token, giver, made = "offer", given, maker, True
            predicate = given.pos_ == "VERB"
        elif token.pos_ == "NOUN" and lemma in lex.offer_nouns and \
                (maker := next((c for c in token.children if c.dep_ in ("poss", "compound")
                                and c.lemma_.lower() in _STATE_NOUNS), None)) is not None and \
                (act := _offered_act(token)) is not None:
            # "rejected a government offer to hire 1,000 intern doctors": made, by that state
            mode, what_token, predicate, giver, made = "offer", act, True, maker, True
        elif token.pos_ == "NOUN" and lemma in _DEMAND_NOUNS and \
                (maker := next((c for c in token.children if c.dep_ == "poss"), None)) \
                is not None and maker.pos_ != "PRON" and \
                (wanted := prep_object(token, ("for",)) or next(
                    (c for c in token.children if c.dep_ == "acl" and _infinitive(c)), None)) \
                is not None and not (token.dep_ == "nsubj" and token.head.lemma_.lower() in
                                     _CHANGING):  # (`South Africa's demand for water is rising`:
            # what a market takes, not what a party asks)
            # "repeated the union's demand for a 32-hour week", "rejected Google's request to
            # delay the order": made, whatever its answer
            mode, what_token, giver, made = "demand", wanted, maker, True
            predicate = wanted.pos_ == "VERB"
        elif token.pos_ == "VERB" and lemma in _BUYING_VERBS and (price := prep_object(
                token, ("for",))) is not None and _is_money(price, lex):
            # "agreed to buy rival Foodfare for 1.9 billion pounds": the price is offered
            counterpart_token = _object(token)
            if _asked_of_another(token, lex):
                continue
            mode, what_token = "offer", price
        elif token.pos_ == "VERB" and _readiness(token) and (
                (lemma in _SPENDING_VERBS and prep_object(token, ("in",)) is not None) or (
                    lemma == "take" and (cut := _object(token)) is not None
                    and cut.lemma_.lower() == "cut") or (
                    lemma == "host" and _object(token) is not None)):
            # "willing to invest in irrigation systems", "ready to take a pay cut", "ready to
            # host a new meeting of the two delegations"
            if _asked_of_another(token, lex) or _under_offer(token, lex):
                continue
            mode, what_token, predicate = "offer", token, True
        elif token.pos_ == "VERB" and _readiness(token) and _given_in_return(token) and \
                _object(token) is not None and not _asked_of_another(token, lex):
            # "In return, Accra is prepared to phase out electricity subsidies …": what a party
            # is ready to give for what it asks
            mode, what_token, predicate = "offer", token, True
        elif _ready_to_act(token, lex) and not _asked_of_another(token, lex) and \
                not _under_offer(token, lex) and not _wanted(token, lex):
            # "was prepared to phase the increase over three years": an act declared ready
            mode, what_token, predicate = "offer", token, True
        elif token.pos_ == "VERB" and lemma in lex.funding_verbs and \
                (money := _object(token)) is not None and _is_money(money, lex):
            # "announced 45 million euros in humanitarian assistance"
            if _asked_of_another(token, lex) or (token.dep_ == "advcl" and not any(
                    c.dep_ == "nsubj" for c in token.children)) or (
                    lemma in _SPENDING_VERBS and not _promised(token)) or \
                    _under_offer(token, lex) or any(
                        a.lemma_.lower() in lex.demand_verbs for a in token.ancestors):
                continue  # "urged Congress to approve $6 billion"; "…, releasing 360 million";
                # "offered to invest …" (the offer verb records it); "wants assurances that
                # the club will spend …" (what is wanted)
            mode, what_token = "offer", money
        elif token.pos_ == "VERB" and (lemma in lex.concession_verbs or
                                       lemma in lex.permitting_verbs or (
                                           lemma in lex.conceding_verbs and (
                                               _readiness(token) or _could_concede(token)))
                                       or lemma in _OPENING or lemma == "guarantee") \
                and \
                (charge := _object(token) or _let_in(token, lex) or _guaranteed_that(token)) \
                is not None and \
                charge.lemma_.lower() not in _TALKS and (
                    lemma not in _OPENING or _opened_to_others(token, charge)
                    or _readiness(token)) and (  # (`ready to open government procurement`)
                    charge.lemma_.lower() in lex.concession_nouns or _readiness(token)
                    or (lemma in lex.conceding_verbs and _could_concede(token))
                    or lemma in lex.permitting_verbs or lemma in _OPENING
                    or lemma == "guarantee") and _promised(token):  # `I will guarantee the cap`
            # "will also cap out-of-pocket costs", "agreed to cut the list price by 70%"
            if _asked_of_another(token, lex) or _wanted(token, lex) or _under_offer(token, lex):
                continue  # (`offered to cut tariffs`: the offer verb already says so)
            if any(c.dep_ == "nsubjpass" for c in token.children):
                continue  # `guarantees that Gazans will be allowed to return`: who is let, not
                # who lets
            mode, what_token, predicate = "offer", token, True
        elif token.pos_ == "VERB" and lemma in lex.raising_verbs and \
                (noun := _object(token)) is not None and (
                    noun.lemma_.lower() in lex.raised_nouns
                    or (_readiness(token) and _is_money(noun, lex))):  # `willing to add 20m`
            # "ready to improve its offer if …", "prepared to double its grants for adaptation"
            if _asked_of_another(token, lex) or _under_offer(token, lex):
                continue  # "urged Japan to increase its aid": a demand; `offered to extend …`
            mode, what_token, predicate = "offer", token, True
        elif token.pos_ == "VERB" and lemma in lex.advising_verbs and \
                (clause := _obliged_clause(token)) is not None:
            # "said insurers should pay out quickly": what the speaker wants of somebody
            counterpart_token = next(c for c in clause.children
                                     if c.dep_ in ("nsubj", "nsubjpass"))
            if counterpart_token.pos_ == "PRON" and (told := _object(token)) is not None:
                counterpart_token = told  # "has told the council it must publish a plan"
            claimed = _claimed_for_itself(clause, counterpart_token)
            if claimed:
                counterpart_token = None  # "says it should have a role": the role, of whoever
                # grants it
            elif counterpart_token.lemma_.lower() in _SETTLEMENTS and not any(
                    c.dep_ == "poss" for c in counterpart_token.children) or _both_sides(
                    counterpart_token):
                counterpart_token = None  # "said any deal would have to protect jobs": terms;
                # "said both sides should stop posturing": what the speaker asks of them all
            elif (counterpart_token.dep_ == "nsubjpass" or (
                    clause.lemma_ == "be" and any(c.dep_ in ("acomp", "attr")
                                                  for c in clause.children))) and any(
                    c.lower_ == "must" for c in clause.children) or _ought_to_be_done(clause):
                counterpart_token, whole = None, True  # "said any transit route must be
                # guarded by Russian troops", "said certification must be free", "said scooters
                # should be banned": a thing that must be done or be so, by whoever; said whole
            elif counterpart_token.lower_ == "we":
                counterpart_token = None  # `"Beijing says we must remove the ship"`: the
                # speaker's own side is asked
            elif any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in
                     counterpart_token.children) and any(c.lower_ == "must" for c in
                                                         clause.children):
                counterpart_token = None  # "said any buyer must commit to …": a term set for
                # whoever it will be
            elif any(c.dep_ == "det" and c.lower_ == "no" for c in counterpart_token.children):
                continue  # "said no resident would have to move more than ten miles": a
                # promise to them, not a demand
            elif not _is_party(counterpart_token, parsed, table, offset, lex):
                continue  # "said the first aircraft should arrive by 2027": an expectation
            if _own_body_obliged(token, counterpart_token, parsed, table, offset, lex):
                continue  # `its chief executive said the club had to pay for the stadium`: a
                # necessity the club's own man states, not a demand
            mode, what_token, predicate = ("demand", _object(clause), False) if claimed else (
                "demand", clause, True)
            framed = True  # (`"We have told Brussels that any deal must …"`: the side asks)
        elif token.pos_ == "VERB" and parsed.in_quote(offset + token.idx) and (
                token.dep_ == "ROOT" or (token.dep_ == "ccomp" and not parsed.in_quote(
                    offset + token.head.idx))) and _obliged(token) and (
                    counterpart_token := next((c for c in token.children if c.dep_ == "nsubj"),
                                              None)) is not None and \
                counterpart_token.lower_ not in ("i", "we", "you", "it", "this", "that") and (
                    _is_party(counterpart_token, parsed, table, offset, lex) or (
                        counterpart_token.ent_type_ != "NORP" and _entity_for(
                            counterpart_token, parsed, table, offset, quoted=True) is not None)):
            # "The government should take a stake in the site," said X: what X asks of it;
            # "Japan should withdraw its ships," said Y: what Y asks of Japan (not "Zambians
            # must benefit …", a people that gains)
            mode, what_token, predicate = "demand", token, True
            giver, speaker_asks = counterpart_token, True
        elif token.pos_ == "VERB" and lemma in _INCLUDING and offerer is not None and \
                (offer := token.head if token.dep_ == "relcl" else _subject(token)) is not None \
                and \
                (offer.lemma_.lower() in lex.offer_nouns or offer.lower_ == "package") and \
                definite(offer) and not any(
                    c.dep_ == "poss" for c in offer.children) and _object(token) is not None:
            # "the offer also included safe passage for ELN commanders", "The offer, which also
            # includes an extra day of holiday, …", "The package … includes $500 million":
            # more of that offer
            mode, what_token, extends_offer = "offer", _object(token), True
        elif token.lower_ == "without" and token.dep_ == "prep" and \
                not parsed.in_quote(offset + token.idx) and \
                (support := next((c for c in token.children if c.dep_ == "pobj"), None)) \
                is not None and \
                support.lemma_.lower() in _SUPPORT and any(
                    c.dep_ in ("aux", "neg") and c.lower_ in (*_MODALS, "not", "n't", "ca")
                    for c in token.head.children) and \
                (setter := _condition_setter(token.head, parsed, table, offset, lex)) is not None:
            # "could not afford further rises without more money from Holyrood": wanted
            mode, what_token, made = "demand", support, True
            giver = setter
            counterpart_token = prep_object(support, ("from",)) or prep_object(token.head,
                                                                               ("from",))
        elif token.pos_ == "VERB" and lemma == "hold" and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in token.children) and \
                (what_token := prep_object(token, ("for",))) is not None and \
                what_token.ent_type_ not in ("DATE", "TIME"):
            mode = "demand"  # "is holding out for 80 million pounds", not "for three weeks"
        elif token.pos_ == "ADJ" and lemma in lex.demand_adjectives:
            mode = "demand"
            what_token = prep_object(token, ("in", "for"))
        elif _joined_to_an_offer(token, lex):
            # "would pay for a free bus … and would keep the building available": more of it
            mode, what_token, predicate = "offer", token, True
            remedy = not _offered_by_itself(token.head, lex)  # (a remedy's: asked first)
        elif _said_after_an_offer(token, lex):
            mode, what_token, predicate = "offer", token, True
        elif _not_in_the_way(token):
            # "the club would not stand in the way of a player who wanted to leave": a leave
            # given, for all its `not`
            mode, what_token, predicate, made = "offer", token, True, True
        elif _puts_money_into(token, lex) and _will_do(token):
            # "said it would put £250,000 towards the cost": money laid out, promised
            mode, what_token, predicate = "offer", token, True
        elif offerer is not None and _also_would(token, lex):
            # "Mexico has put forward a plan to … Mexico would also tighten inspections …":
            # more of the offer its maker has just made
            mode, what_token, predicate, adds_to_offer = "offer", token, True, True
        elif _agreed_alone(token, lex):
            # `has agreed to rehouse all former residents`: one party's commitment to act
            mode, what_token, predicate = "offer", token, True
        elif _done_if_another_acts(token, lex):
            # "Hollins would play every event next year if the PDC restored his points": an act
            # promised on a condition another party must meet (the condition, asked, is found
            # with the offer)
            mode, what_token, predicate = "offer", token, True
        elif lemma == "consider" and _considered_if(token):
            # "would consider a smaller rise of 4 per cent if Ampcell guaranteed deliveries": an
            # offer on a condition (the condition, asked, is found with the offer)
            mode, what_token = "offer", _object(token)
        elif (answering or askers) and _promised_remedy(token):
            # "Brightforge said it would hire 50 more moderators": put right by a party asked,
            # or by any party but the askers (and, if it asked too, what it does in return)
            mode, what_token, predicate, remedy = "offer", token, True, True
            in_return = bool(askers) and _promised_in_return(token, lex)
        elif askers and _promised_in_return(token, lex):
            # "Ellison has asked British Rowing to let her train at home … said she would
            # attend every national team assessment": what the asker will do for it
            mode, what_token, predicate, in_return = "offer", token, True, True
        elif offerer is not None and (terms := _terms_it_depends_on(token, lex)) is not None:
            # "Tokyo has pledged 2.5 billion yen … any grant would depend on Kiribati keeping its
            # fisheries data open": what the last offerer asks for it
            (what_token, counterpart_token), mode, made = terms, "demand", True
            predicate, on_terms = what_token.pos_ == "VERB", True
        elif (askers or answering) and not offering and _our_act(token, lex) and \
                parsed.in_quote(offset + token.idx) and (
                    token.lemma_.lower() in _REMEDIES or _puts_money_into(token, lex)):
            # "Because we will bring in an independent project manager," said the minister of a
            # country that asked for more time; "We will fit them to half the fleet," said the
            # manager of a firm asked to fit them: what a side that asks, or is asked, will do
            mode, what_token, predicate, our_part = "offer", token, True, True
        elif header_giver is not None and _could_do(token, lex):
            # "What could Brunei give? ¶ Officials have also suggested it could drop its old
            # claim to the district": what the party the header names could do
            mode, what_token, predicate, headed = "offer", token, True, True
        elif _done_after_a_demand(token, lex):
            # "Sparkd will check the age of every new user …, after Ofcom demanded it stop …":
            # done in answer to it
            mode, what_token, predicate = "offer", token, True
        elif offering and _our_act(token, lex):
            # "Is there anything you can give the industry?" / "We will bring the second
            # season forward by two weeks": what the answerer's side will do
            mode, what_token, predicate = "offer", token, True
        if mode is None or what_token is None or (not made and _negated(token, lex)):
            continue
        if mode == "offer" and token.dep_ == "xcomp" and _ordered_by(token.head) is not None:
            continue  # "has been told by Ofgem to compensate customers": asked, not offered
        if mode == "offer" and lemma == "send" and what_token.lemma_.lower() in _WRITINGS:
            continue  # "has sent Jade a solicitor's letter asking for …": what it asks is found
            # with the letter
        if mode == "offer" and (asked := _demands_sent(what_token)) is not None:
            mode, what_token, predicate, framed = "demand", asked, asked.pos_ == "VERB", True
            # `has sent the magazine a list of demands including approval of every photo`: what
            # is asked of it
        if mode == "offer" and token.dep_ == "acl" and token.head.lemma_.lower() in _PURPOSES \
                and _purpose_phrase(token.head.head):
            continue  # "has asked Mozambique to open the river, in a bid to give the landlocked
            # country a cheaper route": what the act is for, no offer
        if mode == "offer" and _asked_in_return(token):
            continue  # "in return for the regulator agreeing to waive fines": what is asked
        if mode == "offer" and what_token.dep_ in ("dobj", "obj") and what_token.pos_ == \
                "PROPN" and what_token.ent_type_ in ("GPE", "ORG", "NORP") and (
                thing := next((c for c in what_token.children if c.dep_ == "conj"
                               and c.pos_ == "NOUN"), None)) is not None:
            counterpart_token, what_token, framed = what_token, thing, True  # `offering
            # Zambia and Malawi dedicated berths`, parsed as one list: the parties get it
        if mode == "offer" and what_token.dep_ in ("dobj", "obj") and not _phrasal_offer(
                token) and ((what_token.pos_ == "PROPN" and what_token.ent_type_) or (
                    what_token.lemma_.lower() in lex.recipient_nouns and any(
                        c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                        for c in what_token.children))):
            continue  # "has given its owner, First Quantum, until the end of the month"
        if what_token.pos_ == "PRON" and mode == "offer" and what_token.head.i == token.i and \
                len(_predicate(token).split()) > 2:
            # "agreed to supply it at a discounted price", "would sell them at cost to …"
            what_token, predicate = token, True
        elif what_token.pos_ == "PRON":
            continue
        quoted = parsed.in_quote(offset + token.idx)
        if not quoted and parsed.in_quote(offset + what_token.idx) and \
                not _quoted_words_reported(token, what_token, parsed, offset):
            continue
        subject = giver if giver is not None else _subject(token)
        if subject is None:
            continue
        subject = _counted(subject)
        reported = False  # a party the quoted speaker names as having offered or asked
        if subject.lower_ == "it" and subject.head.dep_ == "conj" and (first := next(
                (c for c in subject.head.head.children if c.dep_ == "nsubj"), None)) is not None \
                and (first.pos_ == "PROPN" or first.lemma_.lower() in _STATE_NOUNS
                     or first.lemma_.lower() in lex.body_nouns) and \
                not parsed.in_quote(offset + first.idx):  # (not `said the offer was … but that
            # it wanted …`)
            subject = first  # `His government wants …, and it wants a share of the rent`
        if subject.lower_ == "they" and not parsed.in_quote(offset + subject.idx) and (
                reporter := _reporter(subject)) is not None and _conjoined(reporter) and \
                _entity_for(reporter, parsed, table, offset) is not None:
            subject = reporter  # "Germany and Japan said they … wanted Jakarta to …": each
        if not quoted and _reporter_acts(token, subject, lex) and _is_party(
                reporter := _subject(token.head.head), parsed, table, offset, lex) and \
                not ((subject.pos_ == "PROPN" or (  # also `Nigeria's government has offered`
                    subject.lower_ in _OWN_VOICE and any(c.dep_ == "poss" for c in
                                                         subject.children)))
                     and _entity_for(subject, parsed, table, offset)):
            # "the ministry said Philippine ships had provoked it and demanded that …"; not
            # "Zelensky thanked Tokyo and asked Japan to …, the statement said", nor "Taiwan
            # will buy 40 jets and has asked Washington to …, Koo said"
            subject = reporter
        antecedent = None  # what `they` stands for, read outside quotations below
        if quoted:
            # `"We need more air defence systems," the minister said`: the speaker's own words
            speaker = speakers.get(_quote_start(parsed, offset + token.idx))
            if speaker_asks:
                by = speaker  # what the speaker says another party should do
                if subject.lower_ in ("we", "us") and (
                        entity := table.entities.get(speaker or "")) is not None and \
                        entity.affiliation in table.entities:
                    by = entity.affiliation  # `"We will not go back until …", said the
                    # union's president`: the union
            else:
                by = _speaker_self(subject, what_token, speaker, table, counterpart_token, lex,
                                   committed=framed or (mode == "offer" and what_token.pos_ ==
                                                         "VERB" and _promised(what_token))) \
                    or _own_side(subject, speaker, parsed, table, offset) \
                    or _told_the_speaker(subject, parsed, table, offset)
                if by is None:
                    by = _named_in_the_quote(subject, token, parsed, table, offset, lex)
                    reported = by is not None
        else:
            antecedent = _their_antecedent(subject) if subject.lower_ == "they" else None
            if antecedent is not None and _first_member(antecedent, parsed, table, offset):
                subject = antecedent  # `The GMB and Unite unions said they wanted …`: each
            subject = _signers(subject) or subject  # `A petition signed by 480 parents asks
            # …`: the parents
            by = (_possessed_body_named_next(subject, parsed, table, offset, lex)
                  or _owners_neighbours(subject, table, lex)
                  or _entity_for(subject, parsed, table, offset)
                  or _delegates_side(subject, parsed, table, offset, lex)
                  or _persons_body(subject, parsed, table, offset, lex)
                  or _reporters_body(subject, parsed, table, offset, lex)
                  or _insiders_bosses(subject, parsed, table, offset)
                  or _reporters_state(subject, parsed, table, offset)
                  or _body_named_before(subject, parsed, table, offset, lex)
                  or _state_named_before(subject, parsed, table, offset, lex)
                  or _forces_named_before(subject, parsed, table, offset)
                  or unnamed_government(subject, parsed, table, offset, lex)
                  or _armed_group_named_before(subject, parsed, table, offset)
                  or _first_member(subject, parsed, table, offset)
                  or _councillors_council(subject, table)
                  or (_named_next(subject, parsed, table, offset, lex) if any(
                      c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)
                      and any(c.dep_ in ("acl", "relcl") for c in subject.children)
                      else None)  # (`a group representing small retailers … ¶ The Online
                  # Retailers Forum said`; not `An al-Shabaab-linked group`, named no more)
                  or _unnamed_party(subject, table, lex))
        if by is None and subject.lower_ in lex.thing_pronouns:
            by = (None if quoted else _reporters_it(subject, parsed, table, offset, lex)) or \
                _body_earlier_in_sentence(subject, sent, parsed, table, offset) or (
                    None if quoted else _subject_of_sentence_before(subject, sent, parsed,
                                                                    table, offset))
        if by is None and not quoted and subject.lower_ == "they" and antecedent is not None:
            by = _unnamed_party(antecedent, table, lex)  # `Tenants … turned down …, saying
            # what they need is …`
        if by is None and not quoted and subject.lower_ in lex.person_pronouns:
            told = _reporter_of(subject, parsed, table, offset)
            by = None if told == UNKNOWN else told or _subject_of_sentence_before(
                subject, sent, parsed, table, offset, kinds=("person",)) or _person_named_last(
                offset + subject.idx, parsed, table)
        if by is None and not quoted:
            by = _members_body(subject, parsed, table, offset, lex) or _its_members(
                subject, parsed, table, offset, lex) or _member_bodies(
                subject, parsed, table, offset) or _persons_people(
                subject, parsed, table, offset) or _role_holder(
                subject, parsed, table, offset, lex) or _aged_person(
                subject, parsed, table, offset) or _bare_government(
                subject, parsed, table, offset, lex)
        if by is None and not quoted:
            by = _named_next(subject, parsed, table, offset, lex)
        if by is None and not quoted and mode == "demand" and _terms_reported(token, subject):
            by = _entity_for(_subject(token.head), parsed, table, offset)  # `Kinnings said
            # any return would require Kerrigan to drop his appeal`: what he sets
        pair = _both_states(subject, parsed, table, offset) if by is None and not quoted \
            else []
        if pair:
            by = pair[0]  # `Both governments have promised …`: each of the two
        if by is None and not quoted and _ministers(subject) and offerer is not None and (
                _is_state(table.entities.get(offerer))):
            by = offerer  # `The government has offered … Ministers would also guarantee …`
        if on_terms:
            by = offerer
        if headed and by is None and subject.lower_ in ("it", "they"):
            by = header_giver  # (`Officials have also suggested it could …`: the party the
            # header asks about)
        if extends_offer or (by is None and mode == "offer" and offerer is not None and
                             subject.lemma_.lower() in lex.offer_nouns and definite(subject)
                             and not any(c.dep_ == "poss" for c in subject.children)
                             and _under_modal(token)):
            by = offerer  # `The proposal would also unlock 600 million euros`: the offerer's
        if by is None or (adds_to_offer and by != offerer) or (
                remedy and not _remedy_by(by, token, answering, askers, in_return)) or (
                in_return and not remedy and by not in askers) or (
                headed and by != header_giver) or (
                our_part and by not in askers and by not in answering):
            continue
        by = _voice_of(by, table)
        counterpart = (_entity_for(counterpart_token, parsed, table, offset, bool(quoted))
                       if counterpart_token is not None else None)
        if counterpart is None and counterpart_token is not None and not quoted and \
                counterpart_token.pos_ == "NOUN":
            named = _body_named_before(counterpart_token, parsed, table, offset, lex)
            counterpart = named if named is not None and table.entities[named].mentions > 1 \
                else None  # (`urged the company to …`: the company named before, more than
            # once, as in a headline and the text)
        asked_of = counterpart_token is not None and what_token.pos_ in ("VERB", "AUX") and any(
            c.i == counterpart_token.i and c.dep_ in ("nsubj", "nsubjpass")
            for c in what_token.children) and _is_party(counterpart_token, parsed, table,
                                                        offset, lex)
        # `wanted the United States to do more …`: what is asked, without whom it is asked of
        if (spelled := _spelled_out(what_token)) is not None:
            what_token, predicate, asked_of = spelled, False, False
        what = _whole_clause(what_token) if whole else _predicate(
            what_token, ("advcl", "conj") if mode == "offer" else (
                ("neg",) if condition_set else ())) \
            if predicate or asked_of else _phrase(what_token, what_last, what_after)
        what = re.sub(r"^also\s+", "", what)  # (`would also guarantee …`)
        if not what or (len(what) < 3 and not any(ch.isdigit() for ch in what)) or \
                what.lower() in _VAGUE or _says_nothing(what_token, mode) or (
                    mode == "offer" and _only_a_name_for_an_offer(what, lex)):
            continue  # (`6%` is something; `Developers want more` says not what; nor does
            # `have put everything we reasonably can on the table`)
        if counterpart_token is None or (counterpart_token.lemma_.lower() not in
                                         lex.government_nouns and counterpart_token.lemma_.lower()
                                         not in lex.government_levels):
            by = _councillors_voice(by, counterpart, table)  # (`said the council should …`,
            # `the city should …`: asked of it)
        yield mode, by, counterpart, what, evidence
        if not quoted or reported:  # `Japan and South Korea have asked Washington to …`,
            # `Qatari and Egyptian mediators have floated …`: each of them
            modifiers = [c for c in subject.children if c.dep_ == "amod"] \
                if subject.pos_ == "NOUN" else []
            members = _named_members(subject)  # (the others, when the first spoke for them)
            spoke = bool(members) and _entity_for(members[0], parsed, table, offset) == by
            for partner in [*_conjoined(subject), *(p for m in modifiers
                                                     for p in _conjoined(m)),
                            *(members[1:] if spoke else ())]:
                other = _entity_for(partner, parsed, table, offset, quoted=reported)
                if other is not None and other != by:
                    yield mode, _voice_of(other, table), counterpart, what, evidence
        for other in pair[1:]:
            yield mode, other, counterpart, what, evidence
        wanted, of_whom = _in_exchange_for(token) if mode == "offer" else (None, None)
        if wanted is not None and len(wanted) >= 3:
            # "offered A in exchange for B": B is what the offerer wants
            asked = _entity_for(of_whom, parsed, table, offset) if of_whom is not None else None
            yield "demand", by, asked or counterpart, wanted, evidence
        recipient = table.entities.get(counterpart) if counterpart else None
        condition = _condition(token, parsed, table, offset, lex, recipient is not None and
                               recipient.kind == "person") if mode == "offer" else None
        if condition is not None:
            # "offered residents a fund if they drop their objection": what the offer asks
            asked = next((c for c in condition.children if c.dep_ == "nsubj"), None)
            other = _entity_for(asked, parsed, table, offset) if asked is not None else None
            if asked is not None and asked.lower_ in ("he", "she"):
                other = counterpart  # "ready to pay Salah … if he leaves on a free transfer"
            if asked is None:  # "only if he is given armed police protection"
                yield "demand", by, None, _phrase(_object(condition)), evidence
            elif other != by:
                yield "demand", by, other, _predicate(condition), evidence


def _headers(parsed: ParsedArticle, table: EntityTable, lex: Lexicon) -> list[Header]:
    """Explainer question headers, e.g. `What can North Korea offer Russia?`."""
    found: list[Header] = []
    for sentence in parsed.sentences:
        body = parsed.text[sentence.start:sentence.end].strip()
        if not body.endswith("?") or len(body.split()) > 12:
            continue
        if not re.match(r"^(?:what|why|how|which|where)\b", body, re.I):
            continue
        lower = body.lower()
        words = set(re.findall(r"[a-z]+", lower))
        receives = bool(words & {"gain", "get", "gets"})  # `What does the EU get?`: given to it
        if words & {"offer", "offered", "offers", "give", "provide", "supply", "gain", "get",
                    "gets"} and not (
                words & {"want", "wants", "need", "needs", "interested"}):
            mode = "offer"
        elif words & ({"want", "wants", "need", "needs", "seek", "seeks", "interested", "demand",
                       "demands", "return"}):
            mode, receives = "demand", False
        else:
            # `What happens next?`: ends the header before it
            found.append(Header(None, None, None, sentence.start, sentence.end))
            continue
        actors = []
        for mention in table.in_range(sentence.start, sentence.end):
            if mention.entity_id not in actors:
                actors.append(mention.entity_id)
        if not actors:
            continue
        by = actors[0]
        counterpart = actors[1] if len(actors) > 1 else None
        named = [h for h in found if h.by is not None]
        if counterpart is None and named:
            prev = named[-1]
            counterpart = prev.by if prev.by != by else prev.counterpart
        if receives:  # `What does India get?` after `What does the EU get?`: India gives it
            by, counterpart = counterpart, by
            if by is None:
                found.append(Header(None, None, None, sentence.start, sentence.end))
                continue
        found.append(Header(mode, by, counterpart, sentence.start, sentence.end))
    ends = [h.start for h in found[1:]] + [len(parsed.text)] if found else []
    return [Header(h.mode, h.by, h.counterpart, h.end, end) for h, end in zip(found, ends,
                                                                               strict=True)]


_ASKS_OFFER = re.compile(r"^(?:and\s+|so\s+)?(?:what|is there (?:anything|something)|(?:can|"
                         r"could|will) you)\b.*\b(?:offer|offering|give|giving|on the table|"
                         r"promise|provide|providing|bring|bringing|(?:get|gets|getting)\b.*"
                         r"\bfrom you)\b", re.I)  # (`And what do they get from you?`)
_ASKS_DEMAND = re.compile(r"^(?:and\s+|so\s+)?what\b.*\b(?:want|wants|wanting|need|needs|"
                          r"needing|ask|asking|expect|expecting|demand|demanding)\b", re.I)


def _question_asked(parsed: ParsedArticle, index: int) -> str:
    """The question a labelled paragraph asks: its last `what …?` (`Farmers say … What are
    you offering?`, `Minister Haddad, what does Brazil want?`), else all it says."""
    label = parsed.labels[index]
    question = parsed.text[label.end():parsed.paras[index].end].strip()
    asking = re.findall(r"(?:^|(?<=[.!?,] ))((?:and |so )?what\b[^?]*\?)", question, re.I)
    return asking[-1] if asking else question


def _answers(parsed: ParsedArticle, table: EntityTable, speakers: dict[int, str]):
    """`Q: What are you offering in return?` / `WILLIAMS: Cheaper electricity and faster
    permits.`: in a transcript, the first sentence of the answer to a question about what
    `you` offer or want is the answerer's offer or demand, made for the country or body they
    speak for; about what a named party offers or wants (`What does Chile want from China?`),
    that party's. `speakers`: quotation start → its named, non-expert speaker. (mode, by,
    what, (evidence start, evidence end), whether it is the answer's opening sentence)."""
    labels = parsed.labels
    questioners = parsed.questioners if labels else NOT_SPEAKERS
    asked_about = None  # the party an earlier question named (`What can Greenland offer?`)
    for index, label in sorted(labels.items()):
        question = _question_asked(parsed, index)
        answer = labels.get(index + 1)
        if label.group(1) not in questioners or answer is None or \
                answer.group(1) in questioners or not question.endswith("?"):
            continue
        mode = "offer" if _ASKS_OFFER.match(question) else \
            "demand" if _ASKS_DEMAND.match(question) else None
        speaker = table.entities.get(speakers.get(answer.end(), ""))
        said = list(re.finditer(r"(.+?[.!?])(?=\s|$)",
                                parsed.text[answer.end():parsed.paras[index + 1].end]))
        if mode is None or speaker is None or not said or said[0].group(1).split()[
                0].lower().strip(",.") in ("yes", "no", "well"):
            continue  # `No. The rate is fair`: an answer to something else
        # the first sentence that says something (`Respect. Investment in our ports …`)
        first = next((m for m in said if len(m.group(1).split()) >= 3), None)
        if first is None:
            continue
        words = first.group(1).strip().rstrip(".!").split()
        asked = parsed.paras[index]
        named = [m for m in table.in_range(asked.end - len(question), asked.end)]
        named.sort(key=lambda m: m.kind == "person")  # not the minister addressed by name
        if re.search(r"\b(?:you|we)\b", question, re.I):  # (`What are we asking Bogotá
            # for?`, asked of a minister by her country's radio: her side)
            body = table.entities.get(speaker.affiliation or "")
            by = body.id if body is not None and body.kind in ("country", "organization") \
                else asked_about or speaker.id  # (answering for the party asked about)
        elif named:
            by = asked_about = named[0].entity_id  # `What does Chile want from China?`: Chile
        elif re.search(r"\b(?:the|your) government\b", question, re.I) and (
                body := table.entities.get(speaker.affiliation or "")) is not None and \
                body.kind == "country":
            by = body.id  # `What can the government promise them?`, asked of its minister
        else:
            continue
        start = answer.end() + first.start(1) + len(first.group(1)) - len(
            first.group(1).lstrip())
        yield mode, by, " ".join(words[:_MAX_WHAT_WORDS]), (start, answer.end() + first.end(1)), \
            first is said[0]
        for more in said[said.index(first) + 1:]:
            # `A long-term price formula. And Chinese money for the second railway line.`: a
            # list the answer goes on with, in sentences without a verb
            at, end = answer.end() + more.start(1), answer.end() + more.end(1)
            words = re.sub(r"^(?:And|Also|Plus)\s+", "", more.group(1).strip()).rstrip(".!").split()
            if len(words) < 3 or any(
                    t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and (
                        t.dep_ == "ROOT" or t.head.pos_ not in ("NOUN", "PROPN"))
                    for _o, t in parsed.tokens(at, end)):
                break  # (but `And a guarantee that buyers will take our power …`: a thing
                # the clause says more of)
            yield mode, by, " ".join(words[:_MAX_WHAT_WORDS]), (at, end), True


def extract_claims(parsed: ParsedArticle, table: EntityTable, lex: Lexicon,
                   quotes=()) -> tuple[list[Claim], list[Claim]]:
    offers: dict[tuple, Claim] = {}
    demands: dict[tuple, Claim] = {}
    headers = _headers(parsed, table, lex)
    speakers = {q.start: q.speaker if q.speaker != UNKNOWN else q.voice_of for q in quotes
                if (q.speaker != UNKNOWN or q.voice_of) and not q.expert}

    found_in: set[tuple[str, str, int, int]] = set()  # (mode, by, evidence start and end)
    first_end = parsed.paras[0].end if parsed.paras else 0
    headline = parsed.text[:first_end]

    def add(mode, by, counterpart, what, evidence):
        found_in.add((mode, by, *evidence))
        target = offers if mode == "offer" else demands
        key = (by, what.lower())
        if by == counterpart:
            counterpart = None
        held = target.get(key)
        if held is None or (evidence[0] >= first_end and held.evidence in headline):
            # (the lead's words over a headline's, which go: `Villagers offer £400,000 …`)
            target[key] = Claim(by=by, counterpart=counterpart, what=what,
                                evidence=parsed.text[evidence[0]:evidence[1]].strip())

    asking = {index for index, label in parsed.labels.items()
              if label.group(1) in parsed.questioners}
    framed = asked_about_only(parsed, table) if asking else set()
    offer_questions = {index for index in asking if _ASKS_OFFER.match(
        _question_asked(parsed, index))}
    answered = list(_answers(parsed, table, speakers))
    offerer = None  # who made the last offer, outside the questions (`Germany has promised
    # …?` asked of the minister makes no offer of Germany's that his answer adds to)
    for offset, doc in parsed.docs:
        for sent in doc.sents:
            # what an interviewer says of a party only the questions name (`Businesses want
            # compensation.`) is the question's framing
            in_question = bool(asking) and parsed.paragraph_at(offset + sent.start_char) in asking
            answering = frozenset(c.counterpart for c in (*demands.values(), *offers.values())
                                  if c.counterpart) | frozenset(
                c.by for c in offers.values())  # asked, offered something, or offering
            offering = parsed.paragraph_at(offset + sent.start_char) - 1 in offer_questions
            askers = frozenset(c.by for c in demands.values()) | {
                by for mode, by, _what, (start, _end), _opening in answered
                if mode == "demand" and start < offset + sent.start_char}  # (`What is Riga
            # asking Brussels for?` / `Two more years …`: an asker before the next answer)
            above = next((h for h in headers if h.start <= offset + sent.start_char < h.end
                          and h.mode == "offer"), None)
            for mode, by, counterpart, what, evidence in _claims_in_sentence(
                    sent, offset, parsed, table, lex, speakers, offerer, answering, offering,
                    askers, above.by if above is not None else None):
                if in_question and (by in framed or by in table.unnamed):
                    continue
                header = next((h for h in headers if h.start <= evidence[0] < h.end
                               and h.mode is not None), None)
                if header and counterpart is None and by == header.by:
                    counterpart = header.counterpart
                add(mode, by, counterpart, what, evidence)
                if mode == "offer" and not in_question:
                    offerer = by
                if header and header.mode == "offer" and mode == "demand" and (
                        by == header.counterpart):
                    # under "What can A offer B?", what B wants is what A can offer
                    add("offer", header.by, header.counterpart, what, evidence)
                    offerer = header.by
    for mode, by, what, evidence, opening in answered:
        found = [(start, end) for m, b, start, end in found_in if m == mode and b == by
                 and parsed.paragraph_at(start) == parsed.paragraph_at(evidence[0])]
        if not found or (opening and len(parsed.text[evidence[0]:evidence[1]].split()) >= 5
                         and not any(s < evidence[1] and evidence[0] < e for s, e in found)):
            add(mode, by, None, what, evidence)  # only where the frames found nothing in the
            # answer, or its opening sentence says something more (`Duty-free access for our
            # textiles … We also want the US to …`), not `A clear commitment. We want …`
    for mode, by, what, evidence in _listed(parsed, table):
        add(mode, by, None, what, evidence)
    return _told_again(_contained(offers), parsed), _told_again(_contained(demands), parsed)


def _contained(claims: dict[tuple, Claim]) -> dict[tuple, Claim]:
    """The claims less any whose `what` another claim by the same party, from the same
    sentence, already holds (`display the source …` inside `give authors a way … and would
    display the source …`)."""
    return {key: claim for key, claim in claims.items() if not any(
        other is not claim and other.by == claim.by and other.evidence == claim.evidence
        and len(other.what) > len(claim.what) and _holds(other.what, claim.what)
        for other in claims.values())}


def _holds(longer: str, shorter: str) -> bool:
    """Whether `longer` holds `shorter`, or, cut short (`… help run the dam's treatment works
    for the`), ends with at least four of its opening words."""
    longer, shorter = longer.lower().removesuffix(" …"), shorter.lower()
    if shorter in longer:
        return True
    words = shorter.split()
    return any(longer.endswith(" " + " ".join(words[:k])) for k in range(len(words), 3, -1))


_LIST_ITEM = re.compile(r"[-•*–]\s+(.+?)[\s.;,]*$")
_LISTS_DEMANDS = re.compile(r"\b(?:demands?|wants?|want|asking for|calls? for|seeks?|"
                            r"requests?)\b[^:]*:$", re.I)
_LISTS_OFFERS = re.compile(r"\b(?:offers?|offered|proposals?|proposes|proposed|pledges?|"
                           r"promises?|promised)\b[^:]*:$", re.I)


def _listed(parsed: ParsedArticle, table: EntityTable):
    """`The union's demands include:` followed by a list (`- a 6.5% pay rise`, `- one extra
    day of leave`): each item is a demand (or, after `offer`, an offer) of the party the
    sentence names, else of the country or body named last before it. (mode, by, what,
    evidence) per item; the evidence is the item's paragraph."""
    for index, para in enumerate(parsed.paras[:-1]):
        intro = parsed.text[para.start:para.end].rstrip()
        if not intro.endswith(":"):
            continue  # (most paragraphs: cheaper than finding their last sentence)
        last = parsed.sentence_at(para.end - 1)
        sentence = parsed.text[last.start:last.end].strip() if last else intro
        mode = "demand" if _LISTS_DEMANDS.search(sentence) else \
            "offer" if _LISTS_OFFERS.search(sentence) else None
        if mode is None:
            continue
        start = last.start if last else para.start
        named = [m for m in table.in_range(start, para.end) if not parsed.in_quote(m.start)]
        before = [m for m in table.before(start) if m.kind in ("organization", "country")
                  and not parsed.in_quote(m.start)]
        nouns = set(re.findall(r"[a-z]+", sentence.lower())) & load_lexicon().body_nouns
        kind = [m for m in before if nouns & set(table.entities[m.entity_id].name.lower()
                                                   .split())]  # `The union's demands …`
        if not (named or kind or before):
            continue
        by = named[0].entity_id if named else (kind or before)[-1].entity_id
        for item in parsed.paras[index + 1:]:
            listed = _LIST_ITEM.match(parsed.text, item.start, item.end)
            if listed is None:
                break
            yield mode, by, listed.group(1), (item.start, item.end)


def _told_again(claims: dict[tuple, Claim], parsed: ParsedArticle) -> list[Claim]:
    """The claims, less a headline's: a headline (a first paragraph that does not end as a
    sentence does) only sums up what the story reports, so none of its claims is kept; a first
    paragraph that ends as a sentence may be a headline run into the lead, whose claims go only
    when the text makes them again in full (`Osimhen camp wants release clause` … `are
    insisting on a release clause of no more than €100m`): by the same party, with at least
    half the headline's words."""
    if len(parsed.paras) < 2:
        return list(claims.values())
    headline = parsed.text[parsed.paras[0].start:parsed.paras[0].end]

    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"[\w€$£%]+", text.lower()) if w not in stop_words()}

    def retold(short: str, full: str) -> bool:
        said = words(short)
        return bool(said) and len(said & words(full)) * 2 >= len(said)

    if is_headline(parsed):
        return [claim for claim in claims.values() if claim.evidence not in headline]
    return [claim for claim in claims.values() if claim.evidence not in headline or not any(
        other.by == claim.by and other.evidence not in headline and retold(claim.what, other.what)
        for other in claims.values())]
