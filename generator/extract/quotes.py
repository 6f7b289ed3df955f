"""Direct quotations and who said them.

For each quotation the *frame* is the text of its sentence outside quotation marks, before
(leading) and after (trailing) it. A reporting verb in the frame (`said`, `told`, `added`,
`according to` …) points at the speaker: the name after it (`said Park`), or the nearest name,
pronoun or role before it (`Peskov said`, `he added`, `the minister said`). Quotations without
a frame of their own inherit from the quotation they continue; anything else stays `unknown`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract.entities import (
    KIND_NAMES,
    LABOUR_BODIES,
    ORG_WORDS,
    SPOKESPEOPLE,
    EntityTable,
    Mention,
    described_as,
    is_role_word,
    role_before_comma,
    unnamed_government,
)
from generator.extract.parse import ParsedArticle
from generator.extract.segment import QuoteSpan
from generator.lexicon import Lexicon, slugify
from generator.model import UNKNOWN, Entity, Quote

_PREPOSITIONS = {"at", "of", "for", "with", "from", "in", "to", "by", "on", "against", "about"}
_SEGMENT_SPLIT = re.compile(r"[,;–—()]|\s-\s")
_ACCORDING = re.compile(r"\b(?:according to|in the words of)\b", re.I)
_FILLER = re.compile(  # `…, had warned`: words that carry no speaker
    r"^\s*(?:(?:had|has|have|also|then|later|earlier|previously|repeatedly|once|again|would|"
    r"will|never|already|has also|last week|on \w+day|yesterday|today|on \w+|reportedly|"
    r"allegedly|apparently|publicly|privately|recently|once again|last night)\s*)+$", re.I)
_TELL = re.compile(r"(?:told|tells|tell|telling)\b", re.I)  # who follows is the listener
# What a country or body speaks through: `its state media`, `its foreign ministry`.
_VOICES = frozenset({"media", "ministry", "government", "spokesman", "spokeswoman", "agency",
                     "newspaper", "television", "embassy", "military", "army"})
_AUXILIARIES = frozenset("has have had is was were are will would".split())
_AGE_ANAPHOR = re.compile(r"^\s*(?:the|The)\s+(?:\d{1,3}-year-old\b|(?:mother|father)-of-\w+\b|"
                          r"[A-Z][a-z]+(?:ard|man|woman|ian|ean|ese|ish|ine|i)\s*$)")
_PARTY_STATE = re.compile(r"^\s*[DRI]-[A-Z][A-Za-z.]*[.,]*\s*$")  # `Sen. Kim, D-Wash., said`
_DESCRIBING = frozenset("the a an his her its their previously formerly once now long one".split())
_RELATIVE_CLAUSE = re.compile(r"^\s*(?:who|which|whose|whom)\b")  # `X, who …, said`
_AGE_OR_HOME = re.compile(r"^\s*(?:\d{1,3}|(?:from|of) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)[.,]?\s*$")
# `Stacey Fowler, 38, from Crawley, said`: an age or a home town says nothing about who spoke
# `De Laurentiis, speaking at the launch, said`, `X, asked about the talks, said`: a participle
# describes the speaker named before it
_PARTICIPLE = re.compile(r"^\s*(?:[a-z]+ly\s+)?(?:[a-z]{3,}ing|asked|pressed|questioned|"
                         r"interviewed|quoted|based|headquartered|founded)\s+(?:at|to|on|in|"
                         r"from|about|after|before|"
                         r"during|for|with|outside|inside|by|through|over)\b")
# (not `managing director Simon Price`)
_OTHER_CLAUSE = re.compile(r"[,;]\s*(?:while|whereas|but|although|though|and|as|because)\s"
                           r"|;|\bwhile\b")
_INVERTED_SUBJECT = re.compile(  # `said Sen. Alex Padilla, …` → the name up to punctuation
    r"\s*(?:that\s+)?((?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Prof|Lt|Col|St|Sgt|Capt)\.\s+)?"
    r"[^,.;:!?\"“”]+)")
_NAMES_OF_THINGS = frozenset({"LAW", "EVENT", "PRODUCT", "WORK_OF_ART", "FAC", "LOC", "DATE",
                              "LANGUAGE"})
_FALLBACK_NAME = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})\b")
_FUNCTION_WORDS = {"The", "A", "An", "In", "On", "At", "But", "And", "As", "He", "She", "It",
                   "They", "This", "That", "According", "Earlier", "Later", "Then"}


# `a`, `one German official`, `another diplomat`: somebody the text does not name.
_INDEFINITE = frozenset({"a", "an", "one", "another"})
# Roles that speak for their body rather than study a field.
_VOICES_OF_A_BODY = frozenset("chair chairman chairwoman chairperson president spokesman "
                              "spokeswoman spokesperson leader convener organiser "
                              "organizer".split())
_SOURCES = frozenset({"source", "sources", "insider", "insiders"})

# Conjunctions that open the clause a speaker is named in; not part of the name or role.
_JOINING_WORDS = frozenset({"but", "and", "while", "whereas", "though", "although"})

# People who speak for someone: `Ryan's representative said` is not Ryan speaking.
_AGENTS = frozenset("representative representatives rep reps spokesman spokeswoman spokesperson "
                    "lawyer lawyers agent publicist friend friends source aide aides promoter "
                    "management manager trainer adviser advisor".split())


@dataclass(frozen=True)
class Attribution:
    speaker: str
    anchor: int  # offset of the words that named the speaker
    expert_hint: bool = False
    voice_of: str | None = None  # the body an unnamed spokesperson speaks for


@dataclass
class _State:
    """What earlier quotations resolved to, for pronouns and continuations."""

    speakers: list[tuple[QuoteSpan, Attribution]]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


class QuoteExtractor:
    def __init__(self, parsed: ParsedArticle, table: EntityTable, lex: Lexicon):
        self.parsed = parsed
        self.text = parsed.text
        self.table = table
        self.lex = lex

    # ── reporting verbs ────────────────────────────────────────────────────

    def _verbs(self, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of reporting verbs and `according to` in [start, end), not in quotes."""
        found = []
        for position, token in self.parsed.tokens(start, end):
            if self.parsed.in_quote(position):
                continue
            # a past form counts whatever its tag (`The 29-year-old fumed on Instagram:` is
            # tagged a noun)
            verbal = token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or (
                token.lower_.endswith("ed") and token.lower_ in self.lex.reporting_forms)
            speech = (token.lemma_.lower() in self.lex.reporting_verbs
                      or token.lower_ in self.lex.reporting_forms)
            if speech and verbal and not (token.dep_ == "amod" and token.i > 0 and token.doc[
                    token.i - 1].pos_ == "DET"):  # (not `a written guarantee`)
                found.append((position, position + len(token.text)))
        for match in _ACCORDING.finditer(self.text, start, end):
            if not self.parsed.in_quote(match.start()):
                found.append((match.start(), match.end()))
        return sorted(found)

    # ── speakers ───────────────────────────────────────────────────────────

    def _entity(self, entity_id: str) -> Entity:
        return self.table.entities[entity_id]

    def _mentions(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.table.in_range(start, end) if not self.parsed.in_quote(m.start)]

    def _person_before(self, offset: int, state: _State) -> Attribution | None:
        """Nearest earlier person: the last speaker, unless another person was named since."""
        earlier = [m for m in self.table.before(offset)
                   if m.kind == "person" and not self.parsed.in_quote(m.start)]
        paragraph = self.parsed.paragraph_at(offset)
        earlier = [m for m in earlier if paragraph - self.parsed.paragraph_at(m.start) <= 2]
        last_speaker = next(
            (a for _q, a in reversed(state.speakers)
             if a.speaker != UNKNOWN and self._is_person(a.speaker)
             and paragraph - self.parsed.paragraph_at(a.anchor) <= 2), None)
        last_mention = self._subject_of_sentence(earlier[-1], earlier) if earlier else None
        if last_mention is not None and self._inside_the_subjects_clause(last_mention):
            # `The 38-year-old, who played mechanic Gaz, posted …`: the subject, named before
            sentence = self.parsed.sentence_at(last_mention.start)
            return self._person_before(sentence.start, state)
        if last_speaker and (last_mention is None or last_mention.start <= last_speaker.anchor
                             or self._same_sentence(last_mention.start, last_speaker.anchor)):
            return Attribution(last_speaker.speaker, last_speaker.anchor)
        if last_mention and self._spoken_for(last_mention):
            return Attribution(UNKNOWN, last_mention.start)
        if last_mention:
            return Attribution(last_mention.entity_id, last_mention.start)
        return None

    def _spoken_for(self, mention: Mention) -> bool:
        """`A spokesman for Varley insisted …`: the sentence's subject is somebody unnamed who
        speaks for the person named, so the `he` that follows is not that person."""
        sentence = self.parsed.sentence_at(mention.start)
        if sentence is None or self._is_subject(mention) or \
                not self._speaks_for(sentence.start, mention):
            return False
        agent = self._agent_before(sentence.start, mention)
        token = self._token_at(sentence.start + agent.start(1))
        between = _words(self.text[sentence.start + agent.end(1):mention.start])
        return token is not None and token.dep_ in ("nsubj", "nsubjpass") and not any(
            w.islower() and is_role_word(w, self.lex) for w in between)  # (not `Friends of
        # Kettleby Library chair Margaret Oyelaran`, whose role the words give)

    def _inside_the_subjects_clause(self, mention: Mention) -> bool:
        """Whether the mention lies in a relative clause on a sentence subject that names
        nobody (`The 38-year-old, who played mechanic Gaz, …`)."""
        located = list(self.parsed.tokens(mention.start, mention.end))
        if not located or self._is_subject(mention):
            return False
        clause = next((a for a in located[-1][1].ancestors if a.dep_ == "relcl"), None)
        if clause is None or clause.head.dep_ != "nsubj" or clause.head.pos_ == "PROPN":
            return False
        first_at, first = located[0]
        head_at = first_at - first.idx + clause.head.idx
        return not any(m.start <= head_at < m.end for m in self.table.mentions)

    def _subject_of_sentence(self, last: Mention, earlier: list[Mention]) -> Mention:
        """Of the people named in the sentence of `last`, the one who is the subject: `Hart
        was full of praise for her striker Mbeki. "…," she said.` → Hart."""
        sentence = self.parsed.sentence_at(last.start)
        if sentence is None:
            return last
        same = [m for m in earlier if sentence.start <= m.start < sentence.end]
        subjects = [m for m in same if self._is_subject(m)]
        main = [m for m in subjects if self._is_subject(m, of_root=True)]
        if main and len(subjects) > 1:
            return main[0]  # `X says Red Bull must find more speed`: X, not Red Bull
        return subjects[-1] if subjects and not self._is_subject(last) else last

    def _is_subject(self, mention: Mention, of_root: bool = False) -> bool:
        """Whether the mention is a clause's subject (with `of_root`, the sentence's own)."""
        tokens = [t for _p, t in self.parsed.tokens(mention.start, mention.end)]
        if not tokens:
            return False
        root = tokens[-1]
        while root.head.i != root.i and any(root.head.i == t.i for t in tokens):
            root = root.head
        return root.dep_ in ("nsubj", "nsubjpass") and (not of_root or root.head.dep_ == "ROOT")

    def _body_before(self, offset: int, state: _State) -> Attribution | None:
        paragraph = self.parsed.paragraph_at(offset)
        for _q, attribution in reversed(state.speakers):
            if paragraph - self.parsed.paragraph_at(attribution.anchor) > 2:
                break
            if attribution.speaker != UNKNOWN and not self._is_person(attribution.speaker):
                return attribution
        return None

    def _it_opening(self, offset: int) -> Attribution | None:
        """`Rabat offers the territory autonomy. It says the plan is "…"`: `it` opening a
        sentence is the country or body the sentence before had as its subject."""
        opening = next(iter(self.parsed.tokens(offset, offset + 1)), None)
        if opening is None or opening[1].i != opening[1].sent.start:
            return None
        return self._body_subject_before(offset)

    def _it_subject(self, verb_start: int) -> Attribution | None:
        """`… from the Daily Clarion after it claimed he was "…"`, `Orvel said it would appeal.
        In a statement, it said …`: `it` as the reporting verb's subject is the nearest body
        named before it in the sentence, else the body the sentence before had as subject."""
        verb = self._token_at(verb_start)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
            if verb is not None else None
        if subject is None or subject.lower_ != "it" or verb.dep_ == "relcl":
            return None  # `the ambassador it recalled`: a clause about a thing, not a saying
        offset = verb_start - verb.idx
        sentence_start = offset + subject.sent.start_char
        at = offset + subject.idx
        bodies = [m for m in self._mentions(sentence_start, at)
                  if m.kind in ("country", "organization") and not self.parsed.in_quote(m.start)]
        if bodies:
            return Attribution(bodies[-1].entity_id, bodies[-1].start)
        return self._body_subject_before(sentence_start)

    def _body_subject_before(self, offset: int) -> Attribution | None:
        """The country or body that is the main subject of the sentence before `offset`."""
        found = self.parsed.subject_before(offset)
        if found is None:
            return None
        doc_offset, subject = found
        at = doc_offset + subject.idx
        mention = next((m for m in self.table.in_range(at, at + len(subject.text))
                        if m.kind in ("country", "organization")), None)
        return Attribution(mention.entity_id, offset) if mention is not None else None

    def _no_country_named(self, segment: str, mentions) -> bool:
        """`the Norwegian told reporters` names a person by nationality; `the Ukraine said`
        names a country."""
        word = segment.split()[-1]
        country = self.lex.country(word)
        return not mentions or (country is not None and country.lower() != word.lower()
                                and all(m.kind == "country" for m in mentions))

    def _introduced_since(self, noun: str, holder: str, offset: int) -> bool:
        """An unnamed `a/an … <noun>` after the holder was last named: `the official` is then
        that newcomer, whose name the text does not give."""
        earlier = self.table.before(offset)
        last = max((m.end for m in earlier if m.entity_id == holder), default=0)
        pattern = re.compile(rf"\b(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(noun)}s?\b", re.I)
        people_ends = {m.end for m in earlier if m.kind == "person"}
        return any(not self.parsed.in_quote(m.start()) and not self._appositive_to(
            m.start(), people_ends) for m in pattern.finditer(self.text, last, offset))

    def _appositive_to(self, start: int, people_ends: set[int]) -> bool:
        """`Rosa Parada, a Chilean official, …`: the phrase describes the name before it."""
        head = self.text[:start].rstrip()
        return head.endswith(",") and len(head) - 1 in people_ends

    def _country_of_its(self, offset: int, noun: str) -> str | None:
        """`Iran's foreign ministry rejected … "…," the ministry said`: the country whose
        ministry (or government) the text named before."""
        if noun not in self.lex.government_nouns:
            return None
        owned = list(re.finditer(rf"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s (?:[a-z]+ )?{noun}\b",
                                 self.text[:offset]))
        return next((m.entity_id for m in self.table.before(offset)
                     if m.kind == "country" and m.start == owned[-1].start(1)),
                    None) if owned else None

    def _body_named_before(self, offset: int, noun: str = "",
                           kinds: tuple[str, ...] = ("organization",)) -> str | None:
        """`the alliance said` → the organisation named most recently (within two paragraphs),
        one whose name has the noun or that the text calls so first (`the firm said` after
        `private equity firm Blackridge Partners` and a mention of its target); `the court said`
        only a body whose name says it is a court, `the union said` never the employer."""
        paragraph = self.parsed.paragraph_at(offset)
        recent = []
        for mention in reversed(self.table.before(offset)):
            if paragraph - self.parsed.paragraph_at(mention.start) > 2:
                break
            if mention.kind in kinds:
                recent.append(mention)
        names = {m.entity_id: self._entity(m.entity_id).name for m in recent}
        if noun:  # (to the sentence's end: `Unite, the plant's main union, called …`)
            sentence = self.parsed.sentence_at(offset)
            earlier = self.text[:sentence.end if sentence is not None else offset]
            kinds = KIND_NAMES.get(noun, {noun})
            called = next((m for m in recent if kinds & set(names[m.entity_id].lower().split())
                           or noun in described_as(names[m.entity_id], earlier)), None)
            if called is not None:
                return called.entity_id
        return next((m.entity_id for m in recent if (noun not in self.lex.named_body_nouns
                                                     and noun not in LABOUR_BODIES)
                     or noun in names[m.entity_id].lower().split()), None)

    def _is_person(self, entity_id: str) -> bool:
        return entity_id in self.table.entities and self._entity(entity_id).kind == "person"

    def _same_sentence(self, a: int, b: int) -> bool:
        sentence = self.parsed.sentence_at(a)
        return sentence is not None and sentence.start <= b < sentence.end

    def _fallback_person(self, start: int, end: int) -> Attribution | None:
        """A capitalised name the NER missed, in an attribution phrase: a surname of a person
        already named (`Brandt replied`), or a new full name."""
        for match in re.finditer(r"\b[A-Z][\w'’-]+\b", self.text[start:end]):
            word = match.group(0)
            known = [e for e in self.table.entities.values()
                     if e.kind == "person" and word in e.name.split()[1:]]
            if len(known) == 1 and word not in _FUNCTION_WORDS:
                return Attribution(known[0].id, start + match.start())
        for match in _FALLBACK_NAME.finditer(self.text, start, end):
            if any(m.start <= match.start() < m.end for m in self.table.before(match.end())):
                continue  # (`Rural Affairs` of the Department for Environment, Food and …)
            name = self.lex.strip_honorifics(match.group(1))
            first = name.split()[0]
            if first in _FUNCTION_WORDS or name in self.lex.not_actors or self.lex.country(name):
                continue
            if any(w.lower() in self.lex.role_nouns for w in name.split()) or (
                    set(name.split()) & ORG_WORDS):
                continue
            if len(name.split()) < 2 or any(
                    t.ent_type_ in _NAMES_OF_THINGS for _o, t in self.parsed.tokens(
                        match.start(), match.end())):
                continue  # (`… broke the Digital Markets Act, said …`: a law)
            entity_id = slugify(name)
            if entity_id not in self.table.entities:
                role = role_before_comma(self.text, match.start(), self.lex)
                body = next((m.entity_id for m in self.table.in_range(role[1], role[2])
                             if m.kind != "person"), None) if role else None
                self.table.entities[entity_id] = Entity(  # (`Peru's fisheries minister`: Peru)
                    id=entity_id, name=name, kind="person", role=role[0] if role else None,
                    affiliation=body)
            return Attribution(entity_id, match.start())
        return None

    def _resolve_segment(self, start: int, end: int, state: _State) -> Attribution | str | None:
        """An attribution, "continue" (a role phrase; the name may be further out) or None."""
        segment = self.text[start:end]
        if not segment.strip() or _FILLER.match(segment) or _PARTY_STATE.match(segment) or \
                _RELATIVE_CLAUSE.match(segment) or _AGE_OR_HOME.match(segment) or \
                _PARTICIPLE.match(segment):
            return "continue"
        if self._describes_name_before(start, end):
            return "continue"
        mentions = self._mentions(start, end)
        persons = [m for m in mentions if m.kind == "person" and not self._after_preposition(
            start, m)]
        head = self.text[:start].rstrip()
        if persons and head.endswith(",") and re.match(
                r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[\s,]*$",
                self.text[persons[-1].end:end]) and any(
                m.kind == "person" and m.end == len(head) - 1
                for m in self.table.before(len(head))):
            return "continue"  # `Eddie Hearn, Joshua's promoter, said`: the name before
        if persons and self._their_agent(persons[-1], end):
            return Attribution(UNKNOWN, start)  # `Ryan's representative said`: not Ryan
        if persons and self._speaks_for(start, persons[-1]):
            return Attribution(UNKNOWN, start)  # `A spokesman for Prime Minister Benjamin
            # Netanyahu said`: somebody speaking for him, unnamed
        if persons:
            return Attribution(persons[-1].entity_id, persons[-1].start)
        words = _words(segment)
        joined = bool(words) and words[0].lower() in _JOINING_WORDS
        if joined:
            words = words[1:]  # `…, but a source close to the manager said:`: a new clause
        lower = [w.lower() for w in words]
        nationality = len(lower) == 2 and lower[0] == "the" and words[1] in \
            self.lex.nationality_nouns
        aged = lower[:1] == ["the"] and not persons and re.match(r",?\s*\d{1,3},", self.text[end:])
        if (_AGE_ANAPHOR.search(segment) or nationality or aged) and self._no_country_named(
                segment, mentions):
            # `the 52-year-old told The Sun`, `the Spaniard said`, `The Liverpool fighter,
            # 31, says`: a person named before
            return self._person_before(start, state) or Attribution(UNKNOWN, start)
        if len(lower) >= 2 and lower[0] in ("his", "her", "their") and lower[1] not in \
                self.lex.person_pronouns:
            return Attribution(UNKNOWN, start)  # `her sister told fans`: somebody unnamed
        if set(lower[:4]) & _SOURCES:
            return Attribution(UNKNOWN, start)  # `A Chelsea source said`: somebody unnamed
        opening = next((m for m in mentions if m.kind in ("country", "organization")
                        and self.text[start:m.start].strip().lower() in ("", "the")), None)
        for pronoun in lower:
            if pronoun in self.lex.person_pronouns:
                return self._person_before(start, state) or Attribution(UNKNOWN, start)
            if pronoun in self.lex.thing_pronouns and opening is not None:
                # `Salford City Council said it had written to the firm urging it to "…"`
                return Attribution(opening.entity_id, opening.start)
            if pronoun in self.lex.thing_pronouns:
                return self._body_before(start, state) or self._it_opening(
                    start) or Attribution(UNKNOWN, start)
        role_words = [w for w in lower if is_role_word(w, self.lex)]
        absolute = lower[:1] == ["with"]  # `…, with the bloc's envoy saying the sides …`
        if absolute:
            words, lower = words[1:], lower[1:]
        definite_role = bool(role_words) and lower[:1] in (["the"], ["this"], ["that"]) and \
            len(words) <= 5
        if definite_role:
            # `the French president said`: the person holding that role, named earlier
            holder = self.table.role_holder(role_words[-1], start) or (
                None if absolute else self.table.only_person_before(start, self.parsed.in_quote))
            if holder and self._introduced_since(role_words[-1], holder, start):
                return Attribution(UNKNOWN, start)  # `a Saudi official said …` `the official`
            if holder:
                return Attribution(holder, start)
            if absolute:  # the one later given that role (`EU envoy Peter Sorensen said`), if
                later = {m.entity_id for m in self.table.mentions
                         if m.start >= end and self.table.holds_role(m.entity_id, role_words[-1])}
                return Attribution(later.pop() if len(later) == 1 else UNKNOWN, start)  # one
            if any(self._qualifies_a_person(m) for m in mentions):
                # `the Dutch athlete said`: a person of that country named before, not it
                return self._person_before(start, state) or Attribution(UNKNOWN, start)
        # `X, a spokesman, …` describes X; `…, a Ukrainian official said` is a new speaker
        appositive = self.text[:start].rstrip().endswith((",", "(", "–", "—")) and not \
            self._verbs(start, end) and not joined
        if role_words and lower[0] in _INDEFINITE and not appositive:
            # `A Downing Street spokeswoman said`: somebody unnamed, not the body itself
            return Attribution(UNKNOWN, start,
                               expert_hint=any(w in self.lex.expert_nouns for w in role_words),
                               voice_of=_voice_of(role_words, mentions))
        if appositive and mentions and re.match(r"['’]s\s+\w", self.text[mentions[0].end:]):
            return "continue"  # `China, Pakistan's closest ally, urged`: it describes China
        for mention in mentions:
            if mention.kind == "person" or self._after_preposition(start, mention) or \
                    self._qualifies_a_body(mention) or self._owns_a_body(mention, mentions):
                continue
            if role_words and re.search(r"['’]s", self.text[mention.end - 2:mention.end + 2]):
                continue  # `Egypt's former foreign minister`: a role, the name is elsewhere
            return Attribution(mention.entity_id, mention.start)
        fallback = None if mentions else self._fallback_person(start, end)
        if fallback:
            return fallback
        ministry = None if mentions else next(
            ((o - t.idx, t) for o, t in self.parsed.tokens(start, end)
             if t.lower_ in self.lex.government_nouns and t.dep_ != "pobj"),
            None)  # not `head of the port authority`
        unnamed = unnamed_government(ministry[1], self.parsed, self.table, ministry[0],
                                     self.lex) if ministry else None
        if unnamed is not None:  # `the defense ministry said`, of a country it does not name
            return Attribution(unnamed, start)
        body = next((w for w in lower if w in self.lex.body_nouns or (
            w in self.lex.government_nouns and len(lower) == 2)), None)  # `the department said`
        bare = lower[2:] if lower[:2] == ["in", "what"] else lower[1:] if lower[:1] in (
            ["what"], ["which"]) else lower  # `in what the company called its "…" offer`
        if body and bare and bare[0] in ("the", "its") and len(bare) <= 4:
            holder = self._body_named_before(start, body) or self._country_of_its(start, body) \
                or (self.table.only_union() if body in LABOUR_BODIES else None)
            return Attribution(holder, start) if holder else Attribution(UNKNOWN, start)
        voice = [w for w in lower if w not in _AUXILIARIES]
        if voice and voice[0] == "its" and len(voice) <= 3 and voice[-1] in _VOICES:
            # `Its state media has called …`: the country or body named just before
            holder = self._body_named_before(start, kinds=("organization", "country"))
            return Attribution(holder, start) if holder else Attribution(UNKNOWN, start)
        if role_words:
            expert = any(w in self.lex.expert_nouns for w in role_words)
            if definite_role:  # nobody holds that role: never guess
                return Attribution(UNKNOWN, start, expert_hint=expert)
            return "continue" if len(words) > 1 else Attribution(UNKNOWN, start, expert)
        expert = any(w.rstrip("s") in self.lex.expert_nouns for w in lower)
        return Attribution(UNKNOWN, start, expert_hint=expert)

    def _describes_name_before(self, start: int, end: int) -> bool:
        """`Kim Yo-jong, the powerful sister of leader Kim Jong-un, said`, `the United States,
        previously the largest donor, said`: a phrase set off by commas right after a name,
        opening with an article or an adverb of time, describes that name."""
        head = self.text[:start].rstrip()
        first = re.match(r"\s*([A-Za-z]+)", self.text[start:end])
        if not head.endswith(",") or first is None or first.group(1).lower() not in \
                _DESCRIBING or self._verbs(start, end):
            return False
        name = next((m for m in self.table.before(len(head)) if m.end == len(head) - 1), None)
        last = self._last_token(name) if name is not None else None
        return last is not None and last.dep_ in ("nsubj", "nsubjpass")  # the name speaks

    def _last_token(self, mention: Mention):
        """The mention's last token (its head in a name), else None."""
        return ([t for _o, t in self.parsed.tokens(mention.start, mention.end)] or [None])[-1]

    def _qualified(self, mention: Mention):
        """The noun a country's name or nationality qualifies (`firm` in `The US private
        equity firm`), else None."""
        last = self._last_token(mention)
        return last.head if mention.kind == "country" and last is not None and \
            last.dep_ in ("nmod", "compound", "amod") else None

    def _qualifies_a_body(self, mention: Mention) -> bool:
        """`The US private equity firm said`: a country that says what kind of body spoke
        did not speak itself (its `state media` or `foreign ministry` speak for it)."""
        noun = self._qualified(mention)
        return noun is not None and noun.pos_ == "NOUN" and \
            noun.lemma_.lower() in self.lex.body_nouns and noun.lemma_.lower() not in _VOICES

    def _owns_a_body(self, mention: Mention, mentions: list[Mention]) -> bool:
        """`Ireland's Data Protection Commission said`: the body speaks, not its country (but
        `Israel's Foreign Ministry` is Israel's own voice)."""
        return mention.kind == "country" and any(
            other.kind == "organization" and other.start > mention.start
            and re.fullmatch(r"(?:['’]s)?\s*", self.text[mention.end:other.start])
            and self.text[mention.start:other.start].rstrip().endswith(("'s", "’s"))
            and not {w.lower() for w in self._entity(other.entity_id).name.split()} & _VOICES
            for other in mentions)

    def _qualifies_a_person(self, mention: Mention) -> bool:
        """`the Dutch athlete`: a nationality that says what kind of person is meant."""
        noun = self._qualified(mention)
        return noun is not None and is_role_word(noun.lower_, self.lex)

    def _speaks_for(self, start: int, mention: Mention) -> bool:
        """`a spokesman for Prime Minister X`, `lawyers for X`: the words before the name say
        that somebody else speaks for that person."""
        agent = self._agent_before(start, mention)
        return agent is not None and agent.group(1).lower() in _AGENTS

    def _agent_before(self, start: int, mention: Mention):
        """The word before `for`, `of` or `to` that leads up to the name (`spokesman` of `a
        spokesman for Prime Minister X`), as a match in the text from `start`; else None."""
        return re.search(r"\b(\w+) (?:for|of|to) (?:[\w.]+ ){0,4}$",
                         self.text[start:mention.start])

    def _their_agent(self, mention: Mention, end: int) -> bool:
        """`Ryan's representative said`: somebody speaking for the person, not the person."""
        after = re.match(r"['’]s\s+(\w+)", self.text[mention.end:end])
        return bool(after) and after.group(1).lower() in _AGENTS

    def _after_preposition(self, start: int, mention: Mention) -> bool:
        """`a leader of the CGSP union`: the body after `of (the)` is not the speaker."""
        before = [w.lower() for w in _words(self.text[max(start, mention.start - 20):
                                                          mention.start])]
        while before and before[-1] in ("the", "a", "an"):
            before.pop()
        return bool(before) and before[-1] in _PREPOSITIONS

    def _subject_before(self, start: int, verb: int, state: _State) -> Attribution | None:
        bounds = [start] + [start + m.end() for m in _SEGMENT_SPLIT.finditer(
            self.text[start:verb])] + [verb]
        segments = list(zip(bounds[:-1], bounds[1:], strict=True))[::-1]
        for index, (seg_start, seg_end) in enumerate(segments[:4]):
            result = self._resolve_segment(seg_start, seg_end, state)
            if isinstance(result, Attribution):
                if result.speaker != UNKNOWN and not self._is_person(result.speaker) and \
                        self._indefinite_role(segments[index + 1:index + 3]):
                    # `A spokesperson for the producer, Glasshouse TV, said`: somebody unnamed
                    return Attribution(UNKNOWN, seg_start)
                return result
        return None

    def _indefinite_role(self, segments) -> bool:
        for seg_start, seg_end in segments:
            lower = [w.lower() for w in _words(self.text[seg_start:seg_end])]
            if lower and lower[0] in _INDEFINITE and any(
                    is_role_word(w, self.lex) for w in lower[1:4]):
                return True
        return False

    def _subject_after(self, verb_end: int, end: int, state: _State) -> Attribution | None:
        match = _INVERTED_SUBJECT.match(self.text[verb_end:end])
        if not match:
            return None
        seg_start = verb_end + match.start(1)
        result = self._resolve_segment(seg_start, verb_end + match.end(1), state)
        rest = self.text[verb_end + match.end(1):end]
        unnamed = isinstance(result, Attribution) and result.speaker == UNKNOWN
        role = any(is_role_word(w, self.lex) for w in _words(
            self.text[seg_start:verb_end + match.end(1)]))
        if (result == "continue" or unnamed or role) and rest.startswith(","):
            # `said Colombia's environment minister, Irene Velez`, `said the group's chair,
            # Janet Moss`: the name after the role, not whoever held such a role before
            after = _INVERTED_SUBJECT.match(rest, len(rest) - len(rest.lstrip(",")))
            if after:
                name_start = verb_end + match.end(1) + after.start(1)
                name_end = name_start + len(after.group(1))
                mentions = self._mentions(name_start, name_end)
                persons = [m for m in mentions if m.kind == "person"]
                if persons:
                    return Attribution(persons[0].entity_id, persons[0].start)
                if not mentions and _FALLBACK_NAME.fullmatch(after.group(1).strip()) and (
                        named := self._fallback_person(name_start, name_end)):
                    return named  # `said its policy director, Helen Okafor`, the name
                    # tagged a place: a person all the same, in that slot
        return result if isinstance(result, Attribution) else None

    def _attribute_frame(self, start: int, end: int, leading: bool,
                         state: _State) -> Attribution | None:
        verbs = self._verbs(start, end)
        if not leading:  # `"a step forward" but that Hungary still wanted …`: wanting what
            # follows does not say the words before (`The union wants X to remain "…"` does)
            verbs = [v for v in verbs if not self.text[v[0]:v[1]].lower().startswith("want")]
        if not verbs:
            return None
        finite = [v for v in verbs if self.text[max(0, v[0] - 3):v[0]] != "to "]
        verbs = finite or verbs  # `asked Pyongyang to respond "…"`: the asking reports
        verb_start, verb_end = verbs[-1] if leading else verbs[0]
        if _ACCORDING.match(self.text, verb_start):
            return self._subject_after(verb_end, end, state) or Attribution(UNKNOWN, verb_start)
        before = self.text[start:verb_start]
        if not leading and not re.search(r"\w", before):
            return self._subject_after(verb_end, end, state) or Attribution(UNKNOWN, verb_start)
        subject = (self._governing_subject(verb_start) if self._participle(verb_start)
                   else None) or self._relative_subject(verb_start) or \
            self._it_subject(verb_start) or self._subject_before(start, verb_start, state)
        if subject is None and not _TELL.match(self.text, verb_start):
            subject = self._subject_after(verb_end, end, state)  # not `told the parliament`
        if subject is None or subject.speaker == UNKNOWN:
            subject = self._governing_subject(verb_start) or subject
        if leading and len(verbs) > 1 and (subject is None or subject.speaker == UNKNOWN) and \
                self._reported_act(verb_start, verbs[-2][0]):
            # `Its president, Son Woo-mok, said members would reject "…"`: the one who said it
            outer = self._subject_before(start, verbs[-2][0], state)
            if outer is not None and outer.speaker != UNKNOWN:
                return outer
        return subject or Attribution(UNKNOWN, verb_start)

    def _reported_act(self, inner: int, outer: int) -> bool:
        """The verb at `inner` has a subject of its own and stands in what the verb at `outer`
        reports (`said members would reject`)."""
        verb, reporting = self._token_at(inner), self._token_at(outer)
        return verb is not None and reporting is not None and any(
            c.dep_ == "nsubj" for c in verb.children) and any(
            a.i == reporting.i and a.doc is reporting.doc for a in verb.ancestors)

    def _token_at(self, offset: int):
        return next((t for _p, t in self.parsed.tokens(offset, offset + 1)), None)

    def _participle(self, verb_start: int) -> bool:
        """`has rejected the proposal from Seven & i, saying it "…"`: the clause's subject
        speaks, not the name nearest the participle."""
        verb = self._token_at(verb_start)
        return verb is not None and verb.tag_ == "VBG" and verb.dep_ == "advcl" and \
            verb.i > 0 and verb.doc[verb.i - 1].text == ","

    def _relative_subject(self, verb_start: int) -> Attribution | None:
        """`two Marines whose detention the State Department describes as "wrongful"`: a verb
        in a relative clause is said by that clause's own subject, not the sentence's."""
        verb = self._token_at(verb_start)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
            if verb is not None and verb.dep_ == "relcl" else None
        if subject is None:
            return None
        offset = verb_start - verb.idx
        at = offset + subject.idx
        named = [m for m in self._mentions(offset + subject.left_edge.idx, at + len(subject))
                 if m.start <= at < m.end]
        return Attribution(named[0].entity_id, named[0].start) if named else None

    def _governing_subject(self, verb_start: int) -> Attribution | None:
        """`Milei met Xi, a year after calling China's government "assassins"`: a verb with no
        subject of its own (a participle, or one joined to another verb by `and`) takes the
        subject of the clause it hangs from."""
        verb = self._token_at(verb_start)
        if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        if verb.tag_ not in ("VBG", "VBN") and verb.dep_ != "conj":
            return None  # `X said … and called on Pakistan to reopen it "without conditions"`
        offset = verb_start - verb.idx
        for ancestor in verb.ancestors:
            subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            tokens = _core(subject)
            start = offset + tokens[0].idx
            end = offset + tokens[-1].idx + len(tokens[-1].text)
            if subject.lower_ in _AGENTS and any(
                    c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("for", "of", "to"))
                    for c in subject.children):
                return Attribution(UNKNOWN, start)  # `Ramsay's lawyers have offered …,
                # saying …`, `A spokesman for Netanyahu said … and …`: unnamed
            persons = [m for m in self._mentions(start, end) if m.kind == "person"]
            at = offset + subject.idx  # `Kim Yo-jong, the sister of Kim Jong-un,`: the subject
            persons = [m for m in persons if m.start <= at < m.end] or persons
            if persons:
                return Attribution(persons[-1].entity_id, persons[-1].start)
            unnamed = unnamed_government(subject, self.parsed, self.table, offset, self.lex)
            if unnamed is not None:  # `The ministry said it had … and asked Pyongyang to …`
                return Attribution(unnamed, start)
            named = [m for m in self._mentions(start, end)
                     if m.kind in ("country", "organization")]
            if verb.tag_ == "VBG" and named and (
                    subject.lower_ in self.lex.body_nouns or any(
                        m.start <= at < m.end for m in named)):
                # `The board of Holland & Barrow … has rejected …, saying`: the body
                return Attribution(next((m.entity_id for m in named if m.start <= at < m.end),
                                        next((m.entity_id for m in named
                                              if m.kind == "organization"),
                                             named[0].entity_id)), start)
            if not named and subject.lemma_.lower() in self.lex.body_nouns and any(
                    c.lower_ == "the" for c in subject.children) and (
                    holder := self._body_named_before(start, subject.lemma_.lower())):
                return Attribution(holder, start)  # `The company has offered …, but said …`
            if verb.dep_ == "conj" and ancestor.i == verb.head.i and ancestor.dep_ == "ROOT" \
                    and verb.lemma_.lower() in self.lex.reporting_verbs and \
                    ancestor.lemma_.lower() not in self.lex.reporting_verbs and (
                    own := next((m for m in named if m.start <= at < m.end), None)):
                # `Google has offered publishers …, but said opting out would "break search"`
                return Attribution(own.entity_id, own.start)
            if verb.dep_ == "conj" and ancestor.i == verb.head.i and all(
                    v.lemma_.lower() in self.lex.reporting_verbs for v in (verb, ancestor)) and (
                    bodies := [m for m in self._mentions(start, end)
                               if m.kind in ("country", "organization") and (
                                   m.start <= at < m.end
                                   or (m.start == start and subject.lower_ in _VOICES))]):
                # `China's foreign ministry urged Manila to "…" and said it would …`
                return Attribution(bodies[0].entity_id, bodies[0].start)
            if verb.dep_ != "conj" or ancestor.dep_ == "ROOT":
                return None  # a joined verb the parser hung on the reported clause: climb on
        return None

    # ── quotations ─────────────────────────────────────────────────────────

    def _frames(self, quote: QuoteSpan) -> tuple[tuple[int, int], tuple[int, int]]:
        sentence = self.parsed.sentence_at(quote.start)
        s_start, s_end = (sentence.start, sentence.end) if sentence else (quote.start, quote.end)
        same = [q for q in self.parsed.quotes if s_start <= q.start < s_end]
        index = same.index(quote)
        lead_start = same[index - 1].end + 1 if index > 0 else s_start
        trail_end = same[index + 1].start - 1 if index + 1 < len(same) else s_end
        return (lead_start, max(lead_start, quote.start - 1)), (min(quote.end + 1, trail_end),
                                                               trail_end)

    def _explicit(self, quote: QuoteSpan, state: _State) -> Attribution | None:
        (l_start, l_end), (t_start, t_end) = self._frames(quote)
        leading_text = self.text[l_start:l_end]
        lead_verbs = self._verbs(l_start, l_end)
        close_lead = bool(lead_verbs) and (
            leading_text.rstrip().endswith(":")
            or len(_words(self.text[lead_verbs[-1][1]:l_end])) <= 4
        )
        if close_lead:
            return self._attribute_frame(l_start, l_end, True, state)
        trailing = None
        trail_verbs = self._verbs(t_start, t_end)
        if trail_verbs and not _OTHER_CLAUSE.search(self.text[t_start:trail_verbs[0][0]]):
            trailing = self._attribute_frame(t_start, t_end, False, state)
        if trailing and (trailing.speaker != UNKNOWN or not lead_verbs):
            return trailing
        dash = re.match(r"\s*[.,]?\s*[-–—]\s*(?=[A-Z])", self.text[t_start:t_end])
        if dash:
            comma = self.text.find(",", t_start + dash.end(), t_end)
            named = self._resolve_segment(t_start + dash.end(), comma if comma > 0 else t_end,
                                          state)
            if isinstance(named, Attribution) and named.speaker != UNKNOWN:
                return named
        if lead_verbs:
            return self._attribute_frame(l_start, l_end, True, state)
        return self._label(l_start, l_end)

    def _label(self, start: int, end: int) -> Attribution | None:
        """`Trade chief Tom Lee: "…"`, a headline's `Chile's mining minister: "…"`: a short
        noun phrase and a colon, no verb, before the quotation names its speaker — the person
        it names, or the one person the article gives that role; else None."""
        frame = self.text[start:end].strip()
        if not frame.endswith(":") or len(_words(frame)) > 6 or any(
                t.pos_ in ("VERB", "AUX") for _o, t in self.parsed.tokens(start, end)):
            return None
        mentions = self._mentions(start, end)
        persons = [m for m in mentions if m.kind == "person"]
        if persons:
            return Attribution(persons[-1].entity_id, persons[-1].start)
        roles = [w.lower() for w in _words(frame) if is_role_word(w.lower(), self.lex)]
        if roles:
            holders = {e.id for e in self.table.entities.values()
                       if self.table.holds_role(e.id, roles[-1])}
            return Attribution(holders.pop() if len(holders) == 1 else UNKNOWN, start)
        if len(mentions) == 1 and mentions[0].end >= end - 2:
            return Attribution(mentions[0].entity_id, mentions[0].start)  # `Kremlin: "…"`
        return None

    def _bare(self, quote: QuoteSpan) -> bool:
        """The quotation is its sentence: nothing but punctuation outside its marks."""
        sentence = self.parsed.sentence_at(quote.start)
        if sentence is None:
            return True
        outside = self.text[sentence.start:quote.start] + self.text[quote.end:sentence.end]
        others = [q for q in self.parsed.quotes
                  if sentence.start <= q.start < sentence.end and q is not quote]
        for other in others:
            outside = outside.replace(self.text[other.start:other.end], "")
        return not re.search(r"\w", outside)

    def _inherited(self, quote: QuoteSpan, state: _State) -> Attribution | None:
        sentence = self.parsed.sentence_at(quote.start)
        previous = state.speakers[-1] if state.speakers else None
        if previous and sentence and sentence.start <= previous[0].start:
            return previous[1]
        if sentence:
            later = [q for q in self.parsed.quotes
                     if sentence.start <= q.start < sentence.end and q.start > quote.start]
            for other in later:
                found = self._explicit(other, state)
                if found and found.speaker != UNKNOWN:
                    return found
        if self._bare(quote):
            if previous is not None:
                prev_quote, prev_attr = previous
                if prev_quote.paragraph == quote.paragraph:
                    return prev_attr
                if prev_quote.paragraph == quote.paragraph - 1 and (
                        prev_quote.open_end or self._ends_paragraph(prev_quote)):
                    return prev_attr
            colon = self._colon_intro(quote, state)
            if colon:
                return colon
        return self._next_sentence(quote, state)

    def _ends_paragraph(self, quote: QuoteSpan) -> bool:
        para = self.parsed.paras[quote.paragraph]
        last = [s for s in self.parsed.sentences if s.paragraph == quote.paragraph][-1:]
        return bool(last) and last[0].start <= quote.start and para.end >= quote.end

    def _colon_intro(self, quote: QuoteSpan, state: _State) -> Attribution | None:
        if quote.paragraph == 0:
            return None
        para = self.parsed.paras[quote.paragraph - 1]
        if not self.text[para.start:para.end].rstrip().endswith(":"):
            return None
        last = [s for s in self.parsed.sentences if s.paragraph == quote.paragraph - 1][-1]
        found = self._attribute_frame(last.start, last.end, True, state)
        if found is None:
            # `The spokesman, Daniel Okafor, read a statement:` — the sentence's first actor
            mentions = self._mentions(last.start, last.end)
            persons = [m for m in mentions if m.kind == "person"] or mentions
            if persons:
                found = Attribution(persons[0].entity_id, persons[0].start)
        return found

    def _next_sentence(self, quote: QuoteSpan, state: _State) -> Attribution | None:
        """`"…." Peskov said.` — a short attribution sentence right after the quotation."""
        sentence = self.parsed.sentence_at(quote.start)
        if sentence is None:
            return None
        following = [s for s in self.parsed.sentences
                     if s.start >= sentence.end and s.paragraph == sentence.paragraph][:1]
        if not following:
            return None
        nxt = following[0]
        body = self.text[nxt.start:nxt.end]
        if len(_words(body)) > 10 or any(nxt.start <= q.start < nxt.end
                                         for q in self.parsed.quotes):
            return None
        return self._attribute_frame(nxt.start, nxt.end, False, state)

    def _labelled(self, quote: QuoteSpan) -> Attribution:
        """A transcript turn: the person whose name (or surname) the label spells."""
        label = quote.label.lower()
        if label in ("a", "answer"):  # an interview: the person it introduces answers
            first = next((m for m in self.table.mentions
                          if m.kind == "person" and not self.parsed.in_quote(m.start)), None)
            return Attribution(first.entity_id, first.start) if first else \
                Attribution(UNKNOWN, quote.start)
        people = [e for e in self.table.entities.values() if e.kind == "person" and (
            e.name.lower() == label or label in e.name.lower().split()
            or e.name.lower().endswith(" " + label))]  # `VON DER LEYEN:`
        if len(people) == 1:
            return Attribution(people[0].id, quote.start - len(quote.label) - 2)
        return Attribution(UNKNOWN, quote.start)

    def _a_name_in_marks(self, quote: QuoteSpan, words: list[str]) -> bool:
        """`equal access to the "Buy Box" that appears on product pages`: a name set in
        quotation marks after `the`, not words somebody said."""
        return all(w[:1].isupper() for w in words) and bool(re.search(
            r"\bthe\s*[\"'“‘]$", self.text[max(0, quote.start - 6):quote.start]))

    def _scare_quote(self, quote: QuoteSpan) -> bool:
        before = self.text[max(0, quote.start - 25):quote.start - 1].lower()
        return any(re.search(rf"\b{re.escape(cue)}\s*$", before)
                   for cue in self.lex.scare_quote_cues)

    def _expert(self, attribution: Attribution) -> bool:
        if attribution.speaker == UNKNOWN or attribution.speaker not in self.table.entities:
            return attribution.expert_hint
        entity = self._entity(attribution.speaker)
        if entity.kind != "person":
            return False
        role_words = {w.lower() for w in _words(entity.role or "")}
        if role_words & self.lex.expert_nouns:
            return True
        affiliation = self.table.entities.get(entity.affiliation or "")
        if affiliation and affiliation.kind == "organization" and set(
                affiliation.name.split()) & self.lex.expert_affiliation_words and not \
                role_words & _VOICES_OF_A_BODY:
            return True  # (not `the chairman of the Digital Taxi Forum`, who speaks for it)
        return attribution.expert_hint

    def extract(self) -> list[Quote]:
        state = _State([])
        quotes: list[Quote] = []
        found: list[tuple[QuoteSpan, str, Attribution]] = []
        for quote in self.parsed.quotes:
            raw = self.text[quote.start:quote.end]
            content = raw.strip().rstrip(",").strip()
            words = _words(content)
            if quote.label:
                attribution = self._labelled(quote)
            else:
                attribution = self._explicit(quote, state) or self._inherited(quote, state)
            short = len(words) < 4
            if short and (self._scare_quote(quote) or attribution is None
                          or self._a_name_in_marks(quote, words)):
                continue
            if attribution is None:
                attribution = Attribution(UNKNOWN, quote.start)
            state.speakers.append((quote, attribution))
            found.append((quote, content, attribution))
        for index, (quote, content, attribution) in enumerate(found):
            if attribution.speaker == UNKNOWN and index + 1 < len(found):
                attribution = self._continued(quote, found[index + 1]) or attribution
            quotes.append(Quote(text=content, speaker=attribution.speaker,
                                expert=self._expert(attribution), start=quote.start,
                                voice_of=attribution.voice_of))
        return quotes

    def _continued(self, quote: QuoteSpan, following) -> Attribution | None:
        """A quotation running over paragraphs (`"…` with no closing mark, then `"…," Moedas
        said.`) is one speaker's: the first part takes the speaker named for the last."""
        nxt, _content, attribution = following
        if not quote.open_end or nxt.paragraph != quote.paragraph + 1:
            return None
        para = self.parsed.paras[nxt.paragraph]
        if re.search(r"\w", self.text[para.start:nxt.start]):
            return None
        return attribution if attribution.speaker != UNKNOWN else None


def _core(phrase) -> list:
    """A noun phrase's tokens without the relative clauses that describe it: `The
    watchdog` in `The watchdog, which leads on Meta's regulation, …`."""
    described = {t.i for c in phrase.children if c.dep_ == "relcl"
                 for t in c.subtree}
    kept = [t for t in phrase.subtree if t.i not in described and not t.is_punct]
    return kept or [phrase]


_VOICES_FOR_A_BODY = SPOKESPEOPLE | {"official"}


def _voice_of(role_words: list[str], mentions: list[Mention]) -> str | None:
    """`A Channel 5 spokesperson said: "We have offered …"`: the one body or country an
    unnamed spokesperson or official is said to speak for, whose offers and demands their
    `we` makes; else None."""
    bodies = {m.entity_id for m in mentions if m.kind in ("organization", "country")}
    return bodies.pop() if len(bodies) == 1 and set(role_words) & _VOICES_FOR_A_BODY else None


def extract_quotes(parsed: ParsedArticle, table: EntityTable, lex: Lexicon) -> list[Quote]:
    return QuoteExtractor(parsed, table, lex).extract()
