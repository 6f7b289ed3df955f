"""Actors: people, organisations and countries, canonicalised, with roles and affiliations.

Named-entity spans come from spaCy; the lexicon folds metonyms and adjectives into countries
(`Pyongyang`, `North Korean` → North Korea) and sets news agencies aside. People are folded by
name parts (`Mr Kim`, `Kim` → `Kim Jong Un`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from generator.extract.parse import ParsedArticle
from generator.ingest import DATELINE
from generator.lexicon import (
    Lexicon,
    fold_accents,
    load_lexicon,
    normalise_surface,
    slugify,
    stop_words,
)
from generator.model import Entity

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
_STOP_AFTER_ROLE = re.compile(
    r"\s+(?:said|says|told|tells|added|adds|says|wrote|warned|explained|noted|argued|who|which|"
    r"when|has|had|have|is|was|will|would|believes|thinks)\b.*$",
    re.S,
)


ORG_WORDS = frozenset(
    "Institute Institution University College School Center Centre Foundation Council Academy "
    "Board Ministry Party Agency Group Company Corporation Bank Committee Office Department "
    "Army Navy Force Forces Court Government Administration Commission Union Association "
    "Federation News Times Post Society Organization Organisation Fund Service Services League "
    "Alliance Police Club Trust Records Brewery Hotels "
    "United Town City Rovers Wanderers Athletic Albion FC Cycling Racing "  # clubs and teams
    # (`Kestrel Pro Cycling`, `Red Bull Racing`), and companies:
    "Air Airways Airlines Motors Holdings Industries Energy Securities Capital Partners Systems "
    "Technologies Pharmaceuticals Foods Media Telecom Mining Steel Electric Insurance Homes "
    "Estates Properties Developments Logistics Labs Laboratories Therapeutics Ventures "
    "Sports Promotions Entertainment Research Consulting Consultancy Analytics Advisory "
    "Studios Software "
    "Renewables Solar Line Lines Metals "
    "Watch Aid Trust Network Coalition Forum "  # campaigning bodies: `Human Rights Watch`
    "Water Gas Power Rail "  # utilities: `Thames Water`
    "Buses Coaches Trains Ferries Shipping Airport Airports "  # transport operators and airports:
    # `Coastline Buses`, `Heathrow Airport`
    "Chemie Chemicals Pharma "
    "Church Cathedral Chapel Mosque Temple Synagogue Abbey "  # places of worship
    "Library Museum Hospital Gallery Primary Hospice Surgery "  # institutions: `Ash Lane Library`,
    # `St Mary's Primary`
    "Inc Corp Ltd PLC AG SA GmbH NV BV SpA".split()
)
_HONORIFIC_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Gen|Col|Capt|Sen|Rep|Gov)\.?\s+"
    r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3})"
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity_id: str
    kind: str


@dataclass
class _Draft:
    name: str
    kind: str
    role: str | None = None
    affiliation: str | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    role_span: tuple[int, int] | None = None


LABOUR_BODIES = frozenset({"union", "federation", "confederation", "association", "guild"})
# People who speak for a body without being named (`A Channel 5 spokesperson said`)
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "rep",
                          "publicist"})
_REGULATORS = frozenset({"commission", "commissioner", "authority", "office", "agency",
                         "regulator", "ombudsman", "watchdog", "board"})
# `the watchdog said` after the Data Protection Commission and a company it regulates: the
# words in a body's name that say it is of the kind a text calls it by
KIND_NAMES = {"watchdog": _REGULATORS, "regulator": _REGULATORS}


def one_union(bodies) -> str | None:
    """The id of the one union (or workers' association) among (id, name, kind) triples whose
    name says so; None when there is none or more than one."""
    unions = [key for key, name, kind in bodies if kind == "organization"
              and {w.lower() for w in name.split()} & LABOUR_BODIES and key != "european-union"]
    return unions[0] if len(unions) == 1 else None


@dataclass
class EntityTable:
    """Entities of one article and where each is mentioned (sorted by offset)."""

    entities: dict[str, Entity]
    mentions: list[Mention]
    agencies: tuple[str, ...]
    unnamed: set[str] = field(default_factory=set)  # actors a claim named by its words

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.mentions]

    def in_range(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                found.append(self.mentions[i])
            i += 1
        return found

    def before(self, offset: int) -> list[Mention]:
        return self.mentions[: bisect.bisect_left(self._starts, offset)]

    def only_person_before(self, offset: int, quoted) -> str | None:
        """`Pop superstar Nina Vale … the singer told fans`: when one person alone has been named
        so far (outside quotations: `quoted(offset)` says where), a definite role noun can only
        be them."""
        people = {m.entity_id for m in self.before(offset)
                  if m.kind == "person" and not quoted(m.start)}
        return next(iter(people)) if len(people) == 1 else None

    def only_union(self) -> str | None:
        """`their union said …; The Swedish Air Line Pilots Association wants …`: in an article
        that names one union (or workers' association), before or after, `the union` is it."""
        return one_union((e.id, e.name, e.kind) for e in self.entities.values())

    def role_holder(self, noun: str, offset: int) -> str | None:
        """The person mentioned last before `offset` whose role has that noun (`the minister`
        → Health Minister Rosa Mendoza)."""
        return next((m.entity_id for m in reversed(self.before(offset))
                     if self.holds_role(m.entity_id, noun)), None)

    def holds_role(self, entity_id: str, noun: str) -> bool:
        """Whether the actor is a person whose role has that noun."""
        entity = self.entities.get(entity_id)
        return entity is not None and entity.kind == "person" and bool(entity.role) and bool(
            re.search(rf"\b{re.escape(noun)}\b", entity.role, re.I))


def _overlaps(start: int, end: int, taken) -> bool:
    """Whether [start, end) overlaps any (start, end) already taken."""
    return any(s < end and start < e for s, e in taken)


# `Serb-run`, `Iran-backed`, `German-born`: a description before a name, no part of it
_RUN_BY_WORD = (r"[A-Z][\w'’]*-(?:run|led|backed|owned|based|controlled|held|dominated|"
                r"majority|born)")
_RUN_BY = re.compile(rf"^{_RUN_BY_WORD} (?=[A-Z])")
_RUN_BY_ALONE = re.compile(rf"{_RUN_BY_WORD}$")


_EVENT_WORDS = frozenset("Cup Masters Open Olympics Paralympics Championship Championships "
                         "Prix Marathon Trophy".split())


def _classify(surface: str, label: str, lex: Lexicon) -> tuple[str, str] | None:
    """(canonical name, kind) of an entity span, or None when it is not an actor."""
    name = normalise_surface(surface)
    name = re.sub(r"^[A-Z]{2,}(?: [A-Z]{2,})* [-–—] (?=[A-Z])", "", name)  # `SEOUL - Samsung`
    if name.lower().startswith("the "):
        name = name[4:]
    name = _RUN_BY.sub("", name)  # `Serb-run Republika Srpska`: Republika Srpska
    if name.lower().startswith("non-"):
        return None  # `non-EU residents`: the EU is not a party
    if not name or name in lex.not_actors or name.title() in lex.not_actors or \
            not re.search(r"[A-Z]", name) or \
            name.rstrip(".") in lex.honorifics or (
                label in ("ORG", "PERSON") and name in lex.nationality_nouns):
        return None  # (`The Duke, 42, lost …`: a title alone names nobody here; nor `The
        # Spaniard said`, tagged a body)
    if lex.is_agency(name):
        return None
    titled = re.match(r"(\w+)\.? (?=[A-Z][a-z]+ [A-Z])", name)
    if label == "ORG" and titled and titled.group(1) in ("Rev", "Revd", "Reverend") and not (
            set(name.split()) & ORG_WORDS):
        return name[titled.end():], "person"  # `the Rev Anna Price`, tagged a body
    if (len(name.split()) > 1 or name in ("Olympics", "Paralympics")) and \
            name.split()[-1] in _EVENT_WORDS:
        return None  # `the Ryder Cup`, `the Dublin Darts Masters`: an event, not a party
    if (body := lex.organization(name)) is not None:
        return body, "organization"
    country = lex.country(name)
    if country:
        return country, "organization" if country == "European Union" else "country"
    ministry = re.fullmatch(r"(\S+) (?:Foreign Ministry|Ministry of Foreign Affairs)", name)
    if ministry and (country := lex.country(ministry.group(1))):
        return country, "country"  # `the Chinese Foreign Ministry said`: China's own voice
        # abroad (a `Water Ministry` stays a body of its own)
    company = _without_trade_word(name, lex) if label in ("PERSON", "GPE") else None
    if company:
        return company, "organization"  # `Chipmaker Veltron`, tagged a person
    if label == "PERSON":
        if set(name.split()) & ORG_WORDS:
            return name, "organization"
        if len(name.split()) == 2 and name.split()[0] in lex.sector_words:
            return name, "organization"  # `Historic England`, tagged a person
        person = lex.strip_honorifics(name)
        if person.rstrip(".") in lex.honorifics:
            return None  # `Sgt` of `Sgt. Sherral Schmidt`, tagged by itself
        words = person.split()
        if len(words) > 1 and all(w.isupper() and len(w) > 1 for w in words):
            words = person.title().split()  # `ANTHONY JOSHUA`: a tabloid's capitals
        elif len(words) > 1 and words[0].isupper() and len(words[0]) > 2 and \
                not words[1].isupper():
            words[0] = words[0].title()  # `HARRY Kane`: the first name in capitals
        given = len(words)
        while len(words) > 1 and (words[0].lower() in lex.role_nouns or
                                  _plural_role(words[0], lex)) and (len(words) > 2 or given == 2):
            words = words[1:]  # (`Bandmates Toni and Rochelle`; not down to `Croft` from
            # `Heavyweight Dean Croft`, whose `Dean` is a name)
        inner = [i for i, w in enumerate(words[:-1]) if w.lower() in lex.role_nouns and i > 0]
        if inner and len(words) - inner[-1] > 2:
            words = words[inner[-1] + 1:]  # `Lisbon Mayor Carlos Moedas` → Carlos Moedas
        person = " ".join(words)
        if any(ch.isdigit() for ch in person) or not all(
                _NAME_WORD.match(w)
                or (i > 0 and (w in _PARTICLE_WORDS or _JOINED_PARTICLE.match(w)))
                for i, w in enumerate(words)):
            return None
        if person in lex.not_actors or lex.country(person) or person in lex.nationality_nouns:
            return None  # (`The Londoner, 29,`: somebody named before)
        return person, "person"
    if label == "NORP" and name.endswith("s") and all(w[0].isupper() for w in name.split()) \
            and len(name.split()) <= 2:
        return name, "group"  # Democrats, Kurds, Houthis, the Liberal Democrats
    words = name.split()
    if label == "ORG" and len(words) in (3, 4) and words[0].lower() in lex.role_nouns and \
            not set(words) & ORG_WORDS and all(_NAME_WORD.match(w) for w in words[1:]) and \
            not {w.lower() for w in words} & lex.body_nouns:
        return _classify(" ".join(words[1:]), "PERSON", lex)  # `Councillor Ade Bello`
    if label == "ORG" and len(words) == 1 and is_role_word(name, lex):
        return None  # `Winger wants out …` in a headline: a role, nobody's name
    if label == "ORG":
        # `Ukraine 4.5 billion dollars`: an amount the model ran into a name ends it
        name = re.split(r"\s+(?=\d[\d.,]*\s+(?:billion|million|thousand|trillion|dollars|"
                        r"euros|pounds|per\b))", name)[0]
        if name != normalise_surface(surface) and (country := lex.country(name)):
            return country, "country"
        # `the IG BCE union`: a name does not end in a common noun; but `Lisbon city council`
        # is the Lisbon City Council
        council = _COUNCIL_TAIL.search(name)
        if council is not None and council.start() > 0:
            name = name[:council.start()] + council.group(0).title()
        name = re.sub(r"(?: [a-z'’]+)+$", "", name) if name[:1].isupper() else name
        if len(name) < 2 or name.isdigit():
            return None
        return _without_trade_word(name, lex) or name, "organization"
    if label == "LOC" and len(words) > 1 and words[-1] in ORG_WORDS and words[-1] not in \
            _PLACE_FEATURES:
        return name, "organization"  # `the Pacific Islands Forum`, tagged a place
    return None


_COUNCIL_TAIL = re.compile(r" (?:(?:city|town|county|district|borough|parish|municipal|"
                           r"regional|provincial) )?council$")


def _without_trade_word(name: str, lex: Lexicon) -> str | None:
    """`Chipmaker Veltron` → `Veltron`: a trade word before a company's name is no part of it."""
    words = name.split()
    for index, word in enumerate(words[:3]):
        lower = word.lower()
        if index + 1 < len(words) and words[index + 1][:1].isupper() and (
                lower in lex.trade_descriptors or lower.endswith("maker")) and all(
                w.islower() for w in words[1:index + 1]):
            return " ".join(words[index + 1:])  # also `Budget airline Aerolux`
    if len(words) > 1 and _plural_role(words[0], lex) and all(
            w[:1].isupper() and w not in ORG_WORDS and w.lower() not in lex.body_nouns
            for w in words[1:]):  # (not `Writers Guild of America`)
        return " ".join(words[1:])  # `Administrators Teneo said …`: who they are, not a name
    return None


def _plural_role(word: str, lex: Lexicon) -> bool:
    """`Bandmates`, `Administrators`: a role noun in the plural."""
    return word.endswith("s") and word[:-1].lower() in lex.role_nouns


_TITLE_MODIFIERS = frozenset("prime vice deputy foreign chief secretary attorney acting first "
                             "general".split())


def _form_of_address(name: str, lex: Lexicon) -> bool:
    """`Mr Prime Minister`, `Mr President`: an honorific before a title, not before a name."""
    words = name.split()
    return words[-1].lower() in lex.role_nouns and (
        len(words) == 1 or (len(words) == 2 and words[0].lower() in _TITLE_MODIFIERS))


def _transcript_labels(parsed: ParsedArticle) -> list[tuple[int, int]]:
    """Where transcript speaker labels (`RUTO:`, `QUESTION:`) are: markers, not mentions."""
    return [(m.start(1), m.end(1)) for m in parsed.labels.values()]


_AGENCY_NOUNS = frozenset("plan proposal statement policy decision offer budget deal demand "
                          "response position strategy bill initiative order sanction official "
                          "warning threat request".split())
_LOCAL_OFFICES = frozenset("mayor governor councillor councilor council".split())
_PLACE_PREPOSITIONS = frozenset("of in at from near outside across around into to toward towards "
                                "via throughout inside within over".split())


_JOURNEYS = frozenset({"visit", "trip", "journey", "flight", "mission", "return", "divert",
                       "travel", "fly", "sail", "relocate", "flee", "reroute"})


def _name_before_nationality(parsed: ParsedArticle, start: int, end: int,
                             lex: Lexicon) -> int | None:
    """Where a name starts that ends in a nationality the model took for one (`Anglo American
    rejected`, `Delta American said`): a singular nationality that is a clause's subject, right
    after a capitalised name word compounded to it; else None."""
    tokens = [t for _o, t in parsed.tokens(start, end)]
    if not tokens or tokens[-1].dep_ not in ("nsubj", "nsubjpass") or \
            tokens[-1].text.endswith("s") or tokens[0].i == 0 and len(tokens) == 1:
        return None
    before = tokens[0] if len(tokens) > 1 else tokens[0].doc[tokens[0].i - 1]
    if before.dep_ != "compound" or before.head.i != tokens[-1].i or before.pos_ != "PROPN" or \
            not before.text[:1].isupper() or lex.country(before.text):
        return None
    return start - (tokens[0].idx - before.idx)


def _person_after_role(text: str, start: int, end: int, surface: str, lex: Lexicon) -> bool:
    """A two- or three-word name the model tagged a body, set after a person's role and a
    comma and ending the clause (`the company's director of space sustainability, Nadia
    Ferreira.`): a person."""
    words = surface.split()
    return 2 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words) and not (
        set(words) & ORG_WORDS or {w.lower() for w in words} & lex.body_nouns) and \
        re.match(r"\s*(?:[.,;]|$)", text[end:end + 2]) is not None and \
        (role := role_before_comma(text, start, lex)) is not None and \
        role[0].split()[-1].lower() not in lex.body_nouns  # (not `the show's producer,
    # Glasshouse TV,`)


def _lone_place(parsed: ParsedArticle, span) -> bool:
    """`from the beach at Kayar`, `a visit to Ashgabat`: one word the model took for a person,
    standing where a place stands (after `at` or `in`, or where a journey goes), is no
    actor."""
    start, end, name, kind, _surface = span
    if kind in ("person", "organization") and (_where_people_live(parsed, span)
                                               or _listed_with_places(parsed, span)
                                               or _joined_to_settlements(parsed, span)
                                               or _owned_site(parsed.text, span)):
        return True
    if kind in ("person", "organization") and " " not in name and re.search(
            r"\bthe (?:port|town|village|island|harbour|region|province|district) of $",
            parsed.text[max(0, start - 30):start]):
        return True  # `would use the port of Chinde`: a place
    if kind != "person":
        return False
    if name.split()[-1] in _PLACE_FEATURES:
        return True  # `Herne Bay`, `Skye Island`
    if " " not in name and _REGION_AFTER.match(parsed.text, end):
        return True  # `to the Nakhchivan exclave`, however the parser read the words
    tokens = [t for _p, t in parsed.tokens(start, end)]
    if " " in name or len(tokens) != 1:
        return False
    if tokens[0].dep_ == "compound" and tokens[0].head.pos_ == "NOUN" and (
            parsed.text[max(0, start - 4):start] == "the "
            or tokens[0].head.lemma_.lower() in _DWELLINGS):
        return True  # `the Cotswolds farmhouse`, `their £2million Cheshire home`: a place
        # before what is there
    if re.search(rf"\b[A-Z][a-z]+ of {re.escape(name)}\b", parsed.text):
        return True  # `Leeds is not an outlier`, after the University of Leeds
    token = tokens[0]
    while token.dep_ == "conj":  # `in Small Heath and Sparkhill`
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in _SETTLED:
            return True  # `between the village and Sparrowpit`
    return token.dep_ == "pobj" and (token.head.lower_ in _AT_A_PLACE or (
        token.head.lower_ == "to" and token.head.head.lemma_ in _JOURNEYS))


def _region_of_a_role(text: str, span, lex: Lexicon) -> bool:
    """`Zipro's UK general manager`: a country between a body's name and a role says where
    the role is held, no party."""
    start, end = span[0], span[1]
    after = re.match(r"(?: [a-z-]+){1,3}", text[end:end + 40])
    return re.search(r"\w['’]s $", text[max(0, start - 4):start]) is not None and \
        after is not None and any(is_role_word(w, lex) for w in after.group(0).split())


def _owned_site(text: str, span) -> bool:
    """`easyJet's Gatwick and Luton bases`, `Nissan's Sunderland plant`: a one-word name
    between an owner and what the owner has there is a place (where `the Nissan plant` names
    the owner)."""
    start, end, name, _kind, _surface = span
    return " " not in name and bool(re.search(r"['’]s (?:[A-Z][\w'’-]*,? (?:and )?)*$",
                                              text[max(0, start - 60):start])) and \
        bool(_REGION_AFTER.match(text, end))


def _joined_to_settlements(parsed: ParsedArticle, span) -> bool:
    """`between Ashby and the villages of Packington`: a one-word name joined to towns or
    villages is a place too."""
    tokens = [t for _p, t in parsed.tokens(span[0], span[1])]
    if len(tokens) != 1 or set(span[2].split()) & ORG_WORDS:
        return False
    joined = [c for c in tokens[0].children if c.dep_ == "conj"] + (
        [tokens[0].head] if tokens[0].dep_ == "conj" else [])
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _TOWNS for t in joined)


def _span_heads(parsed: ParsedArticle, start: int, end: int) -> list:
    """The tokens in [start, end) whose head lies outside it (or that are their own head)."""
    tokens = [t for _p, t in parsed.tokens(start, end)]
    inside = {t.i for t in tokens}
    return [t for t in tokens if t.head.i not in inside or t.head.i == t.i]


def _listed_with_places(parsed: ParsedArticle, span) -> bool:
    """`the libraries in Bredbury, Reddish, Heald Green, Marple Bridge and Brinnington`: a
    name in a list after `in` or `at` with names the model tagged as places is one too."""
    heads = _span_heads(parsed, span[0], span[1])
    if len(heads) != 1:
        return False
    name, first = heads[0], heads[0]
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ not in _AT_A_PLACE:
        return False
    listed = [t for t in first.subtree if t.i == first.i or t.dep_ == "conj"]
    return any(t.ent_type_ in ("GPE", "LOC") for t in listed if t.i != name.i)


_DWELLINGS = frozenset("home house farmhouse flat apartment villa mansion cottage estate "
                       "bungalow penthouse castle".split())
_AT_A_PLACE = frozenset("at in near around off across throughout outside inside".split())
_SETTLED = frozenset("town village city community area region district suburb resident villager "
                     "household family home farm parent neighbour neighbor tenant homeowner "
                     "estate neighbourhood neighborhood street".split()) | {
    # where things are built or held (`the gasworks site at Harbour Quay`, `chip plants in
    # Hwaseong`, `a friendly at Wembley`, `a meeting at Clarence House`)
    *"site plant factory depot pier port flat building stadium friendly match game meeting "
     "summit ceremony".split()}


_PRODUCTS = frozenset("drug medicine vaccine treatment therapy pill jab satellite rocket "
                      "missile warship frigate show series programme documentary podcast film "
                      "album novel".split())  # (`the spin-off show Aftersun`)
_WORKS = frozenset("canal dam pipeline bridge tunnel railway motorway highway mine mines port "
                   "refinery reservoir deposit deposits oilfield gasfield airport".split())


_VENUES = frozenset("Inn Arms Tavern Hotel".split())
_VENUE_ACTS = re.compile(r"^(?:['’]s (?:owners?|managers?|management))?\s+(?:said|says|told|has|"
                         r"have|had|will|would|offered|offers|wants|announced|confirmed)\b")


def _named_thing(text: str, span) -> bool:
    """`its cystic fibrosis drug Alyftrek`, `its planned Funan Techo canal`: the name of a
    product or of a work the model took for a body or a person, no actor; and a pub or hotel
    bought or visited (`buy the Bull Inn`), not the business speaking."""
    start, end, name, kind, _surface = span
    before = re.search(r"([a-z]+) $", text[max(0, start - 20):start])
    after = re.match(r" ([a-z]+)\b", text[end:end + 20])
    words = name.split()
    if kind != "country" and len(words) > 1 and words[-1] in _VENUES and \
            not _VENUE_ACTS.search(text[end:end + 30]):
        return True
    return bool(before and before.group(1) in _PRODUCTS) or (
        kind == "person" and bool(after) and after.group(1) in _WORKS) or bool(
        _PRODUCT_AFTER.match(text, end))


_MEDIUM_AFTER = re.compile(r"(?:['’]s)? (?:post|posts|followers|story|stories|video|videos|live|"
                           r"account|page|feed|message|messages|statement|clip|reel|update)\b")


def _medium(text: str, span, lex: Lexicon) -> bool:
    """`told fans on Instagram`, `in an Instagram post`, `his 2 million TikTok followers`: a
    social network as where somebody spoke, no actor."""
    start, end, _name, _kind, surface = span
    if surface not in lex.platforms:
        return False
    return bool(re.search(r"\bon (?:the )?$", text[max(0, start - 8):start])) or bool(
        _MEDIUM_AFTER.match(text, end))


def _drop_capital(text: str, span, lex: Lexicon) -> bool:
    """`LOVE Island star Molly-Mae …`: a tabloid's opening word in capitals, which the model
    tagged apart from the rest of the name it begins; not letters the text uses again
    (`UAW President Shawn Fain … the UAW`)."""
    start, end, _name, _kind, surface = span
    return surface.isupper() and surface.isalpha() and len(surface) > 2 and \
        not lex.country(surface) and not lex.organization(surface) and \
        (start == 0 or text[start - 1] == "\n") and \
        bool(re.match(r" [A-Z][a-z]", text[end:end + 3])) and \
        not re.search(rf"\b{re.escape(surface)}\b", text[end:])


def _groups_as_bodies(spans):
    """`Argos` (a plural-looking name the model took for a people) where the article names
    `Argos Holdings`: that body."""
    bodies = {}
    for _s, _e, name, kind, _f in spans:
        if kind == "organization" and len(name.split()) == 2 and name.split()[1] in ORG_WORDS:
            bodies.setdefault(name.split()[0], set()).add(name)
    return [(s, e, next(iter(bodies[name])), "organization", f)
            if kind == "group" and len(bodies.get(name, ())) == 1 else (s, e, name, kind, f)
            for s, e, name, kind, f in spans]


def _without_products_of_bodies(text: str, spans):
    """`Apple Pay` or `Google Maps` tagged as a person or a body where the story has named
    `Apple` alone as a body before: that body's product, no actor (and no full name for
    `Apple`). A short name that only follows the long one shortens it (`Kubota Spears` …
    `Kubota`), and so does a headline's (`Samsung` over `Samsung Electronics`)."""
    body_start = text.find("\n") + 1
    first_alone: dict[str, int] = {}  # a one-word body's first mention in the story
    first_named: dict[str, int] = {}  # any name's first mention
    for start, _e, name, kind, _f in spans:
        first_named[name] = min(start, first_named.get(name, start))
        if kind == "organization" and " " not in name and start >= body_start:
            first_alone[name] = min(start, first_alone.get(name, start))
    return [sp for sp in spans if not (
        sp[3] in ("person", "organization") and len(sp[2].split()) == 2
        and first_alone.get(sp[2].split()[0], sp[0]) < first_named[sp[2]])]


# `its Office software`, `its Copilot AI assistant`: a product named before what it is
_PRODUCT_AFTER = re.compile(r"(?: [A-Za-z][\w-]*)? (?:software|app|assistant|chatbot|browser|"
                            r"console|handset|smartphone)\b")


def _where_people_live(parsed: ParsedArticle, span) -> bool:
    """`three towns in the Ruhr`, `Villagers in Little Haddon`: a name that says where towns or
    their residents are is a place, whatever the model tagged it (not `staff at Unite`); so is
    one where something stands (`outside Leinster House`) or happened (`the fire at Maple
    Court`, whatever its name). This mention only."""
    start, end, name, _kind, _surface = span
    if _LIVING_THERE.match(parsed.text, end) and not set(name.split()) & ORG_WORDS:
        return True  # `Packington resident Helen Marsh`
    tokens = [t for _p, t in parsed.tokens(start, end)]
    token = tokens[-1] if tokens else None
    while token is not None and token.dep_ == "conj":
        token = token.head
    if token is not None and token.dep_ == "dobj" and token.head.lemma_ == "represent" and \
            token.head.dep_ == "relcl" and any(
                t.lower_ in _ELECTED for t in token.head.head.subtree if t.i < token.head.i):
        return True  # `Councillor Jean Marsh, who represents Ashby Cross`: her ward
    if token is None or token.dep_ != "pobj" or name.isupper():
        return False
    preposition, holder = token.head.lower_, token.head.head.lemma_.lower()
    if preposition in _AT_A_PLACE and holder in _INCIDENTS:
        return True
    if preposition in ("between", "from", "to") and holder in _ROUTES and \
            not set(name.split()) & ORG_WORDS:
        return True  # `the 47 bus between Haddon and Ashby Cross`: where it runs
    if preposition == "of" and (holder in _INHABITANTS or holder in _TOWNS) and \
            not set(name.split()) & ORG_WORDS:
        return True  # `Residents of Hollins Cross`, `the villages of Packington and Normanton`
    return not set(name.split()) & ORG_WORDS and (preposition in _BESIDE or (
        preposition in _AT_A_PLACE and holder in _SETTLED))  # (`outside Southwark Coroner's
    # Court`, a body that may speak for itself)


_BESIDE = frozenset({"outside", "opposite", "near", "beside"})
_ELECTED = frozenset("councillor councilor mp mep msp senator congressman congresswoman "
                     "assemblyman assemblywoman alderman".split())
_ROUTES = frozenset("bus route service train line road flight ferry link rail tram coach "
                    "pipeline cable corridor".split())
_LIVING_THERE = re.compile(r" (?:residents?|villagers?|householders?|inhabitants?)\b")
_INHABITANTS = frozenset("resident villager inhabitant citizen townspeople people".split())
_TOWNS = frozenset("town village city hamlet suburb district county borough parish island "
                   "municipality".split())
_INCIDENTS = frozenset("fire blaze blast explosion attack shooting stabbing crash collapse flood "
                       "rally protest vigil concert riot die kill burn happen occur erupt "
                       "explode".split())  # (`the fire at X`, `who died at X`)
_PLACE_FEATURES = frozenset("Bay Island Islands Valley Beach Coast Harbour Harbor Lake River "
                            "Mountains Hills Heights Falls Peninsula Strait Gulf".split())


def _agentive(parsed: ParsedArticle, span, lex: Lexicon) -> bool:
    """A city or building stands for its country only as an actor: `Moscow warned`,
    `Beijing's reply`, `talks with Washington`; not as a place (`the mayor of Lisbon`, `a
    briefing in Geneva`) or a modifier (`their London venture`). Likewise `European` is the
    European Union only when it acts, not in `a European problem`."""
    start, end, _name, _kind, surface = span
    plain = re.sub(r"['’]s$", "", surface)
    if not lex.is_metonym(plain) and plain != "European":
        return True
    following = re.match(r"(?:['’]s)?\s+([A-Za-z]+)", parsed.text[end:end + 20])
    if following and following.group(1).lower() in _LOCAL_OFFICES:
        return False  # `Lisbon Mayor Carlos Moedas`, `Lisbon's mayor`: the city's mayor
    if surface != plain:
        return True  # possessive: `Moscow's war`
    tokens = [t for _p, t in parsed.tokens(start, end)]
    if not tokens:
        return True
    head = tokens[-1]
    if any(c.dep_ == "poss" for c in head.children) or (head.dep_ == "compound" and any(
            c.dep_ == "poss" for c in head.head.children)):
        return False  # `the couple's London flat`: somebody's city is a place
    if head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPOSITIONS and not (
            head.head.lower_ == "from" and head.head.head.lemma_.lower() in lex.demand_verbs):
        return False  # a place; but `What do you need from Brussels?` asks the EU
    modified = head.head
    if head.dep_ in ("compound", "amod", "nmod") and modified.pos_ == "NOUN" and \
            modified.i > head.i:
        # `a Downing Street spokeswoman`, `the White House plan` act; `a London venture` not
        return is_role_word(modified.text, lex) or modified.lemma_.lower() in _AGENCY_NOUNS
    return True


_GOVERNMENT_NOUNS = _AGENCY_NOUNS | frozenset("law government legislature parliament cabinet "
                                              "administration".split())


def _governs(parsed: ParsedArticle, start: int, end: int) -> bool:
    """`California's new law`, `Ontario's offer`, `Bavaria's government`: a state or province
    whose law, government or policy the story is about is a party (not `Quebec's schools`)."""
    tokens = [t for _p, t in parsed.tokens(start, end)]
    head = tokens[-1] if tokens else None
    return head is not None and head.dep_ == "poss" and \
        head.head.lemma_.lower() in _GOVERNMENT_NOUNS


def _body_like(surface: str, lex: Lexicon) -> bool:
    """`Corvale City`, `New Zealand Rugby`; not `Kelsey Price` or `Asmara`, which the model
    also tags places."""
    words = normalise_surface(surface).split()
    return bool(set(words) & ORG_WORDS) or any(
        lex.country(" ".join(words[:n])) for n in range(1, len(words)))


def _speaks(parsed: ParsedArticle, start: int, end: int, lex: Lexicon) -> bool:
    """`Foxconn … said it was willing to invest`, `Equinor has offered`: a one-word name the
    model took for a place, but which says, asks or offers, is a body (places that speak for their
    country are in the lexicon)."""
    tokens = [t for _p, t in parsed.tokens(start, end)]
    head = tokens[-1].head if len(tokens) == 1 else None
    before = tokens[0].doc[tokens[0].i - 1] if tokens and tokens[0].i > 0 else None
    name = re.escape(tokens[0].text) if tokens else ""
    return head is not None and not parsed.in_quote(start) and head.lemma_.lower() in (
        lex.reporting_verbs | lex.demand_verbs | lex.offer_verbs) \
        and not (before is not None and before.pos_ == "PROPN") and not re.search(
            rf"\b{name} [A-Z][a-z]|[A-Z][a-z]+ {name}\b", parsed.text)  # (`Kelsey [Price]`)


_CITY_OF = re.compile(r"\b(?:city|town|borough) of ")
_MUNICIPALITY = re.compile(r"(?:[Tt]he )?(?:City|Town|County|Borough|Municipality|State) of [A-Z]")
_PUBLIC_BODIES = frozenset("Council Authority Government Commission Police Board Agency Ministry "
                           "Department Administration Assembly Parliament".split())


def _in_dateline(text: str, start: int, end: int) -> bool:
    """`ANTALYA, Turkey — …`, `SANTIAGO, Chile (Reuters) - …` opening a paragraph: the city
    or the country, where the story was filed (the dateline the article's first line may
    carry, see `ingest`)."""
    line_start = text.rfind("\n", 0, start) + 1
    match = DATELINE.match(text[line_start:end + 60])
    return match is not None and end <= line_start + match.end()


# `By Elena Ruiz`, `By Ana Silva and Tom Baker in Lisbon`: the writers, on a line of their own
_BYLINE = re.compile(r"By [A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|and|in|,))*[ \t]*$", re.M)


# `The Sun can reveal`, `The Mirror understands`, `the Daily Star has learned`: the outlet
# telling its own story
_REPORTS_IT = re.compile(r"(?:['’]s)?\s+(?:can (?:exclusively )?reveal|understands|has learn[et]d|"
                         r"has been told)\b")


def _in_byline(text: str, start: int) -> bool:
    """A name in the byline is who wrote the story, not somebody in it."""
    line_start = text.rfind("\n", 0, start) + 1
    return _BYLINE.match(text, line_start) is not None


def _facility_as_body(parsed: ParsedArticle, start: int, end: int, lex: Lexicon):
    """(name, kind) and end of a span the model took for a building that is a body: one a
    person works at (`a researcher at the CiviKos Platform in Pristina`) or one that acts
    (`Chelsea and Paris Saint-Germain are monitoring …`); else (None, end)."""
    surface = parsed.text[start:end]
    if (place := re.search(r" in [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*$", surface)) is not None:
        end, surface = start + place.start(), surface[:place.start()]
    before = re.search(r"\b(?:an?|the|its|their) (?:[a-z-]+ )?(\w+) (?:at|for|with) $",
                       parsed.text[max(0, start - 40):start])  # `a senior fellow at`
    works_there = before is not None and is_role_word(before.group(1), lex)
    tokens = [t for _p, t in parsed.tokens(start, end)]
    head = tokens[-1] if tokens else None
    while head is not None and head.dep_ == "conj":
        head = head.head
    acting = head is not None and head.dep_ == "nsubj" and head.head.pos_ == "VERB" and \
        head.head.lemma_ not in ("be", "close", "open", "reopen")
    if not (works_there or acting) or surface.split()[-1] in _EVENTS:
        return None, end  # (`the Games would stay in France`: an event)
    return _classify(surface, "ORG", lex), end


_EVENTS = frozenset("Games Olympics Paralympics Cup Championship Championships Open Festival "
                    "Expo Summit Prix Marathon Tournament".split())


def _acts(parsed: ParsedArticle, start: int, end: int) -> bool:
    """The span is the subject of a verb other than `be` (`Corvale City have offered`)."""
    tokens = [t for _p, t in parsed.tokens(start, end)]
    head = tokens[-1] if tokens else None
    return head is not None and head.dep_ == "nsubj" and head.head.pos_ == "VERB" and \
        head.head.lemma_ != "be"


# What only a company has (`Safiri's general manager`, `Orvel's shareholders`)
_OFFICES_OF_A_FIRM = (r"(?:[a-z-]+ )?(?:general manager|chief executive|managing director|"
                      r"chief operating officer|chief financial officer|board|shareholders|"
                      r"shares|headquarters|share price)\b")


_DESCRIBED = re.compile(r"(?<![\w'’-])([A-Z][\w'’&-]+(?: [A-Z][\w'’&-]+){0,3}), (?:the|a|an|"
                        r"(?P<owner>[A-Z][\w&-]*['’]s)) "
                        r"(?:[\w'’-]+ ){0,4}?([\w-]+)(?:\s*[,.]| that\b| which\b)")
# (`Unite, the plant's main union,`, `Keelcoin, the industry group that sued`)


# What a company is to another (`Rakuten, Amazon's main domestic rival,`)
_COMPANIES_OF = frozenset("rival competitor subsidiary parent supplier".split())

_KIND_THEN_NAME = re.compile(  # `the national railway company SNCB`, `the broadcaster RTBF`,
    # `the vaccine's maker, BioNova,`, `rights group the Internet Freedom Foundation`
    r"\b([a-z]+)(?: (?:the )?|, (?=[^,.]+,))"
    r"([A-Z][\w&'’-]*[A-Za-z0-9](?: (?:(?:of|for|a|de|da|do|du|des|del|la|le) (?:the )?)?"
    r"[A-Z][\w&'’-]*[\w]){0,3})"
    r"(?![\w'’-])")  # (`privacy group Bits of Freedom`, `the group Lisboa a Pé`)


_KINDS_THEN_NAMES = re.compile(r"\b([a-z]+s) ([A-Z][\w&'’-]*[\w]) and ([A-Z][\w&'’-]*[\w])"
                               r"(?![\w'’-]| [A-Z])")


@functools.lru_cache(maxsize=4)
def _name_then_kind(nouns: frozenset[str]) -> re.Pattern:
    """`the FIOM-CGIL metalworkers' union`, `the Labour party`: a name, then what it is."""
    return re.compile(r"\b[Tt]he ([A-Z][\w&-]*[A-Za-z0-9](?: [A-Z][\w&-]*[A-Za-z0-9]){0,3}) "
                      r"(?:[a-z][\w'’-]* ){0,2}?(?:" + "|".join(sorted(nouns)) + r")\b")


# Words for a body that also name a person's trade: `promoter Eddie Hearn`, `producer …`.
_PERSON_OR_BODY = frozenset({"promoter", "developer", "producer", "publisher", "broadcaster",
                             "operator", "supplier", "manufacturer"})


_KIND_COMMA_NAME = re.compile(r"\b(?:a|an|another|its|their) (?:[a-z-]+ ){0,2}([a-z]+), "
                              r"([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})(?=[.;]|, (?:which|whose)\b)")


def _described_bodies(text: str, spans, lex: Lexicon):
    """`Lumora, the cloud software company, said`, `a Lumora spokesperson`, `Vireo CEO Daniel
    Okonkwo`: a name the sentence describes as a body, or that a role belongs to, is an
    organisation, whether the NER took it for a person or missed it."""
    bodies = set()
    taken = [(s, e) for s, e, *_ in spans]
    found = []
    named = [(m.start(1), m.end(1), m.group(1)) for m in _DESCRIBED.finditer(text)
             if m.group(3).lower() in (lex.body_nouns if not m.group("owner") or lex.country(
                 m.group("owner")) else _COMPANIES_OF)]
    # (`Rakuten, Amazon's main domestic rival,`, `Plinacro, Croatia's gas grid operator,`; not
    # `Eddie Hearn, Joshua's promoter,`)
    people = {n for _s, _e, n, k, _f in spans if k == "person"}
    named += [(m.start(2), m.end(2), m.group(2)) for m in _KIND_THEN_NAME.finditer(text)
              if (m.group(1) in lex.body_nouns or m.group(1) == "brand" or (
                  m.group(1) in _COMPANIES_OF and m.group(2) not in people))
              and m.group(2).split()[0] not in _CALENDAR
              and not (m.group(1) in _PERSON_OR_BODY and m.group(2) in people
                       and " " in m.group(2))]
    # (`Wade's promoter, Eddie Hearn,`, tagged a person, is one: a promoter may be either;
    # `cladding manufacturer Arconic`, one word, is not; `fashion brand Velvet Row` is a body)
    named += [(m.start(group), m.end(group), m.group(group)) for m in _KINDS_THEN_NAMES.finditer(
        text) if m.group(1)[:-1] in lex.body_nouns for group in (2, 3)]  # `mobile operators
    # Volta and Brightwave`
    named += [(m.start(2), m.end(2), m.group(2)) for m in _KIND_COMMA_NAME.finditer(text)
              if m.group(1) in lex.body_nouns or m.group(1) in lex.trade_descriptors]
    # (`talks with a second supplier, Lumenbatt.`)
    named += [(m.start(1), m.end(1), m.group(1)) for m in _name_then_kind(lex.body_nouns)
              .finditer(text) if not re.search(r"-[a-z]|^[A-Z][a-z]+(?:ish|ian|ese|ean|ic)$",
                                               m.group(1))]  # not `the English club`
    for start, _end, name in named:
        if name.endswith(("'s", "’s")):
            name, _end = name[:-2], _end - 2  # `Ampcell's chief executive`: Ampcell
        if (_sentence_start(text, start) and name.split()[0] in _FUNCTIONS) or \
                lex.country(name) or name in lex.not_actors or lex.is_agency(name):
            continue
        bodies.add(name)
        # a person the model found inside the body's name (`Kelby Fields` in `the Save Kelby
        # Fields group`) is that body
        inside = [sp for sp in spans if start <= sp[0] and sp[1] <= _end and sp[2] != name]
        spans = [sp for sp in spans if sp not in inside]
        taken = [t for t in taken if not any(t == (sp[0], sp[1]) for sp in inside)]
        # this mention and the name's other ones the NER missed (`SNCB has offered …`)
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            if not _overlaps(match.start(), match.end(), taken):
                found.append((match.start(), match.end(), name, "organization", name))
                taken.append((match.start(), match.end()))
    taken_up = {name for name in {sp[2] for sp in spans if sp[3] == "person"}
                if re.search(rf"(?<![\w'’-]){re.escape(name)}, which\b", text)}
    for start, end, name, kind, _surface in spans:
        spokes = re.match(r"\s+([a-z]+)\b", text[end:end + 20])
        if kind == "person" and spokes and spokes.group(1) in SPOKESPEOPLE and \
                text[max(0, start - 4):start].lower().endswith(("a ", "an ", "the ")):
            bodies.add(name)
        if kind == "person" and (re.match(r", which\b", text[end:end + 8]) or name in taken_up):
            bodies.add(name)  # `Mercado Libre, which brought the complaint,`: not `who`,
            # wherever the text says so (`Roblox, which has 90 million daily users,`)
    for name in {n for _s, _e, n, kind, _f in spans if kind == "person" and " " not in n}:
        if name not in bodies and any(
                is_role_word(m.group(1), lex) and m.group(1).lower() not in _FAME_WORDS
                for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)} ([A-Za-z-]+)", text)):
            bodies.add(name)  # `Valencia coach Ruben Baraja`, `Vireo CEO Daniel Okonkwo`
        if name not in bodies and re.search(
                rf"(?<![\w'’-]){re.escape(name)}['’]s {_OFFICES_OF_A_FIRM}", text):
            bodies.add(name)  # `Safiri's general manager`: only a firm has one
    described = [(s, e, n, "organization" if n in bodies else k, f) for s, e, n, k, f in spans]
    # `Digital rights group the Internet Freedom Foundation`, `Software company Brightloop`: the
    # first word describes, names nobody
    kinds = [m.start(1) for m in _KIND_THEN_NAME.finditer(text) if m.group(1) in lex.body_nouns]
    described = [sp for sp in described if not (" " not in sp[2] and sp[3] != "country" and any(
        re.fullmatch(r"(?: [a-z][\w-]*){0,3} ", text[sp[1]:k]) for k in kinds if k > sp[1]))]
    return sorted(described + found, key=lambda sp: (sp[0], sp[1]))


def _country_parts(surface: str, lex: Lexicon) -> list[str]:
    """`North Korean-Russian` → [North Korea, Russia]."""
    parts = [p for p in re.split(r"[-–/]", normalise_surface(surface)) if p]
    countries = [lex.country(p) for p in parts]
    return [c for c in countries if c] if len(parts) > 1 and all(countries) else []


def _lexicon_spans(text: str, lex: Lexicon, taken: list[tuple[int, int]],
                   places: list[tuple[int, int]]):
    """Country names, adjectives and metonyms the NER missed, among the lexicon's `places`
    found in the text: (start, end, surface, label); a country's name after a capitalised
    word is a body's name (`Energy UK`, `Air Canada`)."""
    for start, end in places:
        surface = text[start:end]
        if _overlaps(start, end, taken):
            continue
        if _in_dateline(text, start, end):
            continue  # `SANTIAGO, Chile (Reuters) -`: where the story was filed
        if re.match(r" [A-Z][a-z]", text[end:end + 3]) and not surface.endswith(("’s", "'s")):
            continue  # `Sofia Lind`, `Jordan Peterson`: part of a name
        label = "GPE"
        if surface in lex.nationality_nouns and text[max(0, start - 4):start].lower() == "the ":
            continue  # `the New Zealander wants …`: a person of that country
        if _AFTER_COMPASS.search(text[max(0, start - 12):start]):
            continue  # `South America`, `Southeast European history`: a region
        club = re.search(r"(?<![\w'’.-])([A-Z][a-z]+) $", text[max(0, start - 20):start])
        if club and lex.is_metonym(surface) and club.group(1) not in _FUNCTIONS and \
                not lex.country(club.group(1)) and not is_role_word(club.group(1), lex):
            continue  # `Real Madrid`, `Inter Milan`: a capital inside a club's name
        if (body_start := _body_word_before(text, start, surface, lex)) is not None:
            start, label = body_start, "ORG"
            surface = text[start:end]
        taken.append((start, end))
        yield start, end, surface, label


def _body_word_before(text: str, start: int, surface: str, lex: Lexicon) -> int | None:
    """Where a body's name starts when a country's name at `start` ends it (`Energy` in
    `Energy UK`): a capitalised word right before, not a sentence's first, that is no place,
    title or function word; None when there is none."""
    before = re.search(r"(?<![\w'’.-])([A-Z][a-z]+) $", text[max(0, start - 30):start])
    if before is None or (surface.endswith(("’s", "'s"))
                          and before.group(1) not in lex.sector_words):
        return None  # (`Health New Zealand's offer` is the body's)
    word, word_start = before.group(1), start - len(before.group(0))
    if (_sentence_start(text, word_start) and word not in lex.sector_words) or \
            word in _FUNCTIONS or lex.country(word) or \
            word.lower() in stop_words() or is_role_word(word, lex) or \
            word in lex.honorifics or word in lex.not_actors or word in _COMPASS:
        return None  # (`Southeast European history`: a region, no body)
    return word_start


_COMPASS = frozenset("North South East West Northern Southern Eastern Western Central "
                     "Northeast Northwest Southeast Southwest Upper Lower".split())
_AFTER_COMPASS = re.compile(r"(?<![\w'’.-])(?:" + "|".join(sorted(_COMPASS)) + r") $")


def _name_word_opening(parsed: ParsedArticle, start: int, lex: Lexicon) -> int | None:
    """`Greenpeace Indonesia urged …`: a sentence's first word that the parser takes for a
    name joined to the country's name (not `Neighbouring Kenya`, not `Britain`)."""
    if not re.search(r"(?:^|[.!?]\s+|\n\s*)[A-Z][\w'’]* $", parsed.text[max(0, start - 40):start]):
        return None  # (cheaply: no capitalised word opens the sentence right before)
    tokens = [t for _p, t in parsed.tokens(max(0, start - 30), start)]
    word = tokens[-1] if tokens else None
    plural = word is not None and _plural_subject(word.head)  # `Real Madrid have offered`
    if word is None or not word.is_sent_start or word.pos_ != "PROPN" or \
            word.dep_ != "compound" or lex.country(word.text) or word.text in _FUNCTIONS or \
            is_role_word(word.text, lex) or word.text in lex.honorifics or "-" in word.text or \
            (re.search(r"(?:ed|ing|ly|ous|al|ful|ic|ish|ian|ern|less|y)$", word.text)
             and not plural):
        return None  # (`Landlocked Uganda`, `Oil-rich Nigeria`, `Tiny Malta`, `Southern Chad`)
    return start - len(word.text) - 1 if parsed.text[start - 1] == " " else None


def _of_body(name: str, lex: Lexicon) -> bool:
    """`Port of Antwerp-Bruges`, `Bank of Korea` before a title are bodies (`Port of
    Antwerp-Bruges chief executive`); a portfolio has no `of` or starts with a title
    (`Minister of Foreign Affairs`)."""
    words = name.split()
    return "of" in words[1:-1] and words[0].lower() not in lex.role_nouns


def _after_role_words(text: str, start: int, end: int, name: str, lex: Lexicon) -> int:
    """`Lisbon Mayor Carlos Moedas`, `Midfielder Tomas Varga` tagged as one name: the mention
    starts at the name, so the words before it are read as its role (and `Lisbon`, `Chilean`
    as the places they are)."""
    surface = text[start:end]
    prefix = surface[:-len(name)].split() if surface.endswith(name) else []
    if prefix and " " in name and prefix[-1].lower() in lex.role_nouns and \
            prefix[-1] not in lex.honorifics:  # not `Dean Holloway` as Holloway
        return end - len(name)
    return start


def _lexicon_bodies(text: str, lex: Lexicon, taken: list[tuple[int, int]]):
    """Bodies the lexicon knows (`Mercosur`, `NATO`), where the NER missed them; not the
    anaphoric forms (`the Commission`), which name a body only in context."""
    return _untagged_bodies(text, lex.organizations_pattern, taken, lex.organizations.__getitem__)


def _untagged_bodies(text: str, pattern: re.Pattern, taken: list[tuple[int, int]], canonical,
                     skip=lambda match: False, group=0):
    """Bodies `pattern` finds (its `group`) outside what is taken (and `skip` allows), named
    `canonical`."""
    found = []
    for match in pattern.finditer(text):
        start, end = match.span(group)
        if _overlaps(start, end, taken) or skip(match):
            continue
        taken.append((start, end))
        found.append((start, end, canonical(match.group(group)), "organization",
                      match.group(group)))
    return found


@functools.lru_cache(maxsize=4)
def _union_names(unions: frozenset[str]) -> re.Pattern:
    return re.compile(r"(?<![\w'’.-])(" + "|".join(
        re.escape(u) for u in sorted(unions, key=len, reverse=True)) + r")(?![\w'’-])")


def _unions_by_name(text: str, lex: Lexicon, taken: list[tuple[int, int]]):
    """`The GMB and Unite unions`: a union the lexicon knows, where the NER missed it, in a
    story about unions (not a sentence's opening `Unite`, which may be the verb)."""
    if not re.search(r"\bunions?\b", text, re.I):
        return []
    return _untagged_bodies(text, _union_names(lex.unions), taken, str,
                            skip=lambda match: _sentence_start(text, match.start()))


_NAME_BEFORE_WHICH = re.compile(
    r"(?<![\w'’.-])([A-Z][\w&'’-]+(?: (?:(?:for|of|and|the) )?[A-Z][\w&'’-]+){0,3}), which "
    r"(?:represents|owns|runs|builds|makes|sells|supplies|provides|"
    r"operates|employs|controls|manages|organises|organizes|speaks for|applied for|took over|"
    r"acquired|has (?:[\w,.]+ ){1,4}"
    r"(?:users|customers|members|employees|workers|staff|stores|shops|subscribers|clients|"
    r"branches|outlets|passengers|listeners|viewers|readers))\b")  # (`Roblox, which has 90
# million daily users`)


def _bodies_before_which(text: str, spans, lex: Lexicon, taken: list[tuple[int, int]]):
    """`Unite, which represents 2,000 workers, wants …`: a name that `which` takes up and that
    represents, owns or runs something is a body, where the NER missed it or tagged only its
    end (`Repair Café Nederland, which runs …`, `Café Nederland` a person). Returns the spans,
    changed."""
    found = []
    for match in _NAME_BEFORE_WHICH.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if name.split()[0] in _FUNCTIONS or name in lex.not_actors or lex.country(name):
            continue
        tail = [sp for sp in spans if start < sp[0] and sp[1] == end and sp[3] in (
            "person", "organization") and " " in name[sp[0] - start:]]
        for sp in tail:
            spans.remove(sp)
            taken.remove((sp[0], sp[1]))
        if _overlaps(start, end, taken):
            continue
        taken.append((start, end))
        found.append((start, end, name, "organization", name))
    return spans + found


_FOR_A_CAUSE = re.compile(  # `the Coalition for App Fairness`, `Campaign Against Arms Trade`
    r"(?<![\w'’-])((?:[A-Z][a-z]+ ){0,2}(?:Coalition|Campaign|Alliance|Centre|Center|Institute|"
    r"Foundation|Council|Committee|Association|Society|League|Fund|Union|Federation|Trust|"
    r"Network|Movement|Front|Friends) (?:for|of|against|Against) (?:the )?[A-Z][\w'’-]+"
    r"(?: (?:and |of |for )?[A-Z][\w'’-]+){0,3})(?![\w'’-])")


def _bodies_for_a_cause(text: str, spans, lex: Lexicon, taken: list[tuple[int, int]]):
    """`The Coalition for App Fairness, whose members …`, `Friends of Ash Lane Library say`: a
    body's word, `for`, `of` or `against` and what it stands for, capitalised, is a body where
    the NER missed it or took what it stands for for a person. Returns the spans, changed."""
    found = []
    for match in _FOR_A_CAUSE.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if name.startswith("The "):
            start, name = start + 4, name[4:]
        inside = [sp for sp in spans if start <= sp[0] and sp[1] <= end and sp[3] in (
            "person", "organization") and (sp[0], sp[1]) != (start, end)]
        for sp in inside:
            spans.remove(sp)
            if (sp[0], sp[1]) in taken:
                taken.remove((sp[0], sp[1]))
        if _overlaps(start, end, taken) or name.split()[0] in lex.not_actors:
            continue
        taken.append((start, end))
        found.append((start, end, normalise_surface(name), "organization", name))
    return spans + found


_BY_ORG_WORD = re.compile(  # also `Thames Water's creditors`, `Rail, Tram and Bus Union`
    r"(?<![\w'’.-])((?:(?:(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+, )*[A-Z][a-z]+ and )?"
    r"(?:[A-Z][\w&'’.-]*[\w’'] ){1,4}(?:"
    + "|".join(sorted(ORG_WORDS)) + r"))(?:(?=['’]s\b)|(?![\w'’-]))")


def _bodies_by_their_word(parsed: ParsedArticle, spans, taken: list[tuple[int, int]],
                          lex: Lexicon):
    """`Harbourside United`, `the Alzheimer's Society`: capitalised words ending in a word that
    names a body are that body, where the NER missed them or found only their last word (not a
    place it tagged, like `New York City`, and not a sentence's first word alone)."""
    placed = [(offset + e.start_char, offset + e.end_char) for offset, doc in parsed.docs
              for e in doc.ents if e.label_ not in ("ORG", "PERSON")]
    found = []
    for match in _BY_ORG_WORD.finditer(parsed.text):
        start, end = match.span(1)
        words = match.group(1).split()
        listed = match.group(1)[:match.group(1).rindex(" and ")].split(", ") \
            if "," in match.group(1) else []
        if listed and all(lex.country(item) for item in listed):
            start = match.start(1) + match.group(1).rindex(" and ") + 5  # a list of places
            words = parsed.text[start:end].split()
        if words[0] in _FUNCTIONS or words[0] in ("The", "A", "An"):
            if len(words) < 3:
                continue
            start += len(words[0]) + 1  # `The Alzheimer's Society`
        # the model tagged `Society` of `the Alzheimer's Society` alone, or word by word: the
        # whole name wins
        pieces = [sp for sp in spans if (match.start(1) if listed else start) <= sp[0]
                  and sp[1] <= end and (listed or (sp[3] == "organization" and (
                      " " not in sp[4] or not re.search(r"-[a-z]|['’]s\b", match.group(1)))))]
        if not any(sp[1] == end for sp in pieces):  # (a listed name's parts may be several
            pieces = []  # words: `Kenya Medical Practitioners, Pharmacists and Dentists Union`)
        elif not listed:  # `British` of the `British Airline Pilots' Association`
            pieces += [sp for sp in spans if sp[0] == start and sp[3] == "country"
                       and sp[1] < end and sp[4] != sp[2] and " " not in sp[4]]
        pieces += [sp for sp in spans if sp[0] == start and sp[3] in ("person", "country")
                   and " " not in sp[4] and parsed.text[sp[1]:sp[1] + 5] == " and "
                   and sp[1] < end and sp not in pieces]  # `Westmorland`, taken for a
        # person, of `Westmorland and Furness Council`, the rest untagged
        municipal = _MUNICIPAL_OF.search(parsed.text, max(0, start - 30), start)
        if municipal is not None:
            start = municipal.start(1)  # `The City of Edinburgh Council`: its whole name
        others = [t for t in taken if not any(t == (sp[0], sp[1]) for sp in pieces)]
        if words[0] in lex.not_actors or _title_word_follows(parsed.text, end, lex) or \
                _overlaps(start, end, others) or (
                    words[-1] in _PLACE_WORDS and _overlaps(start, end, placed)):
            continue  # `Harbourside United` tagged a place is a club; `New York City` is not
        for piece in pieces:
            spans.remove(piece)
            taken.remove((piece[0], piece[1]))
        name = parsed.text[start:end]
        if (company := _without_trade_word(name, lex)) is not None:
            start, name = end - len(company), company  # `Developer Greystone Homes`
        taken.append((start, end))
        found.append((start, end, normalise_surface(name), "organization", name))
    return found


_PLACE_WORDS = frozenset({"City", "Town", "County"})
_MUNICIPAL_OF = re.compile(r"\b((?:Royal |Metropolitan |London )?(?:City|Borough|County|Town|"
                           r"District) of )\Z")


_ACRONYM_DEFINED = re.compile(r" \(([A-Z][A-Z0-9&]{1,9})\)")
_NAME_PARTICLES = frozenset("de du des la le les of the and for et y del der für da do dos".split())


def _defined_acronyms(text: str, spans):
    """`the Fédération autonome de l'enseignement (FAE)`: a name whose words' initials spell
    the letters in brackets after it is a body, whatever the model made of its parts (the
    longest-form match of Schwartz and Hearst, kept to one sentence)."""
    result = list(spans)
    for match in _ACRONYM_DEFINED.finditer(text):
        letters = match.group(1).lower()
        sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()))
        words = list(re.finditer(r"[\w'’-]+", text[sentence_start + 1:match.start()]))[-12:]
        for k in range(len(words) - 1, -1, -1):
            chosen = [re.sub(r"^[ldLD]['’]", "", w.group(0)) for w in words[k:]]
            initials = "".join(w[0].lower() for w in chosen if w.lower() not in _NAME_PARTICLES)
            if not _spells(initials, letters):
                continue
            if not words[k].group(0)[:1].isupper() or len(chosen) < 2:
                break
            start = sentence_start + 1 + words[k].start()
            end = match.start()
            if any(sp[0] == start and sp[1] == end and sp[3] == "organization" for sp in result):
                break
            name = text[start:end]
            result = [sp for sp in result if not (start <= sp[0] and sp[1] <= end)]
            if not _overlaps(start, end, [(sp[0], sp[1]) for sp in result]):
                result.append((start, end, name, "organization", name))
            break
    return result


def _spells(initials: str, letters: str) -> bool:
    """Whether an acronym's letters are the words' initials, one inner word allowed to go
    unspelled (`Independent Workers' Union of Great Britain (IWGB)`)."""
    if initials == letters:
        return True
    if len(initials) != len(letters) + 1 or initials[0] != letters[0] or \
            initials[-1] != letters[-1]:
        return False
    return any(initials[:i] + initials[i + 1:] == letters for i in range(1, len(initials) - 1))


_KNOWN_AS = re.compile(r",? (?:also |locally |widely |formerly |better )?(?:known|called) as "
                       r"(?:the )?")


def _known_as(text: str, spans):
    """`Health New Zealand, known as Te Whatu Ora`: the second name, there and wherever else it
    stands, is the body or person the first names."""
    by_start = {sp[0]: sp for sp in spans}
    renamed = {}
    for _start, end, name, kind, _surface in spans:
        match = _KNOWN_AS.match(text, end)
        other = by_start.get(match.end()) if match else None
        if other is not None and kind in ("organization", "person") and other[2] != name and \
                not other[2].isupper():  # (`known as the TTP`: letters keep their own id)
            renamed[other[2]] = (name, kind)
    return [(s, e, *renamed[n], f) if n in renamed else (s, e, n, k, f)
            for s, e, n, k, f in spans]


def _initials_as_bodies(spans):
    """`CSA` after `Cricket South Africa`, `TfL` after `Transport for London`, wherever the
    model took the letters for a person."""
    bodies = [n for _s, _e, n, k, _f in spans if k == "organization" and len(n.split()) > 1]
    result = []
    for s, e, n, k, f in spans:
        body = next((b for b in bodies if _stands_for(n, b)), None) if k == "person" else None
        result.append((s, e, body, "organization", f) if body else (s, e, n, k, f))
    return result


_LIST_TAIL = re.compile(r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)+,? and [A-Z][\w'’-]*"
                        r"(?: [A-Z][\w'’-]*)*")


def _portfolios_listed(text: str, spans):
    """`the Department for Culture, Media and Sport`: a body `for` or `of` a list of things is
    one name, however the model cut it."""
    result = list(spans)
    for start, end, name, kind, surface in spans:
        tail = _LIST_TAIL.match(text, end)
        if kind != "organization" or not re.search(r" (?:for|of) [A-Z]", name) or tail is None:
            continue
        inside = [sp for sp in result if end <= sp[0] and sp[1] <= tail.end()]
        result = [sp for sp in result if sp not in inside and sp[0] != start]
        full = normalise_surface(name + text[end:tail.end()])
        result.append((start, tail.end(), full, kind, surface + text[end:tail.end()]))
    return sorted(result, key=lambda sp: (sp[0], sp[1]))


def _initials_of_bodies(text: str, spans):
    """`the Palestinian Authority … The PA wants …`: a body's initials, never defined in
    brackets, that no other body named in the text shares, are that body wherever they stand
    (a span the model gave the letters alone gives way)."""
    initials: dict[str, set[str]] = {}
    for _s, _e, name, kind, surface in spans:
        words = [w for w in name.split() if w.lower() not in _NAME_PARTICLES | {"and", "for"}]
        if kind == "organization" and len(words) >= 2 and all(w[:1].isupper() for w in words) \
                and " " in surface:  # (written out here, not a lexicon's reading of `ECB`)
            initials.setdefault("".join(w[0] for w in words), set()).add(name)
            paired = re.sub(r" and [A-Z][\w'’-]*", "", name)  # `the England and Wales Cricket
            if paired != name:  # Board … An ECB spokesperson`: the pair's first word only
                initials.setdefault(_initials(paired), set()).add(name)
    result = list(spans)
    for letters, names in initials.items():
        if len(names) != 1 or len(letters) > 6:
            continue
        result = _letters_stand_for(text, result, letters, next(iter(names)))
    # `the British Airline Pilots' Association … Balpa also wants`: a short form said as a
    # word, that only one body named in full here can stand for
    long_names = {n for names in initials.values() for n in names if len(n.split()) >= 3}
    for short in {n for _s, _e, n, k, _f in result if k in ("organization", "person")
                  and re.fullmatch(r"[A-Z][a-z]{2,5}", n)}:  # (`Balpa`, taken for a person)
        full = [n for n in long_names if _abbreviates(short, n)
                and short.lower().startswith(_initials(n).lower()[:1])
                and _in_order(_initials(n).lower(), short.lower())]
        if len(full) == 1:
            result = _letters_stand_for(text, result, short, full[0])
    return sorted(result, key=lambda sp: (sp[0], sp[1]))


def _in_order(letters: str, word: str) -> bool:
    """Whether `letters` all appear in `word`, in that order (`bapa` in `balpa`)."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def _letters_stand_for(text: str, spans, letters: str, name: str):
    """`spans` with the body `name` wherever `letters` stand on their own (a span the model
    gave the letters alone gives way; one inside another name stays)."""
    result = list(spans)
    for other in re.finditer(rf"(?<![\w-]){re.escape(letters)}(?![\w-])", text):
        alone = [sp for sp in result if (sp[0], sp[1]) == other.span()]
        if _overlaps(other.start(), other.end(),
                     [(s, e) for s, e, *_ in result if (s, e, *_) not in alone]):
            continue
        result = [sp for sp in result if sp not in alone]
        result.append((other.start(), other.end(), name, "organization", letters))
    return result


def _acronyms(text: str, spans):
    """`the Rapid Support Forces (RSF)`, `The European Consumer Organisation, BEUC, urged`: the
    letters in brackets or set off by commas after a body's name, wherever else they stand, are
    that body (a span the model gave the letters alone gives way)."""
    result = list(spans)
    for start, end, name, kind, _surface in spans:
        after = text[end:end + 40]
        match = re.match(r" \(([A-Z][A-Z0-9&-]{1,9})\)", after) or (
            re.match(r", ([A-Z][A-Z0-9&-]{1,9}), (?!and\b|or\b)[a-z]", after)
            if " " in name and "the " in (text[max(0, start - 4):start].lower(),
                                          text[start:start + 4].lower()) else None)
        if kind == "organization" and not match and (
                short := re.match(r" \(([A-Z][a-z]{2,9})\)", after)) and \
                _abbreviates(short.group(1), name):
            match = short  # `the British Airline Pilots' Association (Balpa)`
        if kind != "organization" or not match:
            continue
        result = _letters_stand_for(text, result, match.group(1), name)
    return result


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is a short form of `name` as Schwartz and Hearst match one: each of its
    letters found in the name in order, right to left, the first at a word's start (`Balpa`
    of `British Airline Pilots' Association`)."""
    letters, long = short.lower(), name.lower()
    j = len(long) - 1
    for i in range(len(letters) - 1, -1, -1):
        while j >= 0 and (long[j] != letters[i] or (i == 0 and j > 0 and long[j - 1].isalnum())):
            j -= 1
        if j < 0:
            return False
        j -= 1
    return " " in name


def _whole_names(text: str, spans):
    """A body's name wherever else it is written is that body, not the country or person the
    model tagged inside it (`Health New Zealand has offered …` at a sentence's start, after
    `for Health New Zealand to hire`)."""
    result = list(spans)
    for name in {n for _s, _e, n, k, f in spans if k == "organization" and " " in n and n == f}:
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text):
            inside = [sp for sp in result if match.start() <= sp[0] and sp[1] <= match.end()
                      and (sp[0], sp[1]) != match.span()]
            if inside and not any(sp[0] < match.end() and match.start() < sp[1]
                                  for sp in result if sp not in inside):
                result = [sp for sp in result if sp not in inside]
                result.append((*match.span(), name, "organization", name))
    return result


def _country_prefixed_names(spans, lex: Lexicon):
    """`Japan's Fair Trade Commission` and later `The Japan Fair Trade Commission`: one body,
    by its fuller name."""
    bodies = {n for _s, _e, n, k, _f in spans if k == "organization"}
    fuller = {}
    for name in bodies:
        for other in bodies:
            prefix = other[:-len(name)].strip() if other.endswith(" " + name) else ""
            prefix = prefix[4:] if prefix.startswith("The ") else prefix
            if prefix and lex.country(prefix):
                fuller[name] = other
    return [(s, e, fuller.get(n, n) if k == "organization" else n, k, f)
            for s, e, n, k, f in spans]


_COMPANY_ENDINGS = frozenset("Holdings Group Inc Corp Corporation Ltd Limited PLC plc Co "
                             "Company AG SA GmbH NV BV SpA Hotels Homes Foods Motors Airlines "
                             "Airways Buses Coaches Ferries Industries Technologies".split())


def _untagged_repeats(text: str, spans):
    """A body's name the model tagged once is that body wherever else it stands untagged
    (`Arsenal are understood to be ready …` opening a later sentence), and so is a company's
    name without its ending (`Seven & i` for `Seven & i Holdings`)."""
    taken = [(s, e) for s, e, *_ in spans]
    found = []
    names = {n for _s, _e, n, k, f in spans if k == "organization" and n == f
             and n.lower() not in stop_words()}
    people = {n: k for _s, _e, n, k, f in spans if k == "person" and n == f and " " not in n
              and n.lower() not in stop_words()}  # (`Netflix`, tagged a person, then a place)
    forms = {(name, name) for name in names | set(people)} | {
        (name.split()[1], name) for name in names if _nationals_letters(name, load_lexicon())
    } | {  # (`the FA` after `the Scottish FA`)
        (short, name) for name in names
        if len(words := name.split()) > 1 and words[-1] in _COMPANY_ENDINGS
        and (short := " ".join(words[:-1])).lower() not in stop_words() and short[0].isupper()
        and short not in ORG_WORDS}
    for form, name in sorted(forms, key=lambda f: (-len(f[0]), f)):
        for match in re.finditer(rf"(?<![\w'’.-]){re.escape(form)}(?![\w-])", text):
            if name in people and _REGION_AFTER.match(text, match.end()):
                continue  # `the disputed Essequibo region`: a place, whatever a headline said
            if not _overlaps(*match.span(), taken):
                taken.append(match.span())
                found.append((*match.span(), name, people.get(name, "organization"), form))
    return found


def _shared_surnames(text: str, spans, lex: Lexicon):
    """`Jade and Ryan Porter`: the first given name shares the surname that follows."""
    people = {(s, n) for s, _e, n, k, _f in spans if k == "person" and len(n.split()) == 2}
    taken = [(s, e) for s, e, *_ in spans]
    found = []
    for match in re.finditer(r"(?<![\w'’-])([A-Z][a-z]+) and (?=([A-Z][a-z]+ [A-Z][a-z]+)\b)",
                             text):
        partner = (match.start(2), match.group(2))
        given = match.group(1)
        if partner in people and _given_name(given, lex) and not any(
                s < match.end(1) and match.start(1) < e for s, e in taken):
            name = f"{given} {match.group(2).split()[1]}"
            for other in re.finditer(rf"(?<![\w'’-]){given}(?![\w-]| [A-Z])", text):
                if not _overlaps(other.start(), other.end(), taken):
                    found.append((other.start(), other.end(), name, "person", given))
                    taken.append(other.span())  # and `Jade, 30, wants …` later on
    return found


def _given_names_of_places(spans, text: str):
    """`Jordan Reece … "Jordan feels disrespected"`: a place (or a body the model made of a
    first name given an age, `Ryan, 34,`, or after the full name, `a source close to Gemma`)
    named like the first word of a person's full name in the same text is that person."""
    people, first = {}, {}
    for start, _e, name, kind, _f in spans:
        if kind == "person" and " " in name:
            people.setdefault(name.split()[0], set()).add(name)
            first.setdefault(name.split()[0], start)
    aged = _given_an_age(text)
    # a place the text names before the person is that place throughout (`Israel … Defense
    # Minister Israel Katz … from Israel`)
    placed = {normalise_surface(f) for s, _e, _n, kind, f in spans
              if kind == "country" and s < first.get(normalise_surface(f), -1)}
    return [(s, e, next(iter(people[normalise_surface(f)])), "person", f)
            if (kind == "country" or (kind == "organization" and (
                n in aged or first.get(n, s) < s and n not in ORG_WORDS))) and " " not in n
            and len(people.get(normalise_surface(f), ())) == 1
            and normalise_surface(f) not in placed
            else (s, e, n, kind, f) for s, e, n, kind, f in spans]


def _given_an_age(text: str) -> set[str]:
    """Names the text gives an age (`Ryan, 34,`, `Fell, 52,`)."""
    return {m.group(1) for m in re.finditer(r"\b([A-Z][a-z]+), \d{1,3},", text)}


def _aged_surnames(spans, text: str, lex: Lexicon):
    """`Marcus Fell`, taken for a body, is a person when the text gives the surname an age
    (`Fell, 52, has offered …`)."""
    aged = _given_an_age(text)
    return [(s, e, n, "person", f) if kind == "organization" and re.fullmatch(
        r"[A-Z][a-z]+ [A-Z][a-z]+", n) and n.split()[-1] in aged and not (
            set(n.split()) & ORG_WORDS or n.split()[-1].lower() in lex.body_nouns)
            else (s, e, n, kind, f) for s, e, n, kind, f in spans]


_GIVEN_NAME_TAIL = re.compile(r"-([a-z]{1,5})\b")
_NOT_NAME_TAILS = frozenset("led run born based owned style era like type made backed linked "
                            "held elect esque ish".split())


_INSTITUTION_AFTER = re.compile(r" (?:Primary|Secondary|Infant|Junior|High|Academy|College|School|"
                                r"Hospital|Hospice|Church|Surgery)(?: (?:School|Academy|College))?"
                                r"\b")


def _mended(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """An entity's span with what the model cut off put back: a hyphenated given name (`Park
    Min-soo`), a body's number (`Union No. 1`), a party's qualifier (`the Liberal Democrats`),
    a national body's letters (`Scottish FA`); and an opening bracket the model took in left out,
    with what follows it (`The Independent Workers' Union of Great Britain (`)."""
    while end > start + 1 and text[end - 1] in " ([":
        end -= 1
    bracket = text.find(" (", start, end)
    if bracket > start and ")" not in text[bracket:end]:
        end = bracket  # `The Authority for Consumers and Markets (ACM`: its letters follow
    if label == "PERSON":
        return _after_shouted_word(text, start), _given_name_end(text, end), label
    if label == "ORG":
        institution = _INSTITUTION_AFTER.match(text, end) if text[end - 2:end] in (
            "'s", "’s") else None  # `St Mary's` + `Primary`: one school
        return _opening_word_start(text, start), institution.end() if institution else \
            _remit_end(text, start, end), label
    if label == "NORP":
        if _nationals_letters(text[start:end + 8].split("\n")[0], load_lexicon(), prefix=True):
            letters = re.match(r" [A-Z]{2,5}", text[end:end + 8])
            return start, end + letters.end(), "ORG"  # `Scottish FA`, `German FA`
        if (people := _COMMUNITY_AFTER.match(text, end)) is not None:
            end = people.end()  # `Greek Cypriot`: the island's community, not Greece
        return _party_start(text, start), end, label
    return start, end, label


_SPORTS_BODY = re.compile(r"[A-Z][a-z]+ (?:[A-Z][a-z]+(?:ing|ics|lon)|Judo|Hockey|Tennis|Golf|"
                          r"Rugby|Sport|Canoe)")


# A nationality word and the island's people it qualifies (`Greek Cypriot`, `Turkish Cypriots`)
_COMMUNITY_AFTER = re.compile(r" Cypriots?\b")


_SHOUTED = re.compile(r"([A-Z]{3,}) (?=[A-Z][a-z])")
_DESCRIBING_ENDINGS = ("OUS", "FUL", "ED", "ING", "IVE", "LESS", "IC", "EN")


def _after_shouted_word(text: str, start: int) -> int:
    """`FURIOUS Kane Mitchell has demanded …`: a tabloid's capitalised opening word that
    describes the person, or says what they are (`POP star`), is no part of the name."""
    match = _SHOUTED.match(text, start)
    if match is None:
        return start
    word, lex = match.group(1), load_lexicon()
    if word.title() in lex.honorifics:
        return start  # `PRINCE Harry`: a title, read as titles are
    if word.endswith(_DESCRIBING_ENDINGS) or is_role_word(word.lower(), lex):
        return match.end()
    return start


def _opening_word_start(text: str, start: int) -> int:
    """`High Peak Borough Council has listed …`, `News Media Canada, which represents …`: a
    body's first word opening a sentence, which the model leaves out of the name."""
    opening = re.search(r"(?:^|\n|[.!?] )([A-Z][a-z]{2,}) $", text[max(0, start - 20):start])
    if opening is None or not text[start:start + 1].isupper():
        return start  # (not `Fishing` before `cooperatives`, tagged a body)
    word, lex = opening.group(1), load_lexicon()
    if word.lower() in stop_words() or word in _FUNCTIONS or word.endswith("ly") or \
            word in _CALENDAR or lex.country(word) or is_role_word(word, lex) or \
            word in lex.nationality_nouns or word in lex.honorifics:
        return start
    return start - len(word) - 1


_CALENDAR = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
                      "March April May June July August September October November December "
                      "Yesterday Today Tonight Now Last Next Earlier Later Meanwhile".split())
_NOT_BODY_LETTERS = frozenset("TV AI IT PR CEO GDP VAT PM MP".split())


def _nationals_letters(name: str, lex: Lexicon, prefix: bool = False) -> bool:
    """`Scottish FA`, `German FA`: a nationality and a body's letters, one name (not `Italian
    TV`, nor `Italian EU envoy`, whose letters name a body of their own)."""
    match = re.match(r"([A-Z][a-z]+) ([A-Z]{2,5})\b(?![\w'’-])" + ("" if prefix else "$"), name)
    return bool(match) and bool(lex.country(match.group(1))) and \
        match.group(2) not in _NOT_BODY_LETTERS and not lex.country(match.group(2)) and \
        lex.organization(match.group(2)) is None


_PARTY_QUALIFIER = re.compile(r"(?:Liberal|Social|Christian|Free|Swiss|Sweden|National|New|"
                              r"Progressive|Green|Young) $")


def _party_start(text: str, start: int) -> int:
    """`the Liberal Democrats`, `the Social Democrats`: the model tags only `Democrats`."""
    qualifier = _PARTY_QUALIFIER.search(text, max(0, start - 13), start)
    return qualifier.start() if qualifier else start


_REMIT = re.compile(r" (?:for|of|on) (?:the )?[A-Z][a-z]+(?: (?:and |& )?[A-Z][a-z]+)*")
_REMIT_HEADS = frozenset("Institute Institution Centre Center Foundation Council Society "
                         "Commission Committee Federation Association Academy Trust Fund "
                         "Alliance Forum".split())


def _remit_end(text: str, start: int, end: int) -> int:
    """`the Mongolian Institute` + ` for Strategic Studies`: what a body is for, which the
    model left out, is part of its name (not a country after it: `the Foundation for Kenya`
    names no remit, nor a day: `the Commission on Thursday`)."""
    remit, lex = _REMIT.match(text, end), load_lexicon()
    if remit is None or text[start:end].split()[-1] not in _REMIT_HEADS:
        return _number_end(text, end)
    words = remit.group(0).split()[1:]  # (after `for`, `of` or `on`)
    if lex.country(" ".join(words).removeprefix("the ")) or any(
            lex.country(w) or w in _CALENDAR for w in words):
        return _number_end(text, end)
    return remit.end()


def _number_end(text: str, end: int) -> int:
    """`the Escondida Workers Union No. 1`: a body's number is part of its name."""
    number = re.match(r" No\.? \d+\b", text[end:end + 12])
    return end + number.end() if number else end


def _given_name_end(text: str, end: int) -> int:
    """`Park Min-soo`, `Ahn Ki-jong`: the model stops a hyphenated given name at the hyphen
    (`Smith-led` stays `Smith`)."""
    tail = _GIVEN_NAME_TAIL.match(text, end)
    if tail is None or tail.group(1) in _NOT_NAME_TAILS or \
            not re.search(r"\b[A-Z][a-z]{0,4}$", text[max(0, end - 6):end]):
        return end
    return tail.end()


def _topic_apart(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """`the Security Council on Syria`, read as one name: the body, and the country it was
    briefed on (`the Council on Foreign Relations` stays whole)."""
    topic = re.search(r" on ((?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)$", text[start:end]) \
        if label == "ORG" else None
    if topic is None or not load_lexicon().country(topic.group(1)):
        return [(start, end, label)]
    return [(start, start + topic.start(), label), (start + topic.start(1), end, "GPE")]


def _places_over_fragments(text: str, ents: list[tuple[int, int, str]],
                           places: list[tuple[int, int]]):
    """A country's name of several words (among the lexicon's `places` found in `text`) that
    the model cut up or overran in part (`São Tomé` a person + `Príncipe` a body) is one
    place; a name wholly inside a longer one (`the Bank of Papua New Guinea`) stays in it."""
    for start, end in places:
        if " " not in text[start:end]:
            continue
        inside = [e for e in ents if e[0] < end and start < e[1]]
        if inside and all(start <= s and e <= end for s, e, _label in inside) and \
                (len(inside) > 1 or inside[0][:2] != (start, end)):
            ents = sorted([e for e in ents if e not in inside] + [(start, end, "GPE")])
    return ents


def _joined_fragments(doc, text: str, lex: Lexicon,
                      places: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, label) of the doc's entities, with a name the model cut in two joined
    again: `the Australian Nursing` + `and` + `Midwifery Federation` is one body when only the
    second part names a kind of body (`Ford and General Motors` stay two). `places`: where
    the lexicon's places stand in `text`."""
    ents = _places_over_fragments(text, [
        part for e in doc.ents
        for part in _topic_apart(text, *_mended(text, e.start_char, e.end_char, e.label_))],
        places)
    joined = []
    index = 0
    while index < len(ents):
        start, end, label = ents[index]
        if index + 1 < len(ents):
            next_start, next_end, next_label = ents[index + 1]
            first, second = text[start:end], text[next_start:next_end]
            if label == next_label == "ORG" and text[end:next_start] == ", " and \
                    _PARTNERS.fullmatch(text[start:next_end]):
                joined.append((start, next_end, label))  # `Clayton` + `Dubilier & Rice`
                index += 2
                continue
            if (label == "GPE" or (label == "PERSON" and " " not in first)) and \
                    next_label == "ORG" and text[end:next_start] == " and " and \
                    not second.lower().startswith("the ") and set(second.split()) & ORG_WORDS:
                joined.append((start, next_end, "ORG"))  # `Brighton` + `Hove City Council`
                # (`Westmorland`, taken for a person, + `Furness Council`)
                index += 2
                continue
            if label in ("ORG", "FAC") and next_label == "ORG" and re.fullmatch(
                    r"St\.? [A-Z][\w-]*['’]s", first) and text[end:next_start] == " " and \
                    second.split()[-1] in ORG_WORDS:
                joined.append((start, next_end, "ORG"))  # `St Mary's` + `Primary School`
                index += 2
                continue
            if label == "ORG" and next_label == "GPE" and " " not in first and \
                    text[end:next_start] == " " and lex.country(second):
                joined.append((start, next_end, label))  # `Greenpeace` + `Indonesia`
                index += 2
                continue
            if label == "ORG" and next_label == "GPE" and not first.endswith(("’s", "'s")) and (
                    text[end:next_start] == " of " or (first.endswith(" of")
                                                       and text[end:next_start] == " ")):
                joined.append((start, next_end, label))  # `Chamber of Mines` + `of Zambia`
                index += 2
                continue
            if label == "GPE" and next_label == "ORG" and first.endswith(" of") and \
                    text[end:next_start] == " ":
                joined.append((start, next_end, "ORG"))  # `the City of` + `Tarnford Council`
                index += 2
                continue
            letters = re.match(r" \(([A-Z][A-Za-z&]{1,9})\)", text[next_end:next_end + 14])
            if label == "ORG" and next_label in ("GPE", "LOC") and letters and \
                    text[end:next_start] in (" in ", " for ", " of ") and \
                    letters.group(1) == _initials(text[start:next_end]):
                joined.append((start, next_end, label))  # `the Committee on Foreign
                index += 2  # Investment` + `in the United States` + `(CFIUS)`
                continue
            if label == "ORG" and next_label in ("GPE", "LOC") and \
                    text[end:next_start] in (" on ", " for ") and \
                    first.split()[-1] in _NAMED_FOR_A_CAUSE and \
                    not re.match(r"['’]s\b", text[next_end:next_end + 2]) and \
                    re.search(r"\b(?:at|of|from|with|for)\s+(?:the\s+)?$",
                              text[max(0, start - 12):start]):
                joined.append((start, next_end, label))  # `a researcher at the Washington
                index += 2  # Office` + `on Latin America` (not `told the Security Council
                continue  # on Syria`)
            if label == next_label == "ORG" and text[end:next_start] == " and " and \
                    first.lower().startswith("the ") and not set(first.split()) & ORG_WORDS \
                    and set(second.split()) & ORG_WORDS:
                joined.append((start, next_end, label))
                index += 2
                continue

        paired = re.search(r"(?:^|[a-z] )([A-Z][a-z]+) and $", text[max(0, start - 30):start]) \
            if label == "ORG" and text[start:end].split()[-1] in ORG_WORDS else None
        if paired is not None and (not joined or joined[-1][1] < start - len(paired.group(0))):
            start -= len(paired.group(1)) + 5  # `the Mull and` + `Iona Community Trust`
        joined.append((start, end, label))
        index += 1
    return joined


# The bodies whose names go on with the place or cause they are for: `the Washington Office on
# Latin America`, `the Institute for Middle East Studies`
_NAMED_FOR_A_CAUSE = frozenset("Office Institute Council Centre Center Commission Committee "
                               "Foundation Fund Forum Network Programme Program".split())

# `Clayton, Dubilier & Rice`, `Skadden, Arps, Slate, Meagher & Flom`: partners' surnames
# joined by an ampersand are one firm, not a list
_PARTNERS = re.compile(r"[A-Z][\w'’-]*(?:, [A-Z][\w'’-]*)+,? & [A-Z][\w'’-]*")


def _mostly_places(parsed: ParsedArticle) -> set[str]:
    """Names the model tags as a place more often than as a person, a headline's tags weighing
    least (it has no sentence around its words): `Essequibo` in the headline `Brazil offers to
    host Essequibo talks` (a person there) is the `Essequibo region` of the story."""
    counts: dict[str, Counter] = {}
    headline = parsed.paras[0].end if is_headline(parsed) else -1
    for offset, doc in parsed.docs:
        for ent in doc.ents:
            if ent.label_ == "PERSON" or (ent.label_ in ("GPE", "LOC") and _placed(ent.root)):
                weight = 1 if offset + ent.start_char < headline else 2
                counts.setdefault(ent.text, Counter())[ent.label_ == "PERSON"] += weight
    return {name for name, kinds in counts.items() if kinds[True] and kinds[False] > kinds[True]}


_REGIONS = frozenset("region province state territory area district county border coast "
                     "valley basin delta enclave exclave".split())
# `the disputed Essequibo region`, `the Grangemouth petrochemical plant`: a name before what
# is there, with up to two words between
_SITES = _REGIONS | {"plant", "site", "factory", "refinery", "terminal", "mine", "village",
                     "town", "city", "base", "hub", "airport", "depot", "campus"}
_REGION_AFTER = re.compile(r"(?:,? (?:and )?[A-Z][\w'’-]*)*(?: [a-z][\w-]*){0,2} (?:" +
                           "|".join(sorted(_SITES)) + r")s?\b")  # (`the Donetsk, Luhansk
# and Kherson regions`)


def _placed(token) -> bool:
    """Written as a place: `the disputed Essequibo region`, `in Essequibo` (not `an offer
    from Netflix`, which the model may also tag a place)."""
    return (token.dep_ == "compound" and token.head.lemma_.lower() in _REGIONS | _SETTLED) or (
        token.dep_ == "pobj" and token.head.lower_ in _AT_A_PLACE)


_COMPETITION_AFTER = re.compile(r" (?:Tour|Open|Championships?|Cup|Games|Grand Prix|Masters|"
                                r"Series|Super League)\b")
_TOLD_A_TITLE = re.compile(r"\b(?:told|tells|tell|spoke to|speaking to|interview with|"
                           r"interviewed by) The $")


def _raw_mentions(parsed: ParsedArticle, lex: Lexicon):
    """(start, end, name, kind, surface) for each actor span, in text order; and agencies."""
    spans = []
    agencies = set()
    taken: list[tuple[int, int]] = []
    places = _mostly_places(parsed)
    lexicon_places = [match.span() for match in lex.places_in(parsed.text)]  # (found once)
    for offset, doc in parsed.docs:
        length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        for ent_start, ent_end, label in _joined_fragments(
                doc, parsed.text[offset:offset + length], lex,  # cheaper than `doc.text`
                [(s - offset, e - offset) for s, e in lexicon_places
                 if offset <= s and e <= offset + length]):
            if label not in ACTOR_LABELS:
                continue
            start, end = offset + ent_start, offset + ent_end
            surface = parsed.text[start:end]
            if _in_dateline(parsed.text, start, end) or _in_byline(parsed.text, start) or \
                    _REPORTS_IT.match(parsed.text, end) or (
                        label == "PERSON" and surface in places):
                taken.append((start, end))
                continue  # `ANTALYA, Turkey — …`: where the story was filed; `By Ana Ruiz`;
                # `, The Sun can reveal`: the outlet that publishes the story
            if label == "GPE" and lex.country(surface) and (
                    body_start := _body_word_before(parsed.text, start, surface, lex)
                    or _name_word_opening(parsed, start, lex)) is not None:
                start, label = body_start, "ORG"  # `Energy UK`, `Greenpeace Indonesia urged`
                surface = parsed.text[start:end]
            if label == "PERSON" and parsed.text[end:end + 15] == " administration" and \
                    lex.country(f"{surface} administration"):
                end, label = end + 15, "GPE"  # `the Trump administration`: the United States
                surface = parsed.text[start:end]
            nickname = re.match(r" ([A-Z][a-z]+s)(?= [a-z])", parsed.text[end:end + 30])
            if label in ("ORG", "GPE") and nickname and not is_role_word(nickname.group(1), lex) \
                    and not lex.country(nickname.group(1)) and \
                    nickname.group(1) not in _CALENDAR and \
                    re.search(rf"(?<![\w'’-]){nickname.group(1)}(?![\w'’-])",
                              parsed.text[end + nickname.end():]):
                end, label = end + nickname.end(), "ORG"  # `Warrington Wolves prop …`, its
                surface = parsed.text[start:end]  # nickname named alone later (`Wolves chief`)
            if label == "PERSON" and " " not in surface and surface.endswith("s") and \
                    parsed.text[max(0, start - 4):start] in ("the ", "The ") and not any(
                        t.dep_ == "compound" for _o, t in parsed.tokens(start, end)):
                label = "ORG"  # `join the Dolphins`: a team; nobody is called `the Dolphins`
                # (not `the Ashes tour`, `the Cotswolds farmhouse`)
            if label == "ORG" and _person_after_role(parsed.text, start, end, surface, lex):
                label = "PERSON"  # `said its director of space sustainability, Nadia Ferreira`
            if lex.is_agency(surface) or (label == "ORG" and _NEWS_AGENCY_BEFORE.search(
                    parsed.text, max(0, start - 20), start)):  # `the news agency AIM reported`
                agencies.add(normalise_surface(surface))
                taken.append((start, end))  # no body by its word here (`… News Agency`)
                continue
            if label == "NORP" and (
                    named := _name_before_nationality(parsed, start, end, lex)) is not None:
                start, label = named, "ORG"  # `Anglo American rejected …`: a company
                surface = parsed.text[start:end]
            if label == "NORP" and _SPORTS_BODY.fullmatch(surface) and \
                    lex.country(surface.split()[0]):
                label = "ORG"  # `British Swimming`, `Welsh Gymnastics`: a sport's governing body
            if label == "NORP" and _COMPETITION_AFTER.match(parsed.text, end):
                taken.append((start, end))
                continue  # `two European Tour events`, `the British Open`: a contest's name
            parts = _country_parts(surface, lex) if label == "NORP" else []
            if parts:
                for part in parts:
                    spans.append((start, end, part, "country", surface))
                taken.append((start, end))
                continue
            if label == "ORG" and ", " in surface and not re.search(
                    r", (?:Inc|Ltd|LLC|Co|plc|SA|AG|NV)\b", surface) and not (
                    re.fullmatch(r"(?:The )?[A-Z][\w'’-]*(?:, [A-Z][\w'’-]*)* and [A-Z][\w'’-]*"
                                 r"(?: [A-Z][\w'’-]*)+", surface)
                    and surface.split()[-1] in ORG_WORDS) and not \
                    _PARTNERS.fullmatch(surface):  # `Rail, Tram and Bus Union`
                if _title_word_follows(parsed.text, end, lex):
                    taken.append((start, end))
                    continue  # `Economy, Trade and Industry Minister`: a portfolio
                # `Facebook, Instagram`: a list the model read as one name
                for part in re.finditer(r"[^,]+", surface):
                    name = part.group(0).strip()
                    at = start + part.start() + part.group(0).index(name)
                    if at == start and _TITLE_OF.search(parsed.text[max(0, start - 40):start]):
                        continue  # `Minister for Housing, Cathal Breen`: a portfolio
                    if (classified := _classify(name, label, lex)):
                        spans.append((at, at + len(name), *classified, name))
                        taken.append((at, at + len(name)))
                continue
            if label == "ORG" and _IN_PORTFOLIO.search(parsed.text, max(0, start - 60), start) \
                    and parsed.text[max(0, start - 4):start].endswith(("and ", "& ")):
                taken.append((start, end))
                continue  # `Minister of Mines and Mineral Resources`: the portfolio's second part
            if _TITLE_OF.search(parsed.text[max(0, start - 40):start]):
                if " " not in surface:
                    continue  # `State` of `Secretary of State`: part of a title
                if label in ("ORG", "PERSON") and len(surface.split()) >= 3:
                    # `State Marcus Hale`, `Natural Resources and Energy Sibusiso Dlamini`
                    # tagged as one name: the portfolio ends the title
                    if (portfolio := _portfolio_length(surface, lex)) is None:
                        continue
                    start += portfolio
                    surface, label = parsed.text[start:end], "PERSON"
            if label in ("LOC", "FAC") and _TOLD_A_TITLE.search(parsed.text, 0, start):
                label = "ORG"  # `Bloom told The Sun`, `Sun` tagged a place: a title
            classified = _classify(surface, label, lex)
            if classified and classified[1] == "organization" and " " not in classified[0] \
                    and (the := parsed.text.rfind("The ", max(0, start - 4), end)) >= 0 and \
                    parsed.text[the + 4:].startswith(classified[0]) and \
                    not _sentence_start(parsed.text, the):
                classified = f"The {classified[0]}", "organization"  # `told The Sun`: a title
            if classified is None and label == "GPE" and ((
                    _body_like(surface, lex) or _speaks(parsed, start, end, lex)) and
                    _acts(parsed, start, end) or _governs(parsed, start, end)):
                # `Corvale City have offered …`: a place that is no country but acts is a
                # body named after it (a club, a national federation, a trade bloc)
                classified = normalise_surface(surface), "organization"
            if classified is None and label == "GPE" and (
                    set(surface.split()) & _PUBLIC_BODIES or _MUNICIPALITY.match(surface)):
                classified = _classify(surface, "ORG", lex)  # `the City of Edinburgh Council`,
                # `the City of Portland's offer`
            city = _CITY_OF.search(parsed.text, max(0, start - 12), start)
            if classified is None and label == "GPE" and city is not None and \
                    city.end() == start and _acts(parsed, city.start(),
                                                  city.start() + len(city.group(0).split()[0])):
                start = city.start()  # `The city of Hartwell has offered …`: its government
                surface = parsed.text[start:end]
                classified = _classify(surface.title(), "ORG", lex)
            if classified is None and label == "FAC":
                classified, end = _facility_as_body(parsed, start, end, lex)
                surface = parsed.text[start:end]
            if classified and classified[1] == "organization" and (_part_of_a_title(
                    parsed.text, start, end, classified[0], lex) or _title_before_a_name(
                    parsed.text, end, classified[0], lex)):
                continue  # `Philippine Defence Secretary`: part of a title, not a body
            if classified and classified[0] in _FOREIGN_MINISTRIES \
                    and (owner := re.search(r"([A-Z][\w.]*(?: [A-Z][\w.]*)*)['’]s $",
                                            parsed.text[max(0, start - 40):start])) and \
                    (country := lex.country(owner.group(1))):
                classified = country, "country"  # `Israel's Foreign Ministry`: its own voice
            if classified and classified[1] == "person":
                start = _after_role_words(parsed.text, start, end, classified[0], lex)
                surface = parsed.text[start:end]
            if classified:
                spans.append((start, end, *classified, surface))
                taken.append((start, end))
            elif label == "LOC" and (inner := next(lex.places_in(surface), None)) and \
                    inner.group(0) != fold_accents(surface):
                taken.append((start, end))  # `the Gulf of Honduras`, `the South China Sea`: a
                # country's name inside a sea's or a region's is no party
    labels = _transcript_labels(parsed)
    spans = [sp for sp in spans if not any(s < sp[1] and sp[0] < e for s, e in labels)]
    taken = [t for t in taken if not any(s < t[1] and t[0] < e for s, e in labels)]
    for match in _HONORIFIC_NAME.finditer(parsed.text):
        start, end = match.start(), match.end()
        if _form_of_address(match.group(1), lex):
            continue
        inside = [(s, e) for s, e in taken if s < end and start < e]
        if inside and all(start <= s and e <= end for s, e in inside) and all(
                sp[3] == "person" for sp in spans if (sp[0], sp[1]) in inside):
            spans = [sp for sp in spans if (sp[0], sp[1]) not in inside]
            taken = [t for t in taken if t not in inside]
        elif inside:
            continue
        classified = _classify(match.group(0), "PERSON", lex)
        if classified:
            taken.append((start, end))
            spans.append((start, end, *classified, match.group(0)))
    for start, end, surface, label in _lexicon_spans(parsed.text, lex, taken, lexicon_places):
        classified = _classify(surface, label, lex)
        if classified:
            spans.append((start, end, *classified, surface))
    spans += _lexicon_bodies(parsed.text, lex, taken)
    spans += _unions_by_name(parsed.text, lex, taken)
    spans += _bodies_by_their_word(parsed, spans, taken, lex)
    spans += _untagged_plural_bodies(parsed, taken, lex)
    spans += _untagged_bodies_with_the(parsed, taken, lex)
    spans += _untagged_acting_names(parsed, taken, lex)
    spans += _outlets_told(parsed.text, taken, lex)
    spans += _code_named_bodies(parsed, taken)
    spans = _bodies_before_which(parsed.text, spans, lex, taken)
    spans = _bodies_for_a_cause(parsed.text, spans, lex, taken)
    things = [_named_thing(parsed.text, sp) for sp in spans]
    products = {sp[2] for sp, thing in zip(spans, things, strict=True)
                if thing and not lex.country(sp[4])}  # (`its Copilot assistant` names a product
    # in the headline too; `Brussels` before `app store rules` is still the EU elsewhere)
    spans = [sp for sp, thing in zip(spans, things, strict=True)
             if not thing and sp[2] not in products and _agentive(parsed, sp, lex)
             and not _medium(parsed.text, sp, lex)
             and not _lone_place(parsed, sp) and not _drop_capital(parsed.text, sp, lex)]
    spans = _described_bodies(parsed.text, _groups_as_bodies(
        _without_products_of_bodies(parsed.text, spans)), lex)
    spans = _with_pattern_people(parsed.text, spans, lex)
    spans = _aged_surnames(_extend_names(parsed.text, spans, lex), parsed.text, lex)
    spans = _surnames_as_people(spans)
    spans += _lone_reporters(parsed.text, spans, lex)
    spans += _broadcasters(parsed.text, spans, lex)
    spans += _full_names_for_surnames(parsed.text, spans, lex)
    spans = _surnames_as_people(spans)  # again, for a full name only now found
    spans += _missed_surnames(parsed.text, spans)
    spans = _team_nicknames(parsed, _short_names(parsed, spans, lex))
    spans = _acronyms(parsed.text, _defined_acronyms(parsed.text, spans))
    spans = _initials_of_bodies(parsed.text, _portfolios_listed(parsed.text, spans))
    spans = _initials_as_bodies(_known_as(parsed.text, spans))
    spans = _given_names_of_places(spans, parsed.text)
    spans = _country_prefixed_names(_whole_names(parsed.text, spans), lex)
    spans += _shared_surnames(parsed.text, spans, lex)
    spans += _label_speakers(parsed, spans, lex)
    spans = [sp for sp in spans if not (sp[3] == "country" and _SETTING_ONLY.match(
        parsed.text, sp[1]))]  # `the Berlin-based Zipp`, `the Estonian-owned company`, `the
    # Portuguese capital`: where something is or whose, not a party
    spans = [sp for sp in spans if sp[2] not in agencies and not (
        (sp[3] == "country" or (sp[4] != sp[2] and lex.country(sp[4]))) and
        _region_of_a_role(parsed.text, sp, lex))]  # (`the news agency AIM`, found again by its
    # word; `Varun's European chief executive`)
    spans.sort(key=lambda s: (s[0], s[1]))
    return spans, agencies


_SETTING_ONLY = re.compile(r"-(?:based|headquartered|owned|registered|flagged|built|made)\b| "
                           r"(?:capital|coast|coastline|countryside|mainland|border town|port city|"
                           r"capital city)\b")


_GENERIC_LABELS = frozenset("man woman voice voices crowd audience caller speaker participant "
                            "unidentified chorus all both guest interviewee".split())


def _label_speakers(parsed: ParsedArticle, spans, lex: Lexicon):
    """A transcript whose speakers are named only in its labels (`NESBITT: I understand …`):
    each label that names nobody in the text, reads as a name (no role or generic word, no
    acronym) and is a speaker's, not an interviewer's, is a person, first met at its label."""
    names = [name.lower().split() for _s, _e, name, _k, _f in spans]
    found, seen = [], set()
    for quote in (q for q in parsed.quotes if q.label):  # the turns segmenting found
        label = quote.label
        words = label.lower().replace("’", "'").split()
        if label in seen or not 1 <= len(words) <= 3 or any(
                len(w) < 3 or w in _GENERIC_LABELS or is_role_word(w, lex)
                or w in lex.party_nouns for w in words):
            continue
        if any(words == n or words[-1:] == n[-1:] or words == n[:len(words)] for n in names):
            continue  # `RUTO:` is William Ruto, named in the text
        seen.add(label)
        start = parsed.text.rfind(label, 0, quote.start)
        name = " ".join(w.capitalize() for w in label.split())
        found.append((start, start + len(label), name, "person", label))
    return found


# `Majed al-Ansari`, `Hassan ad-Din`, `Jean d'Arcy`: a particle joined to a surname
_JOINED_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|an|ar|az|ud|ul|d)[-'’][A-Z][\w'’-]*$")
# `Secretary of State`, `Minister of Defence`: a portfolio after `of` (not `head of US Central
# Command`, a body)
_FOREIGN_MINISTRIES = frozenset({"Foreign Ministry", "Ministry of Foreign Affairs",
                                 "Ministry of External Affairs", "External Affairs Ministry",
                                 "Department of Foreign Affairs"})
_NEWS_AGENCY_BEFORE = re.compile(r"\bnews agency (?:the )?$")
# A titled portfolio listed with commas, up to the comma before its last part
_CAPITALISED_WORDS = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
_PORTFOLIO_LIST = re.compile(r"((?:[A-Z][\w'’]*(?:['’]s)? )?(?:[Ss]ecretary|[Mm]inister) "
                             rf"(?:of|for) {_CAPITALISED_WORDS}(?:, {_CAPITALISED_WORDS})*), $")
# A title that takes a portfolio: `Minister of `, `Secretary of State for `
_TITLE = (r"\b(?:[Ss]ecretary|[Mm]inister|[Cc]hancellor|[Cc]ommissioner)(?: of [Ss]tate)? "
          r"(?:of|for) ")
_TITLE_OF = re.compile(_TITLE + "$")
_PORTFOLIO_JOINS = frozenset({"and", "&", "of", "for", "the"})
# Inside a portfolio's name, after its title (`Minister for Foreign ` before `Affairs`)
_IN_PORTFOLIO = re.compile(_TITLE + r"(?:(?:[A-Z][\w'’-]*|and|&|the) )*$")


def _portfolio_word(word: str, lex: Lexicon) -> bool:
    """A word of a portfolio's name, or one of its joins (`Natural`, `and`, `Energy`)."""
    return word in lex.portfolio_words or word in _PORTFOLIO_JOINS


def _portfolio_length(surface: str, lex: Lexicon) -> int | None:
    """How many characters of a name the model ran on from a title's `of` or `for` are the
    portfolio (`Mines and Minerals Development Chanda Mwale`): its words and their joins, up to
    the last two words; else the first word (`State Marcus Hale`). None when it is all
    portfolio (`Mines and Minerals Development`)."""
    words = surface.split(" ")
    if all(_portfolio_word(w, lex) for w in words) or words[-1] in lex.portfolio_words:
        return None  # (`Mining and Heavy Industry`: no surname is `Industry`)
    count = 0
    while len(words) - count > 2 and (words[count] in lex.portfolio_words or (
            count and words[count] in _PORTFOLIO_JOINS)):
        count += 1
    return len(" ".join(words[:max(count, 1)])) + 1
_PARTICLE_WORDS = frozenset("bin ibn al el de da do dos das du van von der den del della di le la "
                            "ter".split())
_PARTICLES = rf"(?:(?:{'|'.join(sorted(_PARTICLE_WORDS))}) ){{0,2}}"
_NAME = rf"[A-Z][a-z][\w'’-]*(?: {_PARTICLES}[A-Z][a-z][\w'’-]*){{1,2}}"
_REPORTING = r"(?:said|says|told|tells|added|adds|wrote|writes|warned|explained|noted|argued)"
_PEOPLE_PATTERNS = (
    re.compile(rf"(?<![\w-])({_NAME}), (?:\d{{1,3}}, )?(?:a|an|the) "
               r"(?:[A-Z][a-z]+(?:['’]s)? )?[a-z]"),
    re.compile(rf"(?<![\w-])({_NAME}) {_REPORTING}\b"),                       # Name said
    re.compile(rf"\b{_REPORTING} ({_NAME})\b"),                               # said Name
    re.compile(rf"\b((?:[^\W\d_]|-)+) (?=({_NAME})(?![\w-]))"),              # role Name
    re.compile(rf", ({_NAME}), (?!and\b|or\b)[a-z]"),                          # role, Name, said
    re.compile(rf"(?<![\w-])({_NAME}), who\b"),                                # Name, who …
)


_KIN_WORDS = frozenset("wife husband fiancé fiancée fiance fiancee partner girlfriend boyfriend "
                       "widow widower son daughter brother sister mother father".split())


def _with_pattern_people(text: str, spans, lex: Lexicon):
    """`spans` plus names the NER missed, where the sentence shape says they are people: an
    apposition with a role (`Isabel Schnabel, a member of …`), next to a reporting verb, after
    a role noun (`Agronomist Catalina Ruiz`). An organisation span the NER gave to such a name
    is taken back."""
    taken = [(s, e) for s, e, *_ in spans]
    organisations = {(s, e) for s, e, _n, kind, _f in spans if kind == "organization"}
    reclaimed = set()
    found = []
    for index, pattern in enumerate(_PEOPLE_PATTERNS):
        for match in pattern.finditer(text):
            group = 2 if index == 3 else 1
            if index == 3 and not is_role_word(match.group(1), lex) and \
                    match.group(1).lower().removeprefix("ex-") not in _KIN_WORDS:
                continue  # (`her ex-fiancé Tommy Fury`: a person too)
            if index == 0 and not _has_role_noun(text[match.end(1):match.end(1) + 60], lex, 6):
                continue
            if index == 4 and not role_before_comma(text, match.start(1), lex):
                continue
            start, end = match.start(group), match.end(group)
            if len(match.group(group).split()) >= 3 and \
                    _TITLE_OF.search(text[max(0, start - 40):start]):
                if (portfolio := _portfolio_length(match.group(group), lex)) is None:
                    continue
                start += portfolio  # `Minister of Health Aaron Motsoaledi said`
            name = text[start:end]
            own = 2 if name.endswith(("'s", "’s")) else 0  # `star Molly-Mae Hague's ex-fiancé`
            name = name[:len(name) - own]
            words = name.split()
            if set(words) & ORG_WORDS or name in lex.organizations or \
                    _without_trade_word(name, lex):
                continue  # (`Regulator Ofwat said`: a body after its trade)
            if words[0] in _FUNCTIONS or lex.country(name) or any(
                    lex.country(w) or w in lex.not_actors or w.lower() in lex.role_nouns
                    for w in words):
                continue  # (`officials in Phnom Penh said`: a capital)
            if any(s < end and start < e for s, e in taken if (s, e) != (start, end)):
                continue
            if (start, end) in taken:
                if (start, end) not in organisations or (start, end) in reclaimed or \
                        _kind_word_before(text, start, lex):
                    continue  # (`the campaign group Save Ash Lane says`: a body by its kind)
                reclaimed.add((start, end))
            else:
                taken.append((start, end))
            found.append((start, end - own, name, "person", name))
    return [sp for sp in spans if (sp[0], sp[1]) not in reclaimed] + found


def _kind_word_before(text: str, start: int, lex: Lexicon) -> bool:
    """`group Save Ash Lane`, `the insurer the Mutual Guild`: what kind of body the name is."""
    before = re.search(r"\b([a-z]+) (?:the )?$", text[max(0, start - 30):start])
    return before is not None and before.group(1) in lex.body_nouns


_NEXT_NAME_WORD = re.compile(rf" ({_PARTICLES}[A-Z][a-z][\w'’-]*)(?![\w'’-])")


def _extend_names(text: str, spans, lex: Lexicon):
    """`Andreas Bjelland` + ` Eriksen`: a person span runs on over capitalised words."""
    starts = {s[0] for s in spans}
    person_starts = {s[0] for s in spans if s[3] == "person"}
    result = []
    for start, end, name, kind, surface in spans:
        if kind == "person":
            while True:
                match = _NEXT_NAME_WORD.match(text, end)
                last = match.group(1).split()[-1] if match else ""
                if match and last in ORG_WORDS and match.start(1) not in starts:
                    end = match.end()  # `St Peter's` + `Church`: a body named for a person
                    surface = text[start:end]
                    name, kind = surface, "organization"
                    break
                if match and match.start(1) in person_starts:
                    end = match.end()  # `Andreas Bjelland` + `Eriksen`: one name
                    name = f"{name} {match.group(1)}"
                    surface = text[start:end]
                    continue
                if not match or match.start(1) in starts or last.lower() in \
                        lex.role_nouns or lex.country(last) or \
                        last in lex.not_actors or last in _FUNCTIONS:
                    break
                end = match.end()
                name = f"{name} {match.group(1)}"
                surface = text[start:end]
        if kind == "person":
            while True:  # and leftwards: `Luiz` + `Inacio Lula da Silva`
                match = _PREVIOUS_NAME_WORD.search(text, 0, start)
                if not match or match.group(1).lower() in lex.role_nouns or \
                        lex.country(match.group(1)) or match.group(1) in lex.honorifics or \
                        match.group(1) in _FUNCTIONS or match.group(1) in lex.not_actors or \
                        match.group(1).endswith(("’s", "'s")) or \
                        _RUN_BY_ALONE.match(match.group(1)) or \
                        _sentence_start(text, match.start(1)) or \
                        _TITLE_OF.search(text[max(0, match.start(1) - 40):match.start(1)]) or \
                        (match.group(1) in lex.portfolio_words and _IN_PORTFOLIO.search(
                            text[max(0, match.start(1) - 80):match.start(1)])):
                    break  # (`Secretary of State Marco Rubio`: `State` ends the title; and
                    # `Energy` of `Minister of Natural Resources and Energy Sibusiso Dlamini`)
                start = match.start(1)
                name = f"{match.group(1)} {name}"
                surface = text[start:end]
        result.append((start, end, name, kind, surface))
    # drop spans swallowed by an extended one
    return [sp for sp in result if not any(o[0] <= sp[0] and sp[1] <= o[1] and o != sp
                                           for o in result)]


_PREVIOUS_NAME_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'’-]*) \Z")


_TITLE_STOP = re.compile(r"(?<![\w.])(?:Sgt|Lt|Capt|Col|Gen|Maj|Adm|Cpl|Brig|Pvt|Cmdr|Dr|Mr|Mrs|"
                         r"Ms|Prof|Rev|Sen|Rep|Gov)\.$")


def _sentence_start(text: str, offset: int) -> bool:
    """A capital at the start of a sentence says nothing about being a name."""
    before = text[:offset].rstrip(" “\"‘'")
    if _TITLE_STOP.search(before):
        return False  # `Sgt. Sherral Schmidt`: the stop ends a title, not a sentence
    return not before or before[-1] in ".!?\n" or bool(_SPEAKER_LABEL.search(before))


# A transcript's speaker label at a paragraph's start (`MISHAL HUSAIN:`, `Q:`): what follows
# starts a sentence.
_SPEAKER_LABEL = re.compile(r"(?:^|\n)[A-Z][A-Z.'’ -]*:$")


_FUNCTIONS = frozenset("The A An In On At But And As He She It They This That Mr Ms Dr".split())


def _full_names_for_surnames(text: str, spans, lex: Lexicon):
    """`Nino Beridze runs …` (tagged a place) … `Beridze says`: a person known by one name,
    with no full name among the spans, takes the one written in the text (a capitalised
    given name before that name, itself no title, role or place)."""
    full = {w for _s, _e, name, kind, _f in spans if kind == "person" and len(name.split()) > 1
            for w in name.split()}
    lone = {name for _s, _e, name, kind, _f in spans
            if kind == "person" and len(name.split()) == 1 and name not in full}
    found = []
    for surname in sorted(lone):
        for match in _after_given_names(text, surname):
            if not _all_given_names(match, lex):
                continue
            if any(s < match.end() and match.start() < e for s, e, *_ in spans):
                continue
            found.append((match.start(), match.end(), match.group(0), "person", match.group(0)))
            break
    return found


def _given_name(word: str, lex: Lexicon) -> bool:
    return not (word.lower() in stop_words() or word in lex.not_actors or lex.country(word)
                or is_role_word(word, lex) or word.rstrip(".") in lex.honorifics)


def _after_given_names(text: str, name: str):
    """Where `name` follows one or two capitalised words (`Luz Marina Restrepo`); group 1 is
    those words."""
    return re.finditer(
        rf"(?<![\w'’-])((?:[A-Z][a-z][\w'’-]* ){{1,2}}){re.escape(name)}(?![\w-])", text)


def _all_given_names(match, lex: Lexicon) -> bool:
    return all(_given_name(g, lex) for g in match.group(1).split())


_LONE_REPORTER = re.compile(
    r"(?<![\w'’-])([A-Z][a-z][\w'’-]+) (?:says|said|told|tells|added|adds)\b")


_BROADCASTER = re.compile(r"(?<![\w'’-])([A-Z]{2,6}) (?:radio|television|TV|newspaper)\b")


def _broadcasters(text: str, spans, lex: Lexicon):
    """`was interviewed by RPP radio`: letters before the medium, which the NER tagged as
    nothing, name the outlet (not a news agency, credited apart)."""
    return [(m.start(1), m.end(1), m.group(1), "organization", m.group(1))
            for m in _BROADCASTER.finditer(text) if not lex.is_agency(m.group(1))
            and not any(s <= m.start(1) < e for s, e, *_ in spans)]


def _lone_reporters(text: str, spans, lex: Lexicon):
    """`Restrepo says` where the NER tagged nothing, when the text also writes that word after
    given names (`Luz Marina Restrepo grows coffee`): a person."""
    found = []
    for match in _LONE_REPORTER.finditer(text):
        word = match.group(1)
        if not _given_name(word, lex) or any(
                s < match.end(1) and match.start(1) < e for s, e, *_ in spans + found):
            continue
        before = re.search(r"([A-Z][\w'’-]*) $", text[max(0, match.start(1) - 30):match.start(1)])
        if before and lex.country(f"{before.group(1)} {word}"):
            continue  # `officials in Phnom Penh said`: a capital's second word
        written_in_full = next(_after_given_names(text, word), None)
        if written_in_full and _all_given_names(written_in_full, lex):
            found.append((match.start(1), match.end(1), word, "person", word))
    return found


def _missed_surnames(text: str, spans):
    """A lone name word of a person named in full that the NER did not tag (`Brandt replied`,
    `Prabowo told a rally`), when only one person has that word in their name."""
    surnames = {}
    for _s, _e, name, kind, _f in spans:
        words = name.split()
        if kind == "person" and len(words) > 1:
            for word in words:
                if len(word) > 2 and word[0].isupper():
                    surnames.setdefault(word, set()).add(name)
    found = []
    for surname, names in surnames.items():
        if len(names) != 1:
            continue
        given = {w for name in names for w in name.split()}
        for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            if any(s <= match.start() < e for s, e, *_ in spans):
                continue
            before = re.search(r"([A-Z][\w'’-]*) $", text[max(0, match.start() - 30):match.start()])
            if before and before.group(1) not in given and before.group(1).lower() not in \
                    stop_words():
                continue  # `Marguerite Fontaine` is not Claire Fontaine
            found.append((match.start(), match.end(), surname, "person", surname))
    return found


def _named_in_full_first(text: str, word: str, name: str) -> bool:
    alone = re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w-]| [A-Z])", text)
    return alone is None or text.find(name) < alone.start()


def _short_names(parsed: ParsedArticle, spans, lex: Lexicon):
    """`Hoshino wants …` after `Hoshino Motors`: the first word of an organisation's name,
    standing alone, is that organisation (also where the NER took it for a person), when the
    word is no place and the NER never tagged it as one."""
    places = {normalise_surface(e.text) for _o, doc in parsed.docs for e in doc.ents
              if e.label_ in ("GPE", "LOC", "NORP", "FAC")}
    first_words: dict[str, set[str]] = {}
    bodies = {name for _s, _e, name, kind, _f in spans if kind == "organization"}
    for _s, _e, name, kind, _f in spans:
        words = name.split()
        if kind == "organization" and len(words) > 1 and (words[1] in ORG_WORDS or (
                words[-1] in ORG_WORDS and words[0] not in bodies
                and all(w[:1].isupper() for w in words)
                and _named_in_full_first(parsed.text, words[0], name))):
            first_words.setdefault(words[0], set()).add(name)  # (`Kestrel Pro Cycling`, then
            # `Kestrel`; not `Wolves … Wolves Supporters Trust`, a club and its fans)
    short = {w: next(iter(owners)) for w, owners in first_words.items()
             if len(owners) == 1 and len(w) > 2 and w not in places and w not in _FUNCTIONS
             and not lex.country(w) and w not in lex.not_actors}
    clubs: dict[str, set[str]] = {}
    for name in bodies:  # `City have offered …` after `Bristol City`: the one club so called
        last = name.split()[-1]
        if len(name.split()) == 2 and (last in _CLUB_WORDS or re.fullmatch(
                r"[A-Z][a-z]+[^s']s", last)) and not lex.country(name.split()[0]):
            # (`the Vixens` after `Melbourne Vixens`)
            clubs.setdefault(last, set()).add(name)
    short |= {w: next(iter(owners)) for w, owners in clubs.items()
              if len(owners) == 1 and w not in short and w != "FC"}
    result = [(s, e, short[n], "organization", f) if kind == "person" and n in short
              else (s, e, n, kind, f) for s, e, n, kind, f in spans]
    return result + _standing_alone(parsed.text, short, result)


def _standing_alone(text: str, owners: dict[str, str], spans) -> list:
    """Each place a word of `owners` stands alone, untagged, as a mention of its owner."""
    found = []
    for word, owner in owners.items():
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-]| [A-Z])", text):
            if not any(s <= match.start() < e for s, e, *_ in (*spans, *found)):
                found.append((match.start(), match.end(), owner, "organization", word))
    return found


def _team_nicknames(parsed: ParsedArticle, spans):
    """`Thunder director of netball Karen Greig` after `Manchester Thunder`: a team named by
    its place and a nickname is that team where the nickname alone heads its staff or fans
    (the model often takes the full name for a person's)."""
    owners: dict[str, set[str]] = {}
    for _s, _e, name, kind, _f in spans:
        words = name.split()
        if kind in ("organization", "person") and len(words) == 2 and \
                words[1] not in ORG_WORDS and words[1].isalpha() and words[1][1:].islower() \
                and re.search(rf"\b{re.escape(words[1])} {_TEAM_STAFF.pattern}", parsed.text):
            owners.setdefault(words[1], set()).add(name)
    nickname = {w: next(iter(names)) for w, names in owners.items() if len(names) == 1}
    teams = set(nickname.values())
    result = [(s, e, nickname.get(n, n), "organization", f)
              if n in teams or (n in nickname and kind in ("organization", "group", "person"))
              else (s, e, n, kind, f) for s, e, n, kind, f in spans]
    return result + _standing_alone(parsed.text, nickname, result)


_TEAM_STAFF = re.compile(r"(?:head |first-team |club |team )?(?:coach|director|boss|manager|"
                         r"captain|chairman|chairwoman|owner|fans|supporters|players)\b")


def _surnames_as_people(spans):
    """NER often tags a lone surname (`Varga said`) as an organisation: a single word that is
    part of a person's full name in the same article is that person."""
    name_words = {w for _s, _e, name, kind, _f in spans if kind == "person"
                  for w in name.split()[1:]}  # a lone word tagged person proves nothing
    return [(s, e, _as_written(name, name_words), "person", surface)
            if kind == "organization" and (" " not in name and _as_written(name, name_words)
                                           in name_words or _relative(name, name_words))
            else (s, e, name, kind, surface)
            for s, e, name, kind, surface in spans]


def _relative(name: str, surnames: set[str]) -> bool:
    """`Gemma Pellegrini` beside `Marco Pellegrini`, tagged a body (`Lawyers for Gemma
    Pellegrini`): a given name and a person's surname name a person."""
    words = name.split()
    return len(words) == 2 and words[1] in surnames and words[0].isalpha() and \
        words[0][:1].isupper() and words[0][1:].islower() and not set(words) & ORG_WORDS


def _as_written(word: str, name_words: set[str]) -> str:
    """`KANE` of a capitalised headline is the `Kane` of a name in the text."""
    return word.title() if word.isupper() and len(word) > 2 and word.title() in name_words \
        else word


def _part_of_a_title(text: str, start: int, end: int, name: str, lex: Lexicon) -> bool:
    """A name the model took for a body that only begins a role: `Philippine Defence
    Secretary`, `Corrie star`, and before a role in lower case a name too general or short to
    be a body (`Council leader`, `Foreign Ministry spokeswoman`, `PE teacher`, `Press
    secretary` opening a sentence); not `Everton defender` or `the Scottish FA chief`."""
    if name in lex.organizations.values() or _of_body(name, lex) or \
            _nationals_letters(name, lex) or not _title_word_follows(text, end, lex):
        return False
    words = name.split()
    return _title_word_follows(text, end, lex, capitalised=True) or len(name) <= 2 or (
        len(words) == 1 and (name in ORG_WORDS or _sentence_start(text, start))) or \
        words[0] == "Foreign"


def _title_before_a_name(text: str, end: int, name: str, lex: Lexicon) -> bool:
    """`The Pubs Advocate, Marian Holt, welcomed …`: a title ending in a role word, set before
    a person's name, is that person's office, not a body."""
    return name.split()[-1].lower() in lex.role_nouns and name not in \
        lex.organizations.values() and bool(re.match(r",\s+[A-Z][a-z]+\s+[A-Z][a-z]", text[end:]))


def _title_word_follows(text: str, end: int, lex: Lexicon, capitalised: bool = False) -> bool:
    """A role word next (`Economy, Trade and Industry Minister`); with `capitalised`, one
    written as a title (`Philippine Defence Secretary`, not `Everton defender`)."""
    following = re.match(r"\s+([A-Za-z-]+)", text[end:end + 30])
    return bool(following) and following.group(1).lower() in lex.role_nouns and (
        not capitalised or not following.group(1).islower()
        or following.group(1) in _FAME_WORDS)


# Role words that say what somebody is famous as, not an office a body has (`TOWIE favourite`,
# `Corrie star`, `Pop diva Kezia Amara`; not `Valencia coach Ruben Baraja`)
_FAME_WORDS = frozenset("star legend icon favourite favorite veteran diva hunk heart-throb idol "
                        "sensation".split())


def _person_resolver(spans) -> dict[int, str]:
    """Map each person span (by index) to its canonical name: the longer name that contains all
    its words (`Putin`, `Kim Jong` → `Vladimir Putin`, `Kim Jong Un`); when several do, the one
    named last before it."""
    full_names: list[tuple[int, str]] = []  # (position, name), names of two words or more
    for start, _end, name, kind, _surface in spans:
        if kind == "person" and len(name.split()) > 1:
            full_names.append((start, name))
    canonical: dict[int, str] = {}
    for index, (start, _end, name, kind, _surface) in enumerate(spans):
        if kind != "person":
            continue
        words = [w.title() if w.isupper() and len(w) > 2 else w for w in name.split()]
        candidates = {  # (`JOSHUA'S £50M DEMAND`, a headline's capitals: Anthony Joshua)
            full for _pos, full in full_names
            if full != name and len(full.split()) > len(words)
            and all(w in full.split() for w in words)
        }
        if not candidates:
            canonical[index] = name
            continue
        if len(candidates) == 1:
            canonical[index] = candidates.pop()
            continue
        earlier = [full for pos, full in full_names if full in candidates and pos < start]
        canonical[index] = earlier[-1] if earlier else sorted(candidates)[0]
    return canonical


def _organisation_resolver(names: set[str], lex: Lexicon, text: str = "") -> dict[str, str]:
    """`Wagner` → `Wagner Group` when one name's words begin another's (unless the text gives
    the shorter a kind of its own: `supermarket chain Fenmoor` is not the `Fenmoor Dairy
    Group`); initials to the name they stand for; `the Commission` with no other commission
    named to the lexicon's."""
    mapping = {}
    for name in names:
        kinds = {k for k in re.findall(rf"\b([a-z]+) {re.escape(name)}\b(?! [A-Z])", text)
                 if k in lex.trade_descriptors or k in lex.body_nouns}
        longer = [o for o in names if o != name and o.split()[: len(name.split())] == name.split()
                  and not _of_its_people(name, o) and o.split()[-1] not in _UNITS
                  and not kinds - set(o.lower().split())]
        if not longer:  # `NHF`: the Nordic Harbour Fund
            longer = [o for o in names if o != name and _stands_for(name, o)]
        if not longer and " " not in name:  # `the Commission`, `Villa`: the body ending so
            ending = [o for o in names if o != name and o.split()[-1] == name]
            longer = ending if len(ending) == 1 else []
        mapping[name] = min(longer, key=len) if longer else lex.organizations.get(
            f"the {name}", name)
    return mapping


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _stands_for(letters: str, name: str) -> bool:
    """`NHF` for the Nordic Harbour Fund; `TfL` for Transport for London, `DfE` for the
    Department for Education (letters in mixed case keep the small words' initials)."""
    if " " in letters or len(letters) < 2 or " " not in name:
        return False
    if letters.isupper():
        return letters == _initials(name)
    return sum(c.isupper() for c in letters) >= 2 and letters.isalpha() and \
        letters == "".join(w[0] for w in name.split())


def _bodies_named_in_full(spans):
    """`Rheinwerk` is a company and `Rheinwerk Chemie`, tagged a person, is its full name: a
    person's name that starts with the words of an organisation's, or that an organisation's
    name starts with (`First Quantum` of `First Quantum Minerals`), is that organisation's."""
    orgs = [s[2].split() for s in spans if s[3] == "organization"]
    people = {s[2] for s in spans if s[3] == "person"}
    family = {n.split()[-1] for n in people for m in people
              if n != m and " " in n and " " in m and n.split()[-1] == m.split()[-1]}
    full = {s[2] for s in spans if s[3] == "person" and s[2].split()[-1] not in family and any(
        len(o) != len(s[2].split()) and (s[2].split()[:len(o)] == o or  # `First Quantum`
                                         o[:len(s[2].split())] == s[2].split()) for o in orgs)}
    # (`Gemma` of `A source close to Gemma`, tagged a body, beside Marco and Gemma Pellegrini)
    return [(s, e, n, "organization" if n in full else k, f) for s, e, n, k, f in spans]


def _first_names(spans, lex: Lexicon):
    """`Holly Willoughby … Holly is holding out`, `Holly` tagged a body: a one-word name that
    is the first name of one person named in full, and of no body the lexicon knows, is
    that person."""
    firsts: dict[str, set[str]] = {}
    for _s, _e, name, kind, _f in spans:
        if kind == "person" and len(name.split()) > 1:
            firsts.setdefault(name.split()[0], set()).add(name)
    bodies = {w for _s, _e, n, k, _f in spans if k == "organization" and " " in n
              for w in n.split()}  # (not `Chicago` beside the Chicago Teachers Union)
    return [(s, e, n, "person" if k == "organization" and n == f and " " not in n and len(
        firsts.get(n.title(), ())) == 1 and n.title() not in bodies and lex.organization(n) is None
        else k, f) for s, e, n, k, f in spans]


def _plural_subject(head) -> bool:
    """A proper name, on its own, as the subject of a plural verb (`Real Montano have …`)."""
    verb = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and head.tag_ == "NNP" and not any(
        c.dep_ in ("conj", "cc") for c in head.children) and (verb.tag_ == "VBP" or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "VBP" for c in verb.children))
    # (`Arno are thought to want a fee`)


def _untagged_plural_bodies(parsed: ParsedArticle, taken: list[tuple[int, int]], lex: Lexicon):
    """`Real Sociedad have offered …` with no tag at all: a proper name that takes a plural verb
    on its own is a body, as with `_plural_bodies`."""
    found = []
    for offset, doc in parsed.docs:
        for head in doc:
            if head.tag_ != "NNP" or head.ent_type_ or not _plural_subject(head):
                continue
            words = [c for c in head.children if c.dep_ in ("compound", "amod")
                     and c.text[:1].isupper() and c.i < head.i] + [head]  # `Real Sociedad`
            start, end = offset + words[0].idx, offset + head.idx + len(head.text)
            name = parsed.text[start:end]
            if words[0].is_sent_start and len(words) == 1 or name in lex.not_actors or \
                    any(w.text in _FUNCTIONS for w in words) or _overlaps(start, end, taken):
                continue
            taken.append((start, end))
            found.append((start, end, name, "organization", name))
    return found


def _untagged_bodies_with_the(parsed: ParsedArticle, taken: list[tuple[int, int]],
                              lex: Lexicon):
    """`The Autoriteit Persoonsgegevens said …` with no tag at all: a proper name that `the`
    opens and that is a clause's subject is a body; nobody calls a person `the Lehtinen`."""
    found = []
    for offset, head, before in _untagged_subjects(parsed, ("nsubj", "nsubjpass")):
        if not before or before[0].lower_ != "the" or before[0].dep_ != "det" or not all(
                _untagged_name_word(c) for c in before[1:]):
            continue
        words = [c.text for c in before[1:]] + [head.text]
        start = offset + (before[1].idx if len(before) > 1 else head.idx)
        end = offset + head.idx + len(head.text)
        name = parsed.text[start:end]
        if name in lex.not_actors or lex.country(name) or _overlaps(start, end, taken) or \
                _REPORTS_IT.match(parsed.text, end) or any(
                    _no_name_word(w, lex) or w.isupper() or w in ORG_WORDS
                    or w.lower() in lex.body_nouns for w in words):
            continue  # (`the FNV union`, `the Bloc`, `the MV Loch Frisa`: other rules')
        taken.append((start, end))
        found.append((start, end, name, "organization", name))
    return found


def _untagged_subjects(parsed: ParsedArticle, deps: tuple[str, ...]):
    """(offset, head, the words before it) for each proper noun the model left untagged that
    is a clause's subject (its dependency one of `deps`)."""
    for offset, doc in parsed.docs:
        for head in doc:
            if head.tag_ == "NNP" and not head.ent_type_ and head.dep_ in deps:
                yield offset, head, [c for c in head.children if c.i < head.i]


def _untagged_name_word(token) -> bool:
    """A proper noun the model left untagged, compounded into the name that follows."""
    return token.dep_ == "compound" and token.tag_ == "NNP" and not token.ent_type_


def _no_name_word(word: str, lex: Lexicon) -> bool:
    """A capitalised word that names nobody: a role, a day or month, a nationality, a title, or
    a word written small."""
    return is_role_word(word, lex) or word in _CALENDAR or word in lex.nationality_nouns or \
        word.rstrip(".") in lex.honorifics or not word[:1].isupper()


# What a body does when it first acts in a story: offers, asks, answers
_ACTS_OF_A_BODY = frozenset("offer propose pledge pay want demand ask seek reject accept refuse "
                            "threaten agree say announce warn confirm insist argue".split())


def _untagged_acting_names(parsed: ParsedArticle, taken: list[tuple[int, int]], lex: Lexicon):
    """`Solent Link has offered a £750 bonus`, the model tagging nothing: a proper name of two
    or more words that offers, asks or speaks, named again elsewhere in the story (`Solent
    Link's ferries`), is a body; a person the model would have tagged."""
    found = []
    for offset, head, before in _untagged_subjects(parsed, ("nsubj",)):
        if head.head.lemma_.lower() not in _ACTS_OF_A_BODY or not before or not all(
                _untagged_name_word(c) for c in before) or before[0].i != head.i - len(before):
            continue
        start, end = offset + before[0].idx, offset + head.idx + len(head.text)
        name = parsed.text[start:end]
        if _overlaps(start, end, taken) or name in lex.not_actors or lex.country(name) or \
                len(re.findall(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", parsed.text)) < 2 \
                or any(_no_name_word(w, lex) or lex.country(w) or w.lower() in stop_words()
                       for w in name.split()):
            continue
        taken.append((start, end))
        found.append((start, end, name, "organization", name))
    return found


_TOLD_THE = re.compile(r"\b(?:told|tells|spoke to|speaking to|interview with|interviewed by) "
                       r"(?:the |(?=The ))(?P<name>(?:The )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
                       r"(?=[:,.]| that\b)")


def _outlets_told(text: str, taken: list[tuple[int, int]], lex: Lexicon):
    """`told the Mirror:`, `told The Sun:` with no tag: a title told something (a person is not
    `the Smith`; `told the Security Council that` names a body the NER tags)."""
    def skip(match) -> bool:
        name = match.group("name")  # (`told The Sun`: a title's own `The`)
        words = name.split()
        return bool(lex.country(name)) or name in lex.not_actors or any(
            (is_role_word(w, lex) and words[0] not in _PAPER_WORDS) or w.lower() in
            lex.body_nouns or w in _CALENDAR for w in words)  # (`told the Daily Star`, whose
        # `Star` names no role)

    return _untagged_bodies(text, _TOLD_THE, taken, str, skip, group="name")


_PAPER_WORDS = frozenset("Daily Sunday Evening Morning Weekly".split())


# `M23`, and a brand written with a capital inside (`easyJet`, `eBay`) that the model leaves
# untagged
_CODE_NAME = re.compile(r"[A-Z]{1,4}-?\d{1,3}|[a-z]{1,4}[A-Z][a-z]{2,}")


def _code_named_bodies(parsed: ParsedArticle, taken: list[tuple[int, int]]):
    """`The M23 has demanded a seat …`, `easyJet said`, untagged or taken for a place: a name
    of letters and digits, or a brand's, that acts as a clause's subject is a body, wherever it
    stands (`the M23 rebellion`, `backing M23`, `easyJet's Gatwick base`)."""
    names = {t.text for _o, doc in parsed.docs for t in doc if _CODE_NAME.fullmatch(t.text)
             and t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX")}
    found = []
    for name in sorted(names):
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", parsed.text):
            if not _overlaps(*match.span(), taken):
                taken.append(match.span())
                found.append((*match.span(), name, "organization", name))
    return found


def _plural_bodies(parsed: ParsedArticle, spans):
    """`Real Montano have rejected a bid`: a name tagged a person that takes a plural verb on
    its own is a body (a club, a company), as British usage writes them."""
    plural = set()
    for start, end, name, kind, _surface in spans:
        tokens = [t for _p, t in parsed.tokens(start, end)] if kind == "person" else []
        if tokens and _plural_subject(tokens[-1]):
            plural.add(name)
    ends = {name.split()[-1] for name in plural}  # and its other mentions: `Real Montano`
    return [(s, e, n, "organization" if k == "person" and (n in plural or n.split()[-1] in ends)
             else k, f) for s, e, n, k, f in spans]


def _names_ending_in_s(parsed: ParsedArticle, spans):
    """`for Sainsbury's to 320p`, `McDonald's said`: a company whose name ends in `'s` (no
    noun follows it) is so named in all its mentions, `Sainsbury's board` included."""
    text = parsed.text

    def with_s(start: int, end: int) -> int:
        """The span's end past its `'s`, else -1."""
        if text[end - 2:end] in ("'s", "’s"):
            return end
        return end + 2 if text[end:end + 2] in ("'s", "’s") else -1

    named = set()
    for start, end, name, kind, _surface in spans:
        if kind not in ("organization", "person") or name.endswith(("'s", "’s")) or \
                with_s(start, end) < 0:
            continue
        after = next((t for _o, t in parsed.tokens(with_s(start, end), end + 40)
                      if t.text not in "\"“”'‘’"), None)  # (`Meta's "pay or consent" model`)
        if text[:start].rstrip().endswith(" of") and after is not None and \
                after.lemma_.lower() in _REPORTING_WORDS:
            continue  # `A pal of Connor's said`: a person's
        if kind == "person" and (after is None or after.lemma_.lower() not in _REPORTING_WORDS):
            continue  # (but `McMullen's said …`, tagged a person: a company that speaks)
        if after is None or (after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "ADV") and
                             after.dep_ not in ("amod", "compound", "nummod")):
            named.add(name)  # (not `U.S. Steel's ageing mills`)
    return [(st, with_s(st, en), f"{name}'s", "organization", text[st:with_s(st, en)])
            if name in named and with_s(st, en) > 0 else
            (st, en, f"{name}'s", "organization", surface) if name in named else
            (st, en, name, kind, surface) for st, en, name, kind, surface in spans]


_REPORTING_WORDS = frozenset("say said tell add announce insist confirm".split())


def _initials_of_things(text: str, spans):
    """`CBA` where the text speaks of a `collective bargaining agreement`: letters that stand
    for a thing written in lower case are no actor."""
    def spelled(letters: str) -> bool:
        words = r"[\s-]+".join(rf"{ch.lower()}[a-z]{{2,}}" for ch in letters)  # (not
        # `fielding an` for the FA: a word of three letters or more each)
        return re.search(rf"\b{words}\b", text) is not None

    return [sp for sp in spans if not (sp[3] == "organization" and re.fullmatch(
        r"[A-Z]{2,6}", sp[4]) and spelled(sp[4]))]


def _families(text: str, spans):
    """`the Sackler family … The Sacklers will contribute …`: the family by one name, found
    where the text names it either way."""
    found = []
    for surname in {sp[2][:-1] for sp in spans if sp[3] == "group" and sp[2].endswith("s")}:
        family = f"{surname} family"
        if family not in text:
            continue
        taken = [(sp[0], sp[1]) for sp in spans]
        found += [(m.start(), m.end(), family, "group", family)
                  for m in re.finditer(rf"\b{re.escape(family)}\b", text)
                  if not _overlaps(m.start(), m.end(), taken)]
        spans = [(st, en, family, kind, surface) if kind == "group" and name == f"{surname}s"
                 else (st, en, name, kind, surface) for st, en, name, kind, surface in spans]
    return sorted(spans + found, key=lambda sp: (sp[0], sp[1]))


def build_table(parsed: ParsedArticle, lex: Lexicon) -> EntityTable:
    spans, agencies = _raw_mentions(parsed, lex)
    spans = _initials_of_things(parsed.text, _names_ending_in_s(parsed, spans))
    spans = _families(parsed.text, spans)
    spans = _plural_bodies(parsed, spans)
    spans = sorted(spans + _untagged_repeats(parsed.text, spans), key=lambda s: (s[0], s[1]))
    spans = _first_names(_bodies_named_in_full(spans), lex)
    persons = _person_resolver(spans)
    orgs = _organisation_resolver({s[2] for s in spans if s[3] == "organization"}, lex,
                                  parsed.text)
    drafts: dict[str, _Draft] = {}
    mentions: list[Mention] = []
    for index, (start, end, name, kind, surface) in enumerate(spans):
        if kind == "person":
            name = persons[index]
        elif kind == "organization":
            name = orgs.get(name, name)
        entity_id = slugify(name)
        if not entity_id:
            continue
        draft = drafts.setdefault(entity_id, _Draft(name=name, kind=kind))
        draft.mentions += 1
        alias = re.sub(r"^(?:the|The)\s+", "", normalise_surface(surface))
        if alias != draft.name:
            draft.aliases.add(alias)
        mentions.append(Mention(start, end, entity_id, kind))
    # one kind per actor: `Veltron` tagged a person once is still the company named before
    mentions = [Mention(m.start, m.end, m.entity_id, drafts[m.entity_id].kind) for m in mentions]
    table = EntityTable({}, mentions, tuple(sorted(agencies)))
    _attach_roles(parsed, table, drafts, lex)
    table = _add_bodies_from_roles(parsed, table, drafts, lex)
    table.entities = {
        entity_id: Entity(
            id=entity_id, name=d.name, kind=d.kind, role=d.role, affiliation=d.affiliation,
            aliases=tuple(sorted(a for a in d.aliases if slugify(a) != entity_id or a != d.name)),
            mentions=d.mentions,
        )
        for entity_id, d in sorted(drafts.items())
    }
    return table


# ── roles ───────────────────────────────────────────────────────────────────


def is_role_word(word: str, lex: Lexicon) -> bool:
    """`minister`, `director-general`, `co-founder` (a hyphenated word counts by its parts),
    `mother-of-three`."""
    lower = word.lower()
    return lower in lex.role_nouns or any(p in lex.role_nouns for p in lower.split("-")[1:]) \
        or (lower.isalpha() and lower.endswith(lex.role_suffixes)) or \
        ("-of-" in lower and lower.partition("-of-")[0] in _PARENTS)


_PARENTS = frozenset("mother father mum dad mom grandmother grandfather gran grandad".split())


def _has_role_noun(phrase: str, lex: Lexicon, within: int = 4) -> bool:
    words = re.findall(r"[A-Za-z-]+(?:['’]s\b)?", phrase)  # (`the NHS's national medical
    # director`: the possessive is no word of its own)
    return any(is_role_word(w, lex) for w in words[:within])


def _clean_role(phrase: str) -> str | None:
    phrase = _STOP_AFTER_ROLE.sub("", phrase)
    phrase = re.sub(r"^(?:(?:but|and|yet|so|meanwhile|however),?\s+)?(?:(?:a|an|the|as)\s+)?",
                    "", phrase.strip(" ,;:–—-"), flags=re.I)  # `But United chairman`
    phrase = phrase.strip(" ,;:–—-")
    words = phrase.split()
    if not words or len(words) > 16:
        return None
    return phrase


def _role_after(text: str, end: int, lex: Lexicon) -> tuple[str, int, int] | None:
    """`Name, a researcher at X said` → ("researcher at X", start, end); an age between
    (`Name, 58, a retired teacher`) is skipped."""
    age = re.match(r", \d{1,3}(?=,)", text[end:end + 6])
    if age:
        end += age.end()
    match = re.match(r",\s+(?!(?:and|or|but|while|as|who|which|whose|whom)\b)((?:a|an|the)\s+)?"
                     r"((?:[^,;:\"“”().]|\.(?!\s|$)){3,140})", text[end:end + 200])
    if not match:
        return None
    phrase = match.group(2)
    if not _has_role_noun(phrase, lex) or phrase.split()[0] in lex.reporting_forms:
        return None  # `Name, said the player wanted …`: a verb, not a role
    role = _clean_role(phrase)
    if not role:
        return None
    start = end + match.start(2)
    return role, start, start + len(role)


def _role_copular(text: str, end: int, lex: Lexicon) -> tuple[str, int, int] | None:
    """`Elina Valtonen has been Finland's foreign minister since 2023` → the role."""
    match = re.match(r"\s+(?:has been|had been|is|was|became|remains)\s+"
                     r"((?:(?:a|an|the)\s+)?(?:[A-Z][\w-]*['’]s\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
                     r"(?=\s+(?:since|for|until|from|in|and)\b|[,.;])", text[end:end + 120])
    if not match or not _has_role_noun(match.group(1), lex):
        return None
    role = _clean_role(match.group(1))
    if not role:
        return None
    start = end + match.start(1) + match.group(1).find(role.split()[0])
    return role, start, start + len(role)


_PREMOD_JOINERS = {"of", "for", "and", "the", "de", "'s", "’s"}


def _skip_honorifics(text: str, start: int, lex: Lexicon) -> int:
    """`Energy Minister Prince Abdulaziz`: the title words before `Prince` are the role."""
    while True:
        match = re.search(r"\b([A-Z][a-z]+)\.?\s+$", text[max(0, start - 30):start])
        if not match or match.group(1) not in lex.honorifics or is_role_word(match.group(1), lex):
            return start
        start = max(0, start - 30) + match.start()


_NOT_MODIFIERS = frozenset(
    "said says told tells added adds the a an of and or by with for to as at in on from that who "
    "which is was are were be been has have had will would also then when while after before its "
    "his her their our my your this these those than but not include includes including "
    "sign signed signing hire hired sack sacked replace replaced join joined meet met "
    "appoint appointed name named offer offered offers give gave given ask asked urge urged "
    "thank thanked praise praised back backed blame blamed criticised criticized welcome "
    "welcomed invite invited accuse accused warn warned call called".split())
# (verbs before a role: `include winger X`, `have offered midfielder X a contract`)


def _role_modifier(token: str, kept: list, lex: Lexicon) -> bool:
    """A lower-case word right before a role noun (or before another such word) is part of
    the role: `finance minister`, `former defence secretary`."""
    if not kept or not token.isalpha() or not token.islower() or token in _NOT_MODIFIERS:
        return False
    lowered = [w.group(0) for w in kept]
    modifiers = 0
    for right in reversed(lowered):
        if is_role_word(right, lex):
            return modifiers < 2
        if not right.islower():
            return False
        modifiers += 1
    return False


def _role_before(text: str, start: int, lex: Lexicon) -> tuple[str, int, int] | None:
    """`Kremlin spokesman Dmitry Peskov` → ("Kremlin spokesman", …)."""
    start = _skip_honorifics(text, start, lex)
    window = text[max(0, start - 120):start]
    words = list(re.finditer(r"[\w.'’-]+", window))
    if not words or not window.endswith(" ") or window.rstrip().endswith((",", ".")):
        return None
    kept = []
    for at, word in reversed(list(enumerate(words))):
        token = word.group(0)
        between = window[word.end():kept[-1].start()] if kept else window[word.end():]
        if between.strip() or "\n" in between or token.endswith("."):
            break  # (nor across a paragraph or a sentence end: `… on TikTok.\n\nHost Barry`)
        if not kept and token.islower() and token not in _DETERMINERS and at >= 2 and \
                words[at - 1].group(0) == "of" and \
                is_role_word(words[at - 2].group(0), lex):
            kept.append(word)  # `Surrey director of cricket Alec Stewart`: the office's field
        elif is_role_word(token, lex) or (token[:1].isupper() and token not in _FUNCTIONS):
            kept.append(word)  # not `But` in `But United chairman Colin Brandt`
        elif token.lower() in _PREMOD_JOINERS and kept:
            kept.append(word)
        elif _role_modifier(token, kept, lex):
            kept.append(word)  # `finance minister`, `former defence secretary`
        else:
            break
    previous = window[:kept[-1].start()].split() if kept else []  # before the farthest word
    for index, word in enumerate(kept):
        # `Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed`: two roles
        # `spokesman for Attorney General Karen Webb`: the first role is somebody else's
        office = word.group(0) == "of" and index == 1 and not is_role_word(
            kept[0].group(0), lex)  # `Secretary of State X`: one title, its office last
        portfolio = _within_portfolio(kept, index, lex)
        joiner = word.group(0).lower() in ("and", "for", "of", "to") and not office and \
            not portfolio
        if joiner and any(is_role_word(w.group(0), lex) for w in kept[index + 1:]):
            kept = kept[:index]
            break
        if word.group(0).lower() == "and" and index + 1 < len(kept) and previous and \
                previous[-1][:1].islower() and not portfolio:
            kept = kept[:index]  # `Ursula von der Leyen and Indian Prime Minister X`: the
            break  # words before `and` end somebody's name
        if word.group(0) == "of" and kept[index + 1:] and all(
                (w.group(0).islower() and not is_role_word(w.group(0), lex))
                or w.group(0).lower() in _PREMOD_JOINERS for w in kept[index + 1:]):
            kept = kept[:index]  # `the government of Premier X`: the government is not hers
            break
        if joiner and word.group(0).lower() == "for" and not any(
                is_role_word(w.group(0), lex) for w in kept[index + 1:]) and all(
                is_role_word(w.group(0), lex) for w in kept[:index]):
            kept = kept[:index]  # `a bid from Brighton for striker X`: the role is `striker`
            break
    while kept and kept[-1].group(0).lower() in _PREMOD_JOINERS:
        kept.pop()
    titled = (len(kept) > 2 and kept[1].group(0) == "of" and is_role_word(kept[2].group(0), lex)
              ) or _within_portfolio(kept, len(kept) - 2, lex)
    if not kept or not (is_role_word(kept[0].group(0), lex) or titled):
        return None  # (`Secretary of State Marco Rubio`: a title ending in its office)
    offset = max(0, start - 120)
    role_start, role_end = offset + kept[-1].start(), offset + kept[0].end()
    role = text[role_start:role_end]
    if role.split()[0] in {"Mr", "Mrs", "Ms", "Dr"}:
        return None
    return role, role_start, role_end


def _within_portfolio(kept, index: int, lex: Lexicon) -> bool:
    """`and` of `Minister of Natural Resources and Energy`, `for` of `Secretary of State for
    Health`: a join inside a portfolio's name, between the name and the title's `of` (words
    `kept` run from the name leftwards)."""
    words = [w.group(0) for w in kept]
    return index > 0 and all(_portfolio_word(w, lex) for w in words[:index]) and any(
        w in ("of", "for") and is_role_word(words[j + 1], lex)
        for j, w in enumerate(words[index:-1], index))


def role_before_comma(text: str, start: int, lex: Lexicon) -> tuple[str, int, int] | None:
    """`president of the University of X, Yang Moo-jin, told AFP` → role before the name (and
    before a title: `Its president, Sgt. Sherral Schmidt`)."""
    start = _skip_honorifics(text, start, lex)
    window = text[max(0, start - 200):start]
    match = re.search(r"(?:^|\n|[.!?]\s|[,–—(]\s*|[”\"]\s*)"
                      r"([a-zA-Z](?:[^,;:\"“”()–—\n.!?]|\.(?!\s)){3,160}),\s*$", window)
    if not match:
        return None
    phrase_start = match.start(1)
    listed = _PORTFOLIO_LIST.search(window, 0, phrase_start) if match.group(1)[:1].isupper() \
        else None
    if listed is not None:  # `Namibia's Minister of Agriculture, Fisheries, Water and Land
        # Reform, Inge Zaamwani`: a portfolio listed with commas is one title
        phrase_start = listed.start(1)
    phrase = window[phrase_start:match.end(1)]
    verb = re.match(r"(?:said|says|added|adds|(?:wrote|writes)(?:\s+to)?)\s+", phrase)
    skipped = verb.end() if verb else 0  # `…," said Colombia's environment minister, Name`;
    # `wrote to Fenmoor's chief executive, Name`
    phrase = phrase[skipped:]
    met = list(re.finditer(r"\b(?:met|meets|meeting|visited|visiting|thanked)\s+(?=\S)", phrase))
    if met:  # `told reporters after meeting Australia's Pacific minister, Pat Conroy,`
        skipped += met[-1].end()
        phrase = phrase[met[-1].end():]
    first_words = re.findall(r"[A-Za-z-]+(?:['’]s\b)?", phrase)[:5]
    if first_words and not any(is_role_word(w, lex) for w in first_words) and (
            lead := list(re.finditer(r"\b(?:by|with|from|to)\s+(?=\S)", phrase))):
        # `excerpts from a news conference by Canada's trade minister, Priya Nair,`; `has
        # written to the local MP, Daniel Marsh,`
        skipped += lead[-1].end()
        phrase = phrase[lead[-1].end():]
        first_words = re.findall(r"[A-Za-z-]+(?:['’]s\b)?", phrase)[:5]
    if not first_words or not any(is_role_word(w, lex) for w in first_words):
        return None
    if re.search(r"\b(?:said|says|told|met|meets|is|was|are|were|has|have|had)\b", phrase):
        return None
    role = _clean_role(phrase)
    if not role:
        return None
    role_start = max(0, start - 200) + phrase_start + skipped
    return role, role_start, role_start + len(phrase)


def _title_in_name(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, int, int] | None:
    """`Councillor Ian Devonshire` tagged whole: a title that is also an office, when nothing
    else gives the person a role."""
    match = re.match(r"([A-Z][a-z]+)\.? (?=[A-Z])", text[start:end])
    if not match or match.group(1) not in lex.honorifics or not is_role_word(
            match.group(1), lex) or match.group(1) in _ROYAL_TITLES:
        return None
    return match.group(1), start, start + match.end(1)


_ROYAL_TITLES = frozenset("King Queen Prince Princess Emir Sultan Sheikh Crown".split())


def _possessed_role(text: str, start: int, lex: Lexicon) -> tuple[str, int, int] | None:
    """`… and has asked his agent, Roberto Calenda, to …`: the role a pronoun's possessive
    opens just before a person's name, after whatever the sentence said first (no reason by
    itself to think the name a person's: `their landlord, Clarion Housing,`)."""
    match = re.search(r"\b(?:his|her|their)\s+((?:[a-z-]+\s+){0,2}[a-z-]+),\s*$",
                      text[:start])
    if not match or not is_role_word(match.group(1).split()[-1], lex):
        return None
    return match.group(1), match.start(1), match.end(1)


def _affiliation_in(table: EntityTable, start: int, end: int, drafts, self_id: str) -> str | None:
    for mention in table.in_range(start, end):
        if mention.entity_id != self_id and drafts[mention.entity_id].kind != "person":
            return mention.entity_id
    return None


def _possessive_country(parsed: ParsedArticle, table: EntityTable, mention: Mention):
    """`North Korea’s Kim Jong Un` → north-korea."""
    earlier = table.before(mention.start)
    if not earlier:
        return None
    prev = earlier[-1]
    gap = parsed.text[prev.end:mention.start]
    surface = parsed.text[prev.start:prev.end]
    if prev.kind in ("country", "organization") and (
        (surface.endswith(("’s", "'s")) and not gap.strip())
        or gap.strip() in {"’s", "'s"}
    ):
        return prev.entity_id
    return None


def _held_before(found: tuple[str, int, int] | None) -> bool:
    """Whether a role found is one held before (`retired teacher`, `former minister`)."""
    return found is not None and found[0].split()[0].lower() in ("retired", "former")


def _attach_roles(parsed: ParsedArticle, table: EntityTable, drafts, lex: Lexicon) -> None:
    text = parsed.text
    for mention in table.mentions:
        draft = drafts[mention.entity_id]
        if draft.kind != "person":
            continue
        after = _role_after(text, mention.end, lex)
        before = _role_before(text, mention.start, lex)
        if _held_before(after):
            # `group chair Tom Ellery, a retired PE teacher`: the title held now
            after = before or after
        if _held_before(before):
            # `Its secretary, retired teacher Anne Prowse`: the office held now, before it
            before = role_before_comma(text, before[1], lex) or before
        found = (
            after
            or before
            or role_before_comma(text, mention.start, lex)
            or _possessed_role(text, mention.start, lex)
            or (None if parsed.in_quote(mention.start) else _role_copular(text, mention.end, lex))
            or _title_in_name(text, mention.start, mention.end, lex)
        )  # (`"Daniel is the champion," said his promoter`: a boast, not a title)
        if found and draft.role is None:
            role, start, end = found
            draft.role = role
            draft.role_span = (start, end)
            draft.affiliation = _affiliation_in(table, start, end, drafts, mention.entity_id) \
                or _its_body(parsed, table, drafts, role, start) \
                or _country_of_its_office(parsed, table, drafts, role, start)
        if draft.affiliation is None:
            draft.affiliation = _possessive_country(parsed, table, mention)
        if draft.affiliation is None and draft.role is not None:
            draft.affiliation = _country_reported(parsed, table, drafts, draft.role, mention)


_TEAMS = frozenset({"county", "side", "team"})


def _body_of_kind_before(noun: str, parsed: ParsedArticle, table: EntityTable, drafts,
                         start: int, written_after: bool = False) -> str | None:
    """The body named last before `start`, outside quotations, whose name has `noun`; with
    `written_after`, also one the text names followed by it (`The Save the Plough group`)."""
    return next((m.entity_id for m in reversed(table.before(start))
                 if drafts[m.entity_id].kind == "organization" and not parsed.in_quote(m.start)
                 and (noun in drafts[m.entity_id].name.lower().split() or (
                     written_after and
                     parsed.text[m.end:m.end + len(noun) + 1] == f" {noun}"))), None)


def _its_body(parsed: ParsedArticle, table: EntityTable, drafts, role: str,
              start: int) -> str | None:
    """`… the New Zealand Nurses Organisation said. Its chief executive, Paul Goulter, …`: the
    body `its` stands for, the one named last before the role in the same paragraph (a country
    for `Its government spokeswoman`); `union
    president X`: the one union the article names."""
    if role.split()[0].lower() in LABOUR_BODIES:  # `union president Nneka Ogwumike`
        return one_union((key, d.name, d.kind) for key, d in drafts.items())
    owner = re.match(r"(?:the )?([a-z]+)['’]s ", role.lower())
    if owner is not None and owner.group(1) in _TEAMS:
        # `The county's director of cricket, Andy Hurry` after `Somerset have asked …`: the
        # club named last before him
        clubs = [m for m in table.before(start) if drafts[m.entity_id].kind == "organization"
                 and not parsed.in_quote(m.start)]
        acting = [m for m in clubs if any(t.dep_ == "nsubj" for _o, t in parsed.tokens(
            m.start, m.end))]  # (the club that asked, not the tour it was asked about)
        return (acting or clubs)[-1].entity_id if clubs else None
    if owner is not None and owner.group(1) in load_lexicon().body_nouns:
        # `The union's general secretary, Naomi Achterberg`: the union named last before
        return _body_of_kind_before(owner.group(1), parsed, table, drafts, start)
    kind = re.match(r"([a-z]+) [a-z]", role)
    if kind is not None and kind.group(1) in load_lexicon().body_nouns:
        # `group chair Marion Tait` after `The Save the Plough group`: the body of that kind
        # named last before her
        return _body_of_kind_before(kind.group(1), parsed, table, drafts, start,
                                    written_after=True)
    if not role.lower().startswith("its "):
        return None
    floor = parsed.paras[min(parsed.paragraph_at(start), len(parsed.paras) - 1)].start
    kind = "country" if role.lower().split()[1] == "government" else "organization"
    return next((m.entity_id for m in reversed(table.before(start)) if m.start >= floor
                 and drafts[m.entity_id].kind == kind and not parsed.in_quote(m.start)),
                None)  # (`Its government spokeswoman`; not a body named inside a quotation)


_OFFICES = frozenset("ministry office government department minister secretary".split())


def _country_of_its_office(parsed: ParsedArticle, table: EntityTable, drafts, role: str,
                           start: int) -> str | None:
    """`Pakistan's foreign office said … foreign office spokeswoman Mumtaz Zahra Baloch`: the
    country whose office of that name the text named before the role (`Japan's trade minister`
    in a headline, then `Trade and Industry Minister Yoji Muto`; `the Turkish foreign
    ministry`)."""
    words = role.lower().split()
    office = next((w for w in words if w in _OFFICES), None)
    if office is None or words[0] not in _PORTFOLIO_WORDS | _OFFICES:
        return None
    named = list(re.finditer(
        rf"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)(?:['’]s)? (?:[a-z]+ )?{office}\b",
        parsed.text[:start]))
    owner = named[-1].start(1) if named else None
    return next((m.entity_id for m in table.mentions if m.start == owner
                 and drafts[m.entity_id].kind == "country"), None)


_STATE_OFFICES = frozenset("minister secretary spokesman spokeswoman spokesperson ambassador "
                           "envoy negotiator".split())
_REPORTED_BY = re.compile(r",\s+(?:[\w'’.-]+\s+){1,8}$")


def _country_reported(parsed: ParsedArticle, table: EntityTable, drafts, role: str,
                      mention: Mention) -> str | None:
    """`Malawi has asked Mozambique to …, Transport Minister Jacob Banda said`: an officer of
    state who reports what the country that opens the sentence did is that country's (a head
    of government speaks for himself)."""
    words = set(role.lower().split())
    if not words & _STATE_OFFICES or words & {"prime", "president", "premier"} or \
            not re.match(r"\s+(?:said|says|told|added)\b", parsed.text[mention.end:]):
        return None
    sentence = parsed.sentence_at(mention.start)
    if sentence is None or not _REPORTED_BY.search(parsed.text[sentence.start:mention.start]):
        return None
    return first_acting_country(parsed, table, sentence.start, mention.start,
                                lambda m: drafts[m.entity_id].kind)


def first_acting_country(parsed: ParsedArticle, table: EntityTable, start: int, end: int,
                         kind_of) -> str | None:
    """The country named first in text[start:end], outside quotations, when it is a
    clause's subject (`Malawi has asked …, … said`); `kind_of(mention)`: its kind."""
    first = next((m for m in table.in_range(start, end) if not parsed.in_quote(m.start)), None)
    return first.entity_id if first is not None and kind_of(first) == "country" and any(
        t.dep_ in ("nsubj", "nsubjpass") for _o, t in parsed.tokens(first.start, first.end)) \
        else None


_NOT_A_BODY_LABELS = frozenset({"GPE", "LOC", "DATE", "TIME", "PERSON", "NORP", "EVENT"})


def _standalone(text: str, name: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where `name` stands on its own (not the start of a longer capitalised name)."""
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-]|\s+[A-Z])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)
            if not (start <= m.start() < end)]


def _body_in_role(parsed: ParsedArticle, start: int, end: int, lex: Lexicon, known=None):
    """(name, kind, spans) of the country or body a role names when the model tagged none:
    `Kenyan Treasury Secretary` → Kenya; `a senior fellow at the Bosphorus Security Forum`;
    `FNV negotiator` or `Castlebrook striker` when the name also stands alone elsewhere (`the
    FNV union said`), which tells a body from a capitalised portfolio (`Finance Minister`).
    `known(name)`: the draft of a body the article already names so, else None."""
    text, role = parsed.text, parsed.text[start:end]
    first = re.match(r"[A-Z][\w'’-]*", role)
    local = re.search(r"\b(\w+)$", role)
    if first and (country := lex.country(first.group(0))) and not (
            local and local.group(1).lower() in _LOCAL_OFFICES):  # not `Lisbon Mayor`
        return country, "country", [(start, start + first.end())]
    if role.split()[-1] in _FAME_WORDS:
        return None  # `TOWIE favourite`, `Corrie star`: a show they are known for
    candidates = []
    tail = re.search(r"\b(?:at|of|for|with)\s+(?:the\s+)?((?:[A-Z][\w&'’.-]*(?:\s+|$))+)$", role)
    if tail:
        candidates.append((tail.group(1).strip(), start + tail.start(1), True))
    lead = []
    for word in re.finditer(r"\S+", role):
        if word.group(0).lower() in _DETERMINERS and not lead:
            continue  # `The coalition's lawyer`
        if is_role_word(word.group(0), lex) or not word.group(0)[:1].isupper() or \
                word.group(0).lower() in _DETERMINERS:
            break
        lead.append(word)
    if lead:
        candidates.append((role[lead[0].start():lead[-1].end()], start + lead[0].start(), False))
    for name, at, after_preposition in candidates:
        if lex.country(name) or name in lex.not_actors or is_role_word(name, lex):
            continue
        labels = {t.ent_type_ for _p, t in parsed.tokens(at, at + len(name))}
        body = known(name) if known is not None else None
        if labels & _NOT_A_BODY_LABELS and not (body is not None and body.name.startswith(
                f"{name} ") and body.name[len(name) + 1:] in _CLUB_WORDS):
            continue  # (`Newcastle manager`, tagged a place, after Newcastle United)
        following = text[at + len(name):at + len(name) + 30].split()[:1]
        elsewhere = [(s, e) for s, e in _standalone(text, name, at, at + len(name))
                     if text[e:e + 30].split()[:1] != following]  # (`Fast bowler` in the
        # headline too is the same role, not the name standing alone)
        corporate = not after_preposition and " " not in name and name.isalnum() and \
            role.split()[-1].lower() in _CORPORATE_ROLES and all(
                name.lower() not in nouns for nouns in (
                    lex.body_nouns, lex.party_nouns, lex.recipient_nouns))  # not `Club boss`
        tagged = not after_preposition and labels == {"ORG"} and " " in name and not any(
            w in _PORTFOLIOS or w in lex.sector_words or w.endswith(("'s", "’s"))
            for w in name.split())  # `Bayer Leverkusen playmaker`: a body the model knows
        # by name (not `Victoria's Public Transport Minister`, a portfolio)
        if elsewhere or corporate or tagged or body is not None or (
                (after_preposition or (len(name.split()) >= 2 and name.split()[0] not in
                                       _PORTFOLIOS and name.split()[0] not in lex.sector_words))
                and set(name.split()) & ORG_WORDS):
            # (`Westbury Council leader Pam Hodges`: a name that says it is a body; not
            # `Foreign Ministry spokesman`, a portfolio)
            # `United chairman`, `Harbourside United` named before: that club
            return name, "organization", [(at, at + len(name)), *elsewhere]
    return None


_PORTFOLIOS = frozenset("Foreign State Defence Defense Interior Home Finance Justice Trade "
                        "Treasury Economy Labour Labor Agriculture Environment Culture "
                        "Communications".split())
_PORTFOLIO_WORDS = frozenset(w.lower() for w in _PORTFOLIOS) | frozenset(
    "health education industry energy transport".split())
_CLUB_WORDS = frozenset({"United", "City", "Town", "Rovers", "Athletic", "Albion", "Wanderers",
                         "FC", "County", "Hotspur"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})
# Roles only a company or club has: the name before them is a body (`Ryanair boss`), where a
# minister's or secretary's may be a portfolio (`Finance Minister`).
_CORPORATE_ROLES = frozenset({"boss", "ceo", "founder", "co-founder", "owner", "chairman",
                              "chairwoman"})


def _known_body(name: str, drafts) -> str | None:
    """A body already in the article under a longer name, an alias or its initials:
    `Commission` in `Commission President` is the European Commission, `ECB` the European
    Central Bank."""
    words = set(name.split())
    portfolio = name in load_lexicon().sector_words  # `Health` of `Health Minister`
    for entity_id, draft in sorted(drafts.items()):
        if draft.kind == "organization" and (
                name in draft.aliases or (words <= set(draft.name.split())
                                          and not _of_its_people(name, draft.name)
                                          and not portfolio)
                or _stands_for(name, draft.name)):
            return entity_id
    return None


_PEOPLE_PLURALS = re.compile(r"^(?:[A-Z][a-z]+(?:er|or|ist|ian|ent|ant)s|Fans|Friends|Parents|"
                             r"Residents|Staff|Families|Women|Men|Veterans)['’]?$")


# A body's part named after it: `NetChoice Litigation Center` is not NetChoice.
_UNITS = frozenset("Center Centre Institute School College Office Division Unit Lab Labs "
                   "Laboratory Museum Hospital Clinic Programme Program Project".split())


def _of_its_people(short: str, long: str) -> bool:
    """`Wolves Supporters Trust`, `Friends of Hollin Library`, `Acme Workers Union`: a body of
    the people of `short`, which is not `short` itself."""
    extra = [w for w in long.split() if w not in short.split()]
    return any(_PEOPLE_PLURALS.match(w) for w in extra)


def described_as(name: str, text: str) -> set[str]:
    """The nouns a text describes a name by: `the drivers' union Aslef`, `Aslef, the train
    drivers' union`, `the Aslef drivers' union` → {union}."""
    escaped = re.escape(name)
    before = re.findall(rf"\b([a-z]+) {escaped}\b", text)
    after = re.findall(rf"\b{escaped}, (?:the|an?) ((?:[\w'’-]+ ?){{1,4}})", text)
    for words in re.findall(rf"\b{escaped} ((?:[a-z][\w'’-]* ?){{1,3}})", text):
        kept = []  # `X drivers' union` (not `Ampcell has asked carmaker …`)
        for word in words.split():
            if word in stop_words() or word.endswith("ed"):
                break
            kept.append(word)
        after.append(" ".join(kept))
    represents = re.search(rf"\b{escaped}, which represents (?:[\w,]+ ){{0,4}}?{_WORKFORCE}\b",
                           text)  # `Unite, which represents the workers,`
    return set(before) | {word for words in after for word in words.split()} | (
        {"union"} if represents else set())


_WORKFORCE = r"(?:workers|members|staff|employees|drivers|nurses|doctors|teachers|pilots|crew)"


def _body_the_role_names(text: str, draft, table: EntityTable, drafts, lex: Lexicon):
    """`the union's general secretary`: the body named last before the role whose name has
    that noun or that the text calls so (`the FIOM-CGIL metalworkers' union`)."""
    noun = re.match(r"(?:the\s+)?([a-z]+)['’]s\s", text[draft.role_span[0]:draft.role_span[1]])
    if noun is None or noun.group(1) not in lex.body_nouns:
        return None
    earlier = text[:draft.role_span[0]]
    for mention in reversed(table.before(draft.role_span[0])):
        body = drafts.get(mention.entity_id)
        if body is not None and body.kind == "organization" and (
                noun.group(1) in body.name.lower().split()
                or noun.group(1) in described_as(body.name, earlier)):
            return mention.entity_id
    return None


def _add_bodies_from_roles(parsed: ParsedArticle, table: EntityTable, drafts,
                           lex: Lexicon) -> EntityTable:
    """A role's country or body is an actor itself, and the person's affiliation."""
    added = []
    taken = [(m.start, m.end) for m in table.mentions]
    for draft in list(drafts.values()):
        if draft.kind != "person" or draft.affiliation or draft.role_span is None:
            continue
        found = _body_in_role(parsed, *draft.role_span, lex,
                              known=lambda name: drafts.get(_known_body(name, drafts) or ""))
        if found is None:
            draft.affiliation = _body_the_role_names(parsed.text, draft, table, drafts, lex)
            continue
        name, kind, spans = found
        known = _known_body(name, drafts) if kind == "organization" else None
        if known is None and name in lex.sector_words:
            continue  # `Health Minister Ana Ruiz`: a portfolio, not a body
        if kind == "organization" and any(_LIVING_THERE.match(parsed.text, end)
                                           for _start, end in spans):
            continue  # `Packington resident Helen Marsh`: where she lives
        plain = re.sub(r"['’]s$", "", name)
        if kind == "organization" and any(
                other.kind == "person" and plain in (other.name, other.name.split()[-1])
                for other in drafts.values()):
            continue  # `Brandt's coach, Marco Vitale`: a person's man, not a body
        entity_id = known or slugify(name)
        body = drafts.setdefault(entity_id, _Draft(name=name, kind=kind))
        if body.name != name:
            body.aliases.add(name)
        if body.kind != kind:
            continue
        draft.affiliation = entity_id
        for start, end in spans:
            if not _overlaps(start, end, taken):
                taken.append((start, end))
                body.mentions += 1
                added.append(Mention(start, end, entity_id, kind))
    if not added:
        return table
    mentions = sorted(table.mentions + added, key=lambda m: (m.start, m.end))
    return EntityTable(table.entities, mentions, table.agencies)


def definite(token) -> bool:
    """`the company`, `the provincial government`: the noun has `the`."""
    return any(c.lower_ == "the" for c in token.children)


def joined(tokens) -> str:
    """Tokens as written, quote marks left out; a space where a left-out token stood between
    two words (`them, not only` without its comma is `them not only`)."""
    parts = []
    for index, t in enumerate(tokens):
        gap = index + 1 < len(tokens) and tokens[index + 1].i != t.i + 1 and not t.whitespace_
        parts.append(t.whitespace_ if t.text in "“”\"‘’" else t.text + (t.whitespace_ or (
            " " if gap else "")))
    return "".join(parts)


def government_words(token, lex: Lexicon) -> list | None:
    """`the provincial government`, `the health ministry` → the words that say which one
    (`provincial`, `health`); None for `the government`, `the Labour government`, `its
    ministry`."""
    if token.lower_ not in lex.government_nouns or not definite(token):
        return None
    words = [c for c in token.children if c.i < token.i and c.dep_ in ("amod", "compound")]
    if not words or any(not (w.lower_ in lex.government_levels or (
            w.pos_ in ("NOUN", "PROPN") and w.is_lower)) for w in words):  # (`defense` PROPN)
        return None
    return sorted(words, key=lambda t: t.i)


def is_headline(parsed: ParsedArticle) -> bool:
    """Whether the first paragraph is a headline: it does not end as a sentence does, and more
    paragraphs follow (`LOVE ISLAND STAR'S DIVORCE BOMBSHELL`)."""
    if len(parsed.paras) < 2:
        return False
    first = parsed.paras[0]
    return not re.search(r"[.!?\"'”’]\s*$", parsed.text[first.start:first.end])


def headline_only(parsed: ParsedArticle, table: EntityTable) -> set[str]:
    """Actors named only in a headline (see `is_headline`)."""
    if not is_headline(parsed):
        return set()
    end = parsed.paras[0].end
    inside = {m.entity_id for m in table.mentions if m.start < end}
    return inside - {m.entity_id for m in table.mentions if m.start >= end}


def setting_only(parsed: ParsedArticle, table: EntityTable, lex: Lexicon) -> set[str]:
    """Countries the text names only to describe something (`US dollars`, `British homes`, `a
    French bulldog`): no party."""
    described: dict[str, bool] = {}
    for mention in table.mentions:
        if mention.kind != "country":
            continue
        head = next(iter(_span_heads(parsed, mention.start, mention.end)), None)
        setting = head is not None and head.dep_ in ("amod", "compound") and not (
            head.head.lemma_.lower() in SPOKESPEOPLE or is_role_word(head.head.text, lex)
            or head.head.lemma_.lower() in lex.government_nouns)  # (but `a Downing Street
        # spokeswoman`, `the British ambassador`, `the Thai government`: its voice)
        described[mention.entity_id] = described.get(mention.entity_id, True) and setting
    return {entity for entity, only in described.items() if only}


def asked_about_only(parsed: ParsedArticle, table: EntityTable) -> set[str]:
    """Parties a transcript names only in the interviewer's turns (`Beijing has made a similar
    offer. Which one will Fiji take?`): the interviewer's framing, not the story's parties."""
    if not parsed.labels:
        return set()
    turns = [(parsed.paras[i].start, parsed.paras[i].end) for i, match in parsed.labels.items()
             if match.group(1) in parsed.questioners]
    named_elsewhere = {m.entity_id for m in table.mentions
                       if not any(start <= m.start < end for start, end in turns)}
    return {m.entity_id for m in table.mentions} - named_elsewhere


def unnamed_actor(tokens, kind: str, table: EntityTable) -> str:
    """An actor the text does not name, named by its words (`Provincial government`,
    `Environmental groups`), added to the table once."""
    name = joined(tokens).strip()  # `Al-Shabaab-linked group`, as written
    name = name[:1].upper() + name[1:]
    entity_id = slugify(name)
    if entity_id not in table.entities:
        table.entities[entity_id] = Entity(id=entity_id, name=name, kind=kind)
        table.unnamed.add(entity_id)
    return entity_id


def unnamed_government(token, parsed: ParsedArticle, table: EntityTable, offset: int,
                        lex: Lexicon) -> str | None:
    """A government or ministry the text does not name (`the provincial government has
    offered …`), kept as an organisation named by its words; and `the government` for the
    last one named so when no country is at hand (`talks with the state government broke
    down … The government has offered 3%`)."""
    words = government_words(token, lex)
    if words is None and token.lower_ in lex.government_nouns and not any(
            c.dep_ in ("amod", "compound", "poss") for c in token.children):
        earlier = [t for _o, t in parsed.tokens(0, offset + token.idx)
                   if not parsed.in_quote(_o) and government_words(t, lex) is not None
                   and t.lower_ == token.lower_]
        if earlier:
            token, words = earlier[-1], government_words(earlier[-1], lex)
    if words is None:
        return None
    return unnamed_actor([*words, token], "organization", table)
