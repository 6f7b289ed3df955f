"""Word lists and name tables (from `data/lexicon.yaml`), loaded once, with lookup helpers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(frozen=True)
class Lexicon:
    version: int
    honorifics: frozenset[str]
    post_nominals: frozenset[str]
    reporting_verbs: frozenset[str]
    reporting_forms: frozenset[str]  # inflected forms, for when the lemmatizer slips
    role_nouns: frozenset[str]
    role_suffixes: tuple[str, ...]
    expert_nouns: frozenset[str]
    expert_affiliation_words: frozenset[str]
    body_nouns: frozenset[str]
    recipient_nouns: frozenset[str]
    party_nouns: frozenset[str]
    bloc_nouns: frozenset[str]
    government_nouns: frozenset[str]
    government_levels: frozenset[str]
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    scare_quote_cues: tuple[str, ...]
    offer_verbs: frozenset[str]
    named_body_nouns: frozenset[str]
    unions: frozenset[str]  # trade unions whose names do not say so (`Unite`, `Verdi`)
    nationality_nouns: frozenset[str]
    payment_verbs: frozenset[str]
    trade_descriptors: frozenset[str]
    advising_verbs: frozenset[str]
    light_offer_verbs: frozenset[str]
    offer_nouns: frozenset[str]
    raising_verbs: frozenset[str]
    funding_verbs: frozenset[str]
    currency_nouns: frozenset[str]
    raised_nouns: frozenset[str]
    concession_verbs: frozenset[str]
    concession_nouns: frozenset[str]
    permitting_verbs: frozenset[str]
    conceding_verbs: frozenset[str]
    sector_words: frozenset[str]
    portfolio_words: frozenset[str]
    demand_verbs: frozenset[str]
    demand_adjectives: frozenset[str]
    demand_verbs_needing_for: frozenset[str]
    demand_verbs_taking_to: frozenset[str]
    directive_demand_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    conditional_markers: frozenset[str]
    agencies: frozenset[str]
    platforms: frozenset[str]  # social networks a person posts on (`said on Instagram`)
    organizations: dict[str, str]  # surface form → canonical organisation name
    not_actors: frozenset[str]
    places: dict[str, str]  # lower-cased surface form → canonical country (or body) name
    metonyms: frozenset[str]  # lower-cased surfaces that are metonyms (cities, buildings)
    places_pattern: re.Pattern  # every place form in one alternation, longest first
    organizations_pattern: re.Pattern  # the lexicon's body names, not `the …` forms

    def is_metonym(self, surface: str) -> bool:
        """A city or building standing for a country (`Pyongyang`, `the Kremlin`, `Malé`)."""
        return fold_accents(normalise_surface(surface)).lower() in self.metonyms

    def places_in(self, text: str) -> Iterator[re.Match]:
        """Each place form in `text`, accents aside; the matches' offsets are the text's own
        (folding keeps every character in place), so slice `text` for the surface."""
        return self.places_pattern.finditer(fold_accents(text))

    def country(self, surface: str) -> str | None:
        """`North Korea’s`, `North Korean`, `Pyongyang`, `the Kremlin` → `North Korea`/`Russia`;
        accents do not matter (`São Tomé` is `Sao Tome`)."""
        key = fold_accents(normalise_surface(surface)).lower()
        if key in self.places:
            return self.places[key]
        if f"{key}." in self.places:  # `U.S.`, its last full stop trimmed as a sentence's
            return self.places[f"{key}."]
        if key.startswith("the "):
            return self.places.get(key[4:])
        if key.endswith("ns") and key[:-1] in self.places:  # `Peruvians` → Peru
            return self.places[key[:-1]]
        return None

    def organization(self, name: str) -> str | None:
        """The canonical name of a body the lexicon knows (`U.N.`, also written `U.N` once a
        sentence's full stop is trimmed away)."""
        return self.organizations.get(name) or self.organizations.get(f"{name}.")

    def is_agency(self, surface: str) -> bool:
        name = normalise_surface(surface)
        return name in self.agencies or (name[:4].lower() == "the " and name[4:] in self.agencies)

    def strip_honorifics(self, name: str) -> str:
        words = name.split()
        while len(words) > 1 and words[0].rstrip(".") in self.honorifics:
            words = words[1:]
        while len(words) > 1 and words[-1].strip(".,") in self.post_nominals:
            words = words[:-1]  # `Imran Khan KC`
        return " ".join(words)


def normalise_surface(surface: str) -> str:
    """Trim spaces, possessive endings and straight/curly quotes from a name as written."""
    text = " ".join(surface.replace("\u2019", "’").split())
    text = _POSSESSIVE.sub("", text).strip(" ,.;:\"“”‘’'")
    return text


# Letters that Unicode does not decompose into a base letter and a mark (`Reiß`, `Løkke`,
# `Wałęsa`): spelled as ASCII readers would, not dropped.
_ASCII_SPELLINGS = {"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ł": "l",
                    "Ł": "L", "đ": "d", "Đ": "D", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th",
                    "ð": "d", "ı": "i"}
_UNDECOMPOSED = str.maketrans(_ASCII_SPELLINGS)


def fold_accents(text: str) -> str:
    """Each accented Latin letter as its base letter, one character for one (`Príncipe` →
    `Principe`), so offsets into the folded text are offsets into the original."""
    return "".join(_FOLDED.get(char) or _fold_char(char) for char in text)


_FOLDED = {char: ascii for char, ascii in _ASCII_SPELLINGS.items() if len(ascii) == 1}


@cache
def _fold_char(char: str) -> str:
    if char.isascii():
        return char
    base = unicodedata.normalize("NFKD", char)[:1]
    return base if base.isascii() and base.isalpha() else char


def slugify(text: str) -> str:
    """ASCII, lower-case, hyphenated: safe as a file name and a URL part."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode(
        "ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80].strip("-")


@cache
def stop_words() -> frozenset[str]:
    """English function words (`when`, `after`, `which`): never names, never key terms."""
    text = resources.files("generator").joinpath("data/stopwords.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#")
                     for w in line.split())


def _set(values) -> frozenset[str]:
    return frozenset(str(v) for v in values or ())


@cache
def load_lexicon() -> Lexicon:
    raw = yaml.safe_load(resources.files("generator").joinpath("data/lexicon.yaml").read_text(
        encoding="utf-8"))
    places: dict[str, str] = {}
    for country, forms in raw["countries"].items():
        for form in [country, *forms]:
            places[fold_accents(str(form)).lower()] = country
    metonyms = {}
    for place, country in raw["metonyms"].items():
        metonyms[fold_accents(str(place)).lower()] = country
    places.update(metonyms)
    pronouns = raw["pronouns"]
    return Lexicon(
        version=int(raw["version"]),
        honorifics=_set(raw["honorifics"]),
        post_nominals=_set(raw["post_nominals"]),
        reporting_verbs=_set(raw["reporting_verbs"]),
        reporting_forms=_inflections(_set(raw["reporting_verbs"])) | _set(raw["irregular_forms"]),
        role_nouns=frozenset(v.lower() for v in _set(raw["role_nouns"])),
        role_suffixes=tuple(sorted(_set(raw["role_suffixes"]))),
        expert_nouns=_set(raw["expert_nouns"]),
        expert_affiliation_words=_set(raw["expert_affiliation_words"]),
        body_nouns=_set(raw["body_nouns"]),
        recipient_nouns=_set(raw["recipient_nouns"]),
        party_nouns=_set(raw["party_nouns"]),
        bloc_nouns=_set(raw["bloc_nouns"]),
        government_nouns=_set(raw["government_nouns"]),
        government_levels=_set(raw["government_levels"]),
        person_pronouns=_set(pronouns["person"]),
        thing_pronouns=_set(pronouns["thing"]) | _set(pronouns["any"]),
        scare_quote_cues=tuple(raw["scare_quote_cues"]),
        offer_verbs=_set(raw["offer_verbs"]),
        named_body_nouns=_set(raw["named_body_nouns"]),
        unions=_set(raw["unions"]),
        nationality_nouns=_set(raw["nationality_nouns"]),
        payment_verbs=_set(raw["payment_verbs"]),
        trade_descriptors=_set(raw["trade_descriptors"]),
        advising_verbs=_set(raw["advising_verbs"]),
        light_offer_verbs=_set(raw["light_offer_verbs"]),
        offer_nouns=_set(raw["offer_nouns"]),
        raising_verbs=_set(raw["raising_verbs"]),
        funding_verbs=_set(raw["funding_verbs"]),
        currency_nouns=_set(raw["currency_nouns"]),
        raised_nouns=_set(raw["raised_nouns"]),
        concession_verbs=_set(raw["concession_verbs"]),
        concession_nouns=_set(raw["concession_nouns"]),
        permitting_verbs=_set(raw["permitting_verbs"]),
        conceding_verbs=_set(raw["conceding_verbs"]),
        sector_words=_set(raw["sector_words"]),
        portfolio_words=_set(raw["portfolio_words"]) | _set(raw["sector_words"]),
        demand_verbs=_set(raw["demand_verbs"]),
        demand_adjectives=_set(raw["demand_adjectives"]),
        demand_verbs_needing_for=_set(raw["demand_verbs_needing_for"]),
        demand_verbs_taking_to=_set(raw["demand_verbs_taking_to"]),
        directive_demand_verbs=_set(raw["directive_demand_verbs"]),
        negating_verbs=_set(raw["negating_verbs"]),
        conditional_markers=_set(raw["conditional_markers"]),
        agencies=_set(raw["agencies"]),
        platforms=_set(raw["platforms"]),
        organizations={str(form): name for name, forms in raw["organizations"].items()
                       for form in [name, *(forms or [])]},
        not_actors=_set(raw["not_actors"]),
        places=places,
        metonyms=frozenset(metonyms),
        places_pattern=_alternation(places),
        organizations_pattern=_names_pattern(
            form for name, forms in raw["organizations"].items() for form in [name, *(forms or [])]
            if not str(form).startswith("the ")),
    )


def _inflections(verbs) -> frozenset[str]:
    """Regular forms of each verb: say → says, said is irregular; rage → rages, raged, raging."""
    forms = set()
    for verb in verbs:
        stem = verb[:-1] if verb.endswith("e") else verb
        forms |= {verb, verb + "s", verb + "es", stem + "ed", stem + "ing"}
        if verb.endswith("y"):
            forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    return frozenset(forms)


def _alternation(forms) -> re.Pattern:
    """Place forms as written in running text: capitalised (checked first, case-sensitively,
    so most positions fail at once), the rest of the word in any case."""
    ordered = sorted((f for f in forms if f[:1].isalpha()), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?-i:(?=[A-Z]))(?:" + "|".join(re.escape(f) for f in ordered)
                      + r")(?:’s|'s)?(?![\w-])", flags=re.I)


def _names_pattern(forms) -> re.Pattern:
    """Body names exactly as written (`NATO`, `Mercosur`), longest first, whole words."""
    ordered = sorted({str(f) for f in forms if str(f)[:1].isalnum()}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?=[A-Z0-9])(?:" + "|".join(re.escape(f) for f in ordered)
                      + r")(?![\w-])")
