"""Linking: alias matches -> entities with actor, country, sector and role, resolved on the story's date.

One left-to-right pass over the matches of a story (docs/entities.md lists every rule). In order:

* a role phrase (الرئيس، وزير الخارجية، السفير، نظيره) followed by a nisba or a country (or an
  organisation for heads) names an office; it resolves to whoever held it on ``story.date``, or, when
  the story is undated, to the one person who held it over the whole coverage of the knowledge base
  (nobody when the holder changed). A person named right after it (apposition) wins and takes the role;
* a sector word before a country, nisba, capital or person (القوات البحرية الصينية، التجار الصينيين،
  إدارة بايدن) makes a composed actor: that country with that sector;
* a short form (شي after شي جين بينغ، جلالي after كاظم جلالي) links only after the full name in the same
  story, and a bare title (السفير، الوكالة) refers back to the last actor of its kind;
* a place followed by a nickname modifier (موسكو الصغيرة) is not that place;
* misspelt person names (شي جينغ بين) are matched with ``rapidfuzz`` against person aliases only.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Container, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from operator import attrgetter

from rapidfuzz import fuzz, process

from marsad.entities.bags import LetterBags
from marsad.entities.kb import Actor, AnaphorGuard, Homograph, KnowledgeBase, Rules
from marsad.entities.match import AliasMatcher, KeyedText, Match, keyed
from marsad.entities.phrases import (
    FUZZY_MIN,
    Chain,
    Reading,
    _prev_word,
    add_fuzzy,
    can_reach,
    day_time,
    gap,
    is_person,
    locative,
    reading,
    sector_chain,
    word_after,
    word_before,
)
from marsad.language.normalize import light_key, normalize_key
from marsad.model import Entity, make_entity

STATE_OFFICES = frozenset(
    {
        "president",
        "prime_minister",
        "monarch",
        "supreme_leader",
        "crown_prince",
        "foreign_minister",
        "defence_minister",
    }
)
NER_LINK_CACHE = 50_000
_APPOSITION_GAPS = frozenset({" ", "، ", ", ", " ، ", " , ", " - "})
_HOST_GAPS = frozenset({" في ", " لدي ", " الي "})
# Between a UN envoy's title and the country it is sent to (keys: إلى is written الي).
_ENVOY_GAPS = frozenset({" الي ", " الخاص الي ", " الخاصه الي ", " لدي ", " في "})


@dataclass(frozen=True, slots=True)
class Coding:
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class NerLink:
    actor: str | None
    score: float


@dataclass(slots=True)
class _Pass:
    """One story's text, matches and what the pass remembers so far."""

    kt: KeyedText
    matches: list[Match]
    date: str | None
    consumed: set[int] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)
    roles: dict[str, str] = field(default_factory=dict)
    """Person -> role stated in the text (apposition), carried to later mentions."""
    last_office: str | None = None
    entities: list[Entity] = field(default_factory=list)
    countries: frozenset[str] | None = None
    """Every country the story's matches name (a homograph's own matches aside), made when first asked."""

    def emit(
        self,
        start: int,
        end: int,
        *,
        type: str,
        actor: str | None,
        country: str | None,
        sector: str | None,
        role: str | None = None,
        confidence: float | None = 1.0,
    ) -> None:
        self.entities.append(
            make_entity(start, end, self.kt.text[start:end], type, actor, country, sector, role, confidence)
        )

    def conjoined(self, m: Match) -> Entity | None:
        """The entity just before ``m`` when only و joins them (" و X" or " وX"), else None."""
        prev = self.entities[-1] if self.entities else None
        if prev is None:
            return None
        between = self.kt.text[prev.end : m.start]
        if (between.strip() == "و" and len(between) <= 3) or (m.prefix == "و" and between == " "):
            return prev
        return None


@dataclass(frozen=True, slots=True)
class PersonKeys:
    keys: list[str]
    index: list[int]
    """Each key's position in ``KnowledgeBase.person_keys``."""
    bags: LetterBags
    """The keys' letter counts: which of them a query's letters let reach the cutoff."""


# The actor ids of places that cannot act (cities and ``places.csv`` rows; a former state, ``state:``, acts).
_PLACE_IDS = ("city:", "place:")
# The kinds of place a local office governs (event6): cities, towns, regions and states, never a sea or a country.
_LOCAL_KINDS = frozenset({"city", "town", "region", "state"})
_START_END = attrgetter("start", "end")  # the (start, end) pair in C, not a lambda call per entity
TANWEEN_FATH = "\u064b"
"""The indefinite accusative's ending (دوماً "always"), which a place's name never carries."""
DATELINE_MARKS = frozenset("(-–—")
"""What follows the country of a dateline ("بيروت، لبنان (CNN) --", "عمان، الأردن - ")."""


class Linker:
    def __init__(self, kb: KnowledgeBase, matcher: AliasMatcher) -> None:
        self.kb = kb
        self.matcher = matcher
        self.rules: Rules = kb.need_rules()
        # (surface, NER type) -> link. A pure function of the immutable KB, and the same names recur
        # story after story, while each PERS miss costs a fuzzy scan over every person alias.
        self._ner_links: dict[tuple[str, str], NerLink] = {}
        # Query length -> the person alias keys a fuzzy match of that length can reach, in KB order.
        self._person_keys_by_length: dict[int, PersonKeys] = {}

    def link(self, text: str, *, date: str | None, ner: list[Entity] | None = None) -> list[Entity]:
        """Entities of one story's ``text`` on its ``date`` (YYYY-MM-DD or None), NER spans optional."""
        kt = keyed(text)
        matches = add_fuzzy(self.kb, kt, self.matcher.find(kt))
        p = _Pass(kt=kt, matches=matches, date=date)
        for i, m in enumerate(matches):
            if i in p.consumed:
                continue
            r = m.reading or reading(m)  # the matcher's reading without a call (a Reading is never false)
            if r.kind == "short":
                # The person whose full name came before (البشير after عمر البشير, not محمد البشير);
                # with none, the word is read another way, if it has one.
                named = [pat for pat in r.patterns if pat.payload in p.seen]
                r = Reading("short", (named[-1],)) if named else reading(m, skip=("short",))
            if r.kind == "role":
                self._role(p, i, [pat.payload for pat in r.patterns])
            elif r.kind in ("actor", "short"):
                self._actor(p, i, self.kb.actors[r.payload], short=r.kind == "short")
            elif r.kind == "nisba":
                self._nisba(p, i, r.payload)
            elif r.kind == "anaphor":
                self._anaphor(p, m, r.payload)
        if self.rules.national_bodies:
            self._national_bodies(p)
        if ner:
            self._add_ner(p, ner)
        p.entities.sort(key=_START_END)
        return p.entities

    # ------------------------------------------------------------------ roles
    def _role(self, p: _Pass, i: int, offices: list[str]) -> None:
        r = p.matches[i]
        nxt = p.matches[i + 1] if i + 1 < len(p.matches) else None
        if "un_envoy" in offices:
            self._un_envoy(p, i, nxt)
            return
        title = next((o for o in offices if "@" in o), None)
        if title is not None:
            self._state_title(p, i, title)
            return
        if nxt is not None and gap(p.kt, r, nxt) == " ":
            nr = reading(nxt)
            actor = self.kb.actors.get(nr.payload) if nr.kind == "actor" else None
            country = None
            if nr.kind == "nisba" and not nxt.prefix:
                country = nr.payload
            elif actor is not None and actor.kind == "country" and nxt.prefix in ("", "ل"):
                country = actor.id
            if country is not None:
                self._state_role(p, i, offices, country)
                return
            if actor is not None and actor.kind in ("IGO", "NGO", "GRP") and "head" in offices:
                p.consumed.add(i + 1)
                holder = self.kb.holder("head", actor.id, p.date)
                igo = actor.kind == "IGO"
                p.emit(
                    r.start,
                    nxt.end,
                    type="PERS",
                    actor=holder,
                    country="IGO" if igo else actor.country,
                    sector=None if igo else actor.sector,
                    role=f"head@{actor.id}",
                )
                if holder:
                    p.seen.add(holder)
                return
        # A bare definite title (السفير، الرئيس) refers back to the last person who held an office of
        # that kind in the story; an indefinite one (ولي عهد أبوظبي) names someone else, and a name
        # right after the title (الرئيس ترمب) says who it is.
        if not r.key.startswith("ال") or (nxt is not None and is_person(nxt)):
            return
        for e in reversed(p.entities):
            if e.actor and e.role and e.role.split("@")[0].split(":")[0] in offices:
                p.emit(
                    r.start,
                    r.end,
                    type="PERS",
                    actor=e.actor,
                    country=e.country,
                    sector=e.sector,
                    role=e.role,
                )
                return

    def _state_title(self, p: _Pass, i: int, title: str) -> None:
        """event7 (session 17): a title that names one state's office by itself (``state_titles.csv``: "خادم
        الحرمين الشريفين" is the Saudi monarch): its holder on the story's date, or the person named right after
        it, as for "الملك السعودي". SaudiNewsNet's headlines name the king by the title alone ("خادم الحرمين
        يهنئ ملك المغرب"), and the events there lost their actor."""
        r = p.matches[i]
        if self._office_genitive(p, r):
            return  # "نائب خادم الحرمين الشريفين": the crown prince, named after it
        office, country = title.split("@")
        p.last_office = office  # "ونظيره الأردني": Jordan's king
        nxt = p.matches[i + 1] if i + 1 < len(p.matches) else None
        if _apposed_person(p, i, r.key_end) is not None or (
            # "خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز": a title word, then the king named
            nxt is not None
            and reading(nxt).kind == "role"
            and gap(p.kt, r, nxt) == " "
            and _apposed_person(p, i + 1, nxt.key_end) is not None
        ):
            # "خادم الحرمين الشريفين الملك سلمان": the name's entity stands for him, as before; a second entity
            # before it made the coder read "لخادم الحرمين الشريفين الملك سلمان ... على توجيهاته بتقديم المساعدات"
            # as the one thanked only, and lose his aid (the first fresh diff)
            return
        who = self.kb.holder(office, country, p.date)
        # No role: a bare "الأمير" or "الملك" later in the story (a prince, or the late king of a feature) would
        # refer back to it; the first fresh diff made "الدكتور السلطان" and "الأمير" the king that way.
        p.emit(r.start, r.end, type="PERS", actor=who, country=country, sector="GOV")
        if who:
            p.seen.add(who)

    def _national_bodies(self, p: _Pass) -> None:
        """event7 (session 17): a national body named without its country (``national_bodies.csv``: "مجلس
        الوزراء"، "مجلس الشورى"; a nisba after it composes in ``_chain`` as for any sector word) is the country's
        ORG in the body's sector when the story makes the country unambiguous: every city, town or region the
        story names lies in that one country ("عقد مجلس الوزراء جلسته ... في قصر السلام بجدة" is Saudi). With
        places of two countries, or none, the body stays unlinked, as before."""
        bodies = [
            m
            for m in p.matches
            if m.key in self.rules.national_bodies
            and not any(e.start < m.end and m.start < e.end for e in p.entities)
            and not self._office_genitive(p, m)
        ]
        if not bodies:
            return
        countries = {
            e.country for e in p.entities if e.country and e.actor and e.actor.startswith(_PLACE_IDS)
        }
        if len(countries) != 1:
            return
        (country,) = countries
        for m in bodies:
            if (m.key, country) in self.rules.national_body_actors:
                self._body_actor(p, m, self.kb.actors[self.rules.national_body_actors[(m.key, country)]])
                continue
            sector = self.rules.national_bodies[m.key]
            spokesman = self._spokesman(p, m)
            if spokesman is not None:  # "المتحدث الرسمي للدفاع المدني": the body's spokesman, a person
                p.emit(spokesman, m.end, type="PERS", actor=country, country=country, sector=sector)
            else:
                p.emit(m.start, m.end, type="ORG", actor=country, country=country, sector=sector)

    def _body_actor(self, p: _Pass, m: Match, actor: Actor) -> None:
        """event8 (session 17): a bare national body that, in its country's stories, is a named actor other than the
        state (``rules.yaml: national_body_actors``): "الدفاع المدني" in a Syrian story is the White Helmets, the
        opposition areas' rescue service (NGO, SYR/CVL), not the Syrian government. Its spokesman speaks for it."""
        spokesman = self._spokesman(p, m)
        start, type_ = (spokesman, "PERS") if spokesman is not None else (m.start, actor.type)
        p.emit(start, m.end, type=type_, actor=actor.id, country=actor.country, sector=actor.sector)

    def _spokesman(self, p: _Pass, m: Match) -> int | None:
        """event7: the text offset of a spokesman word (``rules.yaml: spokesmen``) that speaks for the body ``m``:
        "المتحدث (الرسمي) باسم <body>" or "المتحدث (الرسمي) لـ<body>"; else None."""
        key = p.kt.key
        w = _prev_word(key, m.key_start - len(m.prefix))
        if w is not None and key[w[0] : w[1]] == "باسم":
            w = _prev_word(key, w[0])
        elif not (m.prefix.endswith("ل") or m.key.startswith("لل")):
            return None
        if w is not None and key[w[0] : w[1]] in self.rules.spokesman_adjectives:
            w = _prev_word(key, w[0])
        if w is None:
            return None
        word = key[w[0] : w[1]]
        spokesman = _in_after_proclitic(word, self.rules.spokesmen, self.rules.proclitics)
        if spokesman is None:
            return None
        return p.kt.span(w[0] + len(word) - len(spokesman), w[1])[0]

    def _office_genitive(self, p: _Pass, m: Match) -> bool:
        """event7: ``m`` is the genitive of a post (``rules.yaml``: ``office_heads`` and ``deputies``, a proclitic
        allowed: "لرئيس مجلس الوزراء"), so the phrase names the post's holder, not the body or the title."""
        key = p.kt.key
        w = _prev_word(key, m.key_start - len(m.prefix))
        if w is not None and key[w[0] : w[1]] in self.rules.office_adjectives:
            w = _prev_word(key, w[0])
        if w is None:
            return False
        word = key[w[0] : w[1]]
        word = word[2:] if word.startswith("ال") else word  # "الأمين العام لهيئة ..."
        return _in_after_proclitic(word, self.rules.office_heads, self.rules.proclitics) is not None

    def _deputy(self, p: _Pass, r: Match) -> bool:
        """The word before the title names a deputy or an adviser of its holder (``rules.yaml``: ``deputies``)."""
        w = word_before(p.kt, r)
        return w in self.rules.deputies or w[1:] in self.rules.deputies

    def _un_envoy(self, p: _Pass, i: int, nxt: Match | None) -> None:
        """ "المبعوث الأممي (الخاص) إلى اليمن": the UN's envoy for that country on the story's date (an
        IGO actor); without the country, an unnamed UN envoy. A name right after is who it is."""
        r, end, office = p.matches[i], p.matches[i].end, None
        between = gap(p.kt, r, nxt) if nxt is not None else None
        if nxt is not None and (
            between in _ENVOY_GAPS
            or (between == " " and (nxt.prefix.endswith("ل") or nxt.key.startswith("لل")))
        ):
            nr = reading(nxt)
            country = self.kb.actors.get(nr.payload) if nr.kind == "actor" else None
            if country is not None and country.kind == "country":
                office, end = f"envoy:{country.id}", nxt.end
                p.consumed.add(i + 1)
        holder = self.kb.holder(office, "IGO:UN", p.date) if office else None
        last = i + 1 if office else i
        holder = _apposed_person(p, last, p.matches[last].key_end) or holder
        role = f"{office}@IGO:UN" if office else None
        if holder and role:
            p.roles[holder] = role
        p.emit(r.start, end, type="PERS", actor=holder, country="IGO", sector=None, role=role)
        if holder:
            p.seen.add(holder)

    def _state_role(self, p: _Pass, i: int, offices: list[str], country: str) -> None:
        """Title + nisba or country: the office of that state, its holder on the date, or the person named."""
        kt, matches = p.kt, p.matches
        r = matches[i]
        p.consumed.add(i + 1)
        end, last = matches[i + 1].end, i + 1
        office = next((o for o in offices if o in STATE_OFFICES or o in ("ambassador", "counterpart")), None)
        if office == "counterpart":
            office = p.last_office
        if office == "ambassador":
            host = None
            if last + 1 < len(matches) and gap(kt, matches[last], matches[last + 1]) in _HOST_GAPS:
                h = matches[last + 1]
                hr = reading(h)
                ha = self.kb.actors.get(hr.payload) if hr.kind == "actor" else None
                if ha is not None and ha.country:
                    host, end, last = ha.country, h.end, last + 1
                    p.consumed.add(last)
            office = f"ambassador:{host}" if host else "ambassador"
        if office is None:
            return
        role: str | None = f"{office}@{country}"
        sector = "GOV"
        gap_from = matches[last].key_end
        after = word_after(kt, matches[last])
        if after is not None and after.key in self.rules.former:
            # "الرئيس اليمني السابق": the holder before the one in office, a former official.
            holder = (
                self.kb.predecessor(office, country, p.date) if after.key in self.rules.previous else None
            )
            end, gap_from, role, sector = kt.span(after.start, after.end)[1], after.end, None, "ELI"
        else:
            holder = self.kb.holder(office, country, p.date) if office != "ambassador" else None
        # "نائب الرئيس الأمريكي مايك بنس": the title is the president's (a genitive), the name after it the
        # deputy's own, not the holder of the title
        person = None if self._deputy(p, r) else _apposed_person(p, last, gap_from)
        if person is not None and role is not None:
            p.roles[person] = role
        if office.split(":")[0] in STATE_OFFICES and role is not None:
            p.last_office = office
        who = person or holder
        p.emit(r.start, end, type="PERS", actor=who, country=country, sector=sector, role=role)
        if who:
            p.seen.add(who)

    # ------------------------------------------------------------------ names
    def _actor(self, p: _Pass, i: int, a: Actor, *, short: bool) -> None:
        m = p.matches[i]
        if short and a.id not in p.seen:
            return  # a short form needs its full name earlier in the story
        if a.id.startswith(_PLACE_IDS) and p.kt.text[m.end - 1] == TANWEEN_FATH:
            return  # "دوماً" is "always", not Douma: a name takes no accusative nunation (event7)
        p.seen.add(a.id)
        if a.kind == "person":
            chain = self._chain(p, i)
            if chain is not None:  # "إدارة بايدن": the person's government
                self._emit_chain(p, chain, end=m.end, country=a.country)
                return
            role = p.roles.get(a.id)
            if role is None:
                office = self.kb.role_of(a.id, p.date)
                role = office.role if office else None
            coding = self._person_coding(a, role, p.date)
            p.emit(
                m.start,
                m.end,
                type="PERS",
                actor=a.id,
                country=coding.country,
                sector=coding.sector,
                role=role,
                confidence=m.score,
            )
            return
        if a.kind in _LOCAL_KINDS and a.country and self._local_office(p, i, a):
            return
        if (
            a.kind in ("region", "town", "state")
            and a.id in self.rules.evidenced
            and not self._evidenced(p, a.id)
        ):
            return  # a bare "الجوف" in a story naming no Yemen: Saudi Arabia's region, not Yemen's (event6)
        if a.kind in ("city", "country"):
            self._place(p, i, a)
            return
        if a.kind == "IGO":
            chain = self._chain(p, i)
            if chain is not None:  # "قوة الأمم المتحدة"، "قوات الناتو"
                p.emit(chain.start, m.end, type="ORG", actor=a.id, country=a.country, sector=chain.sector)
                return
        p.emit(
            m.start, m.end, type=a.type, actor=a.id, country=a.country, sector=self.kb.sector_of(a, p.date)
        )

    def _local_office(self, p: _Pass, i: int, a: Actor) -> bool:
        """event6 (session 16): a local office or body in construct with a city or region of a country ("أمير منطقة
        عسير"، "محافظ جدة"، "أمانة منطقة الرياض", ``local_offices.csv``, a division word between) is that country's
        actor in the office's sector, typed PERS or ORG; the place alone was a LOC with no sector, and the judged
        SaudiNewsNet samples lost or misread the governors' and mayors' events for it. Emits it and says so."""
        m = p.matches[i]
        # "محافظ بجدة" is no construct; a place named only in a story naming its country is left as it was
        if m.prefix or a.id in self.rules.evidenced:
            return False
        key = p.kt.key
        w = _prev_word(key, m.key_start)
        if w is not None and key[w[0] : w[1]] in self.rules.division_words:
            w = _prev_word(key, w[0])
        if w is None:
            return False
        ks, ke = w
        word = key[ks:ke]
        office = _in_after_proclitic(word, self.rules.local_offices, self.rules.proclitics)
        if office is None:
            return False
        ks += len(word) - len(office)  # "لأمير منطقة عسير": the office after a proclitic
        type_, sector = self.rules.local_offices[office]
        p.emit(p.kt.span(ks, ke)[0], m.end, type=type_, actor=a.country, country=a.country, sector=sector)
        return True

    @staticmethod
    def _emit_chain(p: _Pass, chain: Chain, *, end: int, country: str | None) -> None:
        """A sector chain ending in a country's name or person ("حكومة روسيا"، "إدارة بايدن") is that
        country's actor in the chain's sector."""
        p.emit(chain.start, end, type=_composed(chain), actor=country, country=country, sector=chain.sector)

    def _place(self, p: _Pass, i: int, a: Actor) -> None:
        m = p.matches[i]
        if hamza_clash(p.kt.text[m.start : m.end], self.kb.place_spellings.get(a.id, frozenset())):
            return  # "داخل قطار بمدينة ...": فأس (an axe) is no spelling of فاس (Fez)
        if a.id in self.rules.evidenced and not self._evidenced(p, a.id):
            return  # "وانتشر الجيش بعد سيول جارفة": floods, in a story naming no Korea
        homograph = self.rules.homographs.get(m.key) if a.kind == "country" else None
        if homograph is not None and homograph.country == a.id and self._city_reading(p, i, homograph):
            a = self.kb.actors[homograph.city]  # عمان in a story about Jordan is Amman
        after = word_after(p.kt, m)
        if after is not None and after.key in self.rules.nickname_modifiers:
            # "موسكو الصغيرة": a nickname of another place, not this one.
            end = p.kt.span(after.start, after.end)[1]
            p.emit(m.start, end, type="LOC", actor=None, country=None, sector=None, confidence=0.5)
            return
        chain = self._chain(p, i)
        if chain is not None:  # "حكومة روسيا"
            self._emit_chain(p, chain, end=m.end, country=a.country)
            return
        joined = self._coordinated(p, m) if a.kind == "country" else None
        if joined is not None:  # "سفراء السعودية واليمن"
            p.emit(m.start, m.end, type=joined.type, actor=a.id, country=a.id, sector=joined.sector)
            return
        sector = None
        if (
            a.kind == "city"
            and a.capital
            and not locative(self.kb, p.kt, m)
            and not self._dateline(p, i, a.country)
        ):
            sector = "GOV"  # "أثار غضب بكين": the capital stands for its government
        p.emit(m.start, m.end, type=a.type, actor=a.id, country=a.country, sector=sector)

    @staticmethod
    def _dateline(p: _Pass, i: int, country: str | None) -> bool:
        """The city is followed by "، <its own country>" and the agency or a dash: a dateline ("عمان، الأردن
        (CNN) --"), a place."""
        if i + 1 >= len(p.matches) or country is None:
            return False
        nxt = p.matches[i + 1]
        r = reading(nxt)
        gap = p.kt.key[p.matches[i].key_end : nxt.key_start].strip()
        after = p.kt.text[nxt.end : nxt.end + 4].lstrip()
        return (
            gap in ("،", ",") and r.kind == "actor" and r.payload == country and after[:1] in DATELINE_MARKS
        )

    def _city_reading(self, p: _Pass, i: int, h: Homograph) -> bool:
        """Whether a bare homograph (عمان) names the city rather than the country (``rules.yaml``)."""
        m = p.matches[i]
        surface = p.kt.text[m.start : m.end]
        if h.city_mark in surface:
            return True
        if h.country_mark in surface or word_before(p.kt, m) in h.country_words:
            return False
        city_country = self.kb.actors[h.city].country
        if self._dateline(p, i, city_country):  # "عمان، الأردن (CNN)"
            return True
        if self._listed_with_country(p, i):
            return False
        countries = self._story_countries(p)
        return city_country in countries and h.country not in countries

    def _evidenced(self, p: _Pass, actor: str) -> bool:
        """Whether the story names one of the countries a homograph place needs (``rules.yaml``:
        ``evidenced_places``): سيول is Seoul only in a story naming a Korea."""
        return not self._story_countries(p).isdisjoint(self.rules.evidenced[actor])

    def _story_countries(self, p: _Pass) -> frozenset[str]:
        """Every country the story's matches name, made once per story when a rule first asks."""
        if p.countries is None:
            p.countries = frozenset(self._countries_named(p))
        return p.countries

    def _countries_named(self, p: _Pass) -> Iterator[str]:
        for m in p.matches:
            if m.key in self.rules.homographs:
                continue
            r = reading(m)
            if r.kind == "nisba":
                yield r.payload
            elif (
                r.kind == "actor"
                and r.payload not in self.rules.evidenced  # سيول is no evidence of itself
                and (country := self.kb.actors[r.payload].country) is not None
            ):
                yield country

    def _listed_with_country(self, p: _Pass, i: int) -> bool:
        """The match stands in a list of countries: "والأردن وعمان"، "عمان، الكويت"."""
        key = p.kt.key
        for j, (left, right) in ((i - 1, (i - 1, i)), (i + 1, (i, i + 1))):
            if not 0 <= j < len(p.matches):
                continue
            a, b = p.matches[left], p.matches[right]
            gap = key[a.key_end : b.key_start].replace(" ", "")
            if gap not in ("و", "،", ",", "،و", ",و"):
                continue
            r = reading(p.matches[j])
            if r.kind == "actor" and self.kb.actors[r.payload].kind == "country":
                return True
        return False

    def _nisba(self, p: _Pass, i: int, country: str) -> None:
        m = p.matches[i]
        chain = self._chain(p, i, adjective=True)
        if chain is not None:
            p.emit(
                chain.start, m.end, type=_composed(chain), actor=country, country=country, sector=chain.sector
            )
            return
        joined = self._coordinated(p, m)
        if joined is not None:  # "القوات البحرية الصينية و الروسية": the second nisba shares the sector
            p.emit(m.start, m.end, type=joined.type, actor=country, country=country, sector=joined.sector)
            return
        prev = p.conjoined(m)
        if prev is not None and prev.role and prev.role.split("@")[0] in STATE_OFFICES:
            # "الرئيس الأمريكي والفرنسي": the same office of the second country.
            office = prev.role.split("@")[0]
            holder = self.kb.holder(office, country, p.date)
            p.emit(
                m.start,
                m.end,
                type="PERS",
                actor=holder,
                country=country,
                sector="GOV",
                role=f"{office}@{country}",
            )
            return
        people = m.key.endswith(("يون", "يين")) or m.key in self.kb.broken_plurals
        # "الفلسطينيون"، "4 فلسطينيين": with no sector word before, a plural nisba is the country's people.
        p.emit(m.start, m.end, type="MISC", actor=country, country=country, sector="CVL" if people else None)

    def _anaphor(self, p: _Pass, m: Match, kind: str) -> None:
        """ "نقلت الوكالة": the last actor of that kind (MED, GRP) in the story; for a guarded anaphor the last
        actor named with its head word, an outlet first after a reporting word, and none where the word is no
        anaphor (``_not_anaphor``)."""
        key = "ال" + m.key[2:] if m.key.startswith("لل") else m.key  # للوكالة: the لل form of the alias
        guard = self.rules.anaphor_guards.get(key)
        if guard is None:
            found = next(
                (e for e in reversed(p.entities) if e.actor and e.actor.startswith(f"{kind}:")), None
            )
        elif self._not_anaphor(p, m, guard):
            return
        else:
            named = [e for e in reversed(p.entities) if e.actor in guard.antecedents]
            # "ولفتت الوكالة": the agency that reports is an outlet (WAFA, not UNRWA named in its report)
            outlets = [e for e in named if e.actor.startswith(f"{kind}:")]
            reporter = outlets and word_before(p.kt, m) in guard.reporting
            found = (outlets if reporter else named or [None])[0]
        if found is not None:
            p.emit(
                m.start,
                m.end,
                type=found.type,
                actor=found.actor,
                country=found.country,
                sector=found.sector,
                confidence=0.7,
            )

    @staticmethod
    def _not_anaphor(p: _Pass, m: Match, guard: AnaphorGuard) -> bool:
        """event3 (session 14): "حربا بالوكالة" (by proxy) and "الوكالة الوطنية للإعلام" (a new agency's name) refer
        back to nobody; the roles samples and fresh news had them read as the last outlet named."""
        if m.prefix[-1:] in guard.not_after:
            return True
        nxt = word_after(p.kt, m)
        return nxt is not None and nxt.key in guard.new_name

    # ------------------------------------------------------------------ helpers
    def _chain(self, p: _Pass, i: int, *, adjective: bool = False) -> Chain | None:
        return sector_chain(self.kb, p.kt, p.matches, i, adjective=adjective)

    @staticmethod
    def _coordinated(p: _Pass, m: Match) -> Entity | None:
        """The composed country actor (القوات الصينية) ``m`` is joined to by و, else None."""
        prev = p.conjoined(m)
        if prev is not None and prev.sector and prev.actor is not None and prev.actor == prev.country:
            return prev
        return None

    def _person_coding(self, a: Actor, role: str | None, date: str | None) -> Coding:
        """Country and sector of a person: IGO for heads of organisations in office, ELI once every office ended."""
        if role is not None:
            where = role.split("@", 1)[1]
            if where.startswith("IGO:"):
                return Coding("IGO", None)
            if where.startswith("GRP:"):
                group = self.kb.actors.get(where)
                return Coding(a.country, a.sector or (group.sector if group else None))
            return Coding(a.country, a.sector or "GOV")
        terms = self.kb.person_offices.get(a.id, [])
        if terms and date is not None and all(o.end is not None and o.end <= date for o in terms):
            return Coding(a.country, "ELI")
        if terms and date is None and not a.sector:
            return Coding(a.country, "GOV")
        return Coding(a.country, a.sector)

    # ------------------------------------------------------------------ NER
    def _add_ner(self, p: _Pass, ner: list[Entity]) -> None:
        """NER spans no knowledge-base entity overlaps: linked when the tagger's type settles an ambiguous
        alias (مالي tagged LOC is Mali) or a person's name is a letter off an alias (تليرسون); otherwise
        new, unlinked actors with their type."""
        self._organisations_over_places(p, ner)
        overlapped = overlaps_any([(e.start, e.end) for e in p.entities], [(e.start, e.end) for e in ner])
        match_starts = [m.start for m in p.matches]
        for e, skip in zip(ner, overlapped, strict=True):
            if skip or self._time_span(p.kt.text[e.start : e.end]):
                continue
            link = self._ner_actor(p.kt.text[e.start : e.end], e.type)
            if link.actor in self.rules.evidenced and not self._evidenced(p, link.actor):
                continue  # a LOC سيول in a story naming no Korea: floods
            if link.actor is not None and link.actor.startswith(_PLACE_IDS) and e.text.endswith(TANWEEN_FATH):
                continue  # a LOC "دوماً" is "always" (event7)
            if link.actor is None:
                if self._letters(p.kt.text[e.start : e.end]):
                    continue  # "بي" of "بي بي سي": a piece of an abbreviation
                p.emit(
                    e.start,
                    e.end,
                    type=e.type,
                    actor=None,
                    country=None,
                    sector=_opening_sector(p, match_starts, e),
                    confidence=e.confidence,
                )
                continue
            a = self.kb.actors[link.actor]
            role = None
            coding = Coding(a.country, a.sector)
            if a.kind == "person":
                office = self.kb.role_of(a.id, p.date)
                role = office.role if office else None
                coding = self._person_coding(a, role, p.date)
            p.emit(
                e.start,
                e.end,
                type=e.type,
                actor=a.id,
                country=coding.country,
                sector=coding.sector,
                role=role,
                confidence=link.score,
            )

    def _organisations_over_places(self, p: _Pass, ner: list[Entity]) -> None:
        """An NER organisation span holding one knowledge-base place and nothing else the knowledge base knows
        (جامعة تبوك، جامعة القاهرة، نادي ليون) is the organisation, with the place's country: the place alone
        left the university no actor, and a capital alone made it its government (event5). Not a span of two
        places (السويس والإسماعيلية، the place after و: the tagger's error), nor the place with a proclitic alone
        (بسيدي بلعباس), nor one a place's head word opens (كورنيش جدة)."""
        for span in ner:
            if span.type != "ORG":
                continue
            inside = [x for x in p.entities if x.start < span.end and x.end > span.start]
            if len(inside) != 1:
                continue
            place = inside[0]
            if not (
                span.start <= place.start
                and place.end <= span.end
                and place.end - place.start < span.end - span.start
                and place.actor is not None
                and place.actor.startswith(_PLACE_IDS)
                and not self._place_head(p.kt.text[span.start : span.end])
                and not p.kt.text[span.start : place.start].endswith(" و")
                and len(p.kt.text[span.start : place.start].strip() + p.kt.text[place.end : span.end].strip())
                > 1
            ):
                continue
            p.entities = [x for x in p.entities if x is not place]
            p.emit(
                span.start,
                span.end,
                type="ORG",
                actor=None,
                country=place.country,
                sector=None,
                confidence=span.confidence,
            )

    def _place_head(self, surface: str) -> bool:
        """The span's first word (a proclitic aside) heads a place's name (``rules.yaml``: ``place_heads``)."""
        first = normalize_key(surface.split()[0])
        return _in_after_proclitic(first, self.rules.place_heads, self.rules.proclitics) is not None

    def _time_span(self, surface: str) -> bool:
        """An NER span of a part of the day and a weekday or اليوم ("صباح الأحد", "ومساء اليوم"): a time."""
        words = surface.split()
        return len(words) > 1 and day_time(
            self.rules.day_parts, normalize_key(words[0]), normalize_key(words[1])
        )

    def _letters(self, surface: str) -> bool:
        """An NER span of one Latin letter's name ("بي" of بي بي سي، "إس"): a piece of an abbreviation. A
        span of several (جي آر يو، إف إس بي) is a whole abbreviation, an organisation's name: kept."""
        return normalize_key(surface.strip()) in self.rules.letter_names

    def _ner_actor(self, surface: str, type_: str) -> NerLink:
        cached = self._ner_links.get((surface, type_))
        if cached is None:
            if len(self._ner_links) >= NER_LINK_CACHE:  # bounded: a long ingest never grows it further
                self._ner_links.clear()
            cached = self._ner_links[surface, type_] = self._ner_actor_uncached(surface, type_)
        return cached

    def _ner_actor_uncached(self, surface: str, type_: str) -> NerLink:
        key = keyed(surface).key.strip()
        forms = [
            key,
            *(key[len(c) :] for c in self.rules.proclitics if key.startswith(c) and len(key) > len(c) + 2),
        ]
        if type_ == "LOC":
            for k in forms:
                actor = self.kb.places.get(k) or self.kb.blocked.get(k)
                if actor and not hamza_clash(surface, self.kb.place_spellings.get(actor, frozenset())):
                    return NerLink(actor, 0.9)
        if type_ == "PERS" and self.kb.person_keys:
            for k in forms:
                hit = self._fuzzy_person(k)
                if hit is not None:
                    return NerLink(self.kb.person_key_actors[hit[2]], round(hit[1] / 100, 3))
        return NerLink(None, 0.0)

    def _person_keys_within(self, length: int) -> PersonKeys:
        """The person alias keys whose length lets ``fuzz.ratio`` reach FUZZY_MIN against a key of
        ``length`` characters, in the knowledge base's order.

        ``fuzz.ratio`` is 100 * (1 - indel / (m + n)) and the indel distance is at least |m - n|, so a
        key too much longer or shorter can never pass the cutoff; ``extractOne`` over the rest finds
        the same best key (ties go to the first, and the order is kept), without handing rapidfuzz
        the other two thirds of the 1,200 keys for every new name."""
        reach = self._person_keys_by_length.get(length)
        if reach is None:
            keys: list[str] = []
            index: list[int] = []
            for i, key in enumerate(self.kb.person_keys):
                if can_reach(length, len(key)):
                    keys.append(key)
                    index.append(i)
            reach = self._person_keys_by_length[length] = PersonKeys(keys, index, LetterBags(keys))
        return reach

    def _fuzzy_person(self, query: str) -> tuple[str, float, int] | None:
        """The person alias key ``fuzz.ratio`` scores best against ``query`` (the first of equals, in the
        knowledge base's order) if it reaches FUZZY_MIN: (key, score, its position in
        ``KnowledgeBase.person_keys``). Only the keys of a reachable length whose letters let them reach
        the cutoff are scored (``bags.py``: 71 of 148,050 over 100 unseen articles); the best of all of
        them is among those."""
        reach = self._person_keys_within(len(query))
        keep = reach.bags.reachable(query)
        if not keep:
            return None
        keys = reach.keys
        hit = process.extractOne(query, [keys[i] for i in keep], scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
        return None if hit is None else (hit[0], hit[1], reach.index[keep[hit[2]]])


def overlaps_any(taken: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[bool]:
    """Per (start, end) span, whether it overlaps one of the ``taken`` spans.

    Of the taken spans starting before a span's end (a prefix of them sorted), does the
    furthest-reaching one end after its start: a bisect per span instead of a scan over every taken
    one (a story has dozens of each)."""
    ordered = sorted(taken)
    starts = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))
    out: list[bool] = []
    for start, end in spans:
        k = bisect_left(starts, end)
        out.append(bool(k) and reach[k - 1] > start)
    return out


def _in_after_proclitic(word: str, table: Container[str], proclitics: list[str]) -> str | None:
    """``word`` if ``table`` holds it, else the word without the first of ``proclitics`` it opens with whose
    rest ``table`` holds (لأمير -> أمير), else None."""
    if word in table:
        return word
    return next((word[len(c) :] for c in proclitics if word.startswith(c) and word[len(c) :] in table), None)


OPENING_PROCLITIC_MAX = 3
"""Letters a proclitic cluster may put before a span's first word (وبال، للـ after the article is dropped)."""


def _opening_sector(p: _Pass, match_starts: list[int], span: Entity) -> str | None:
    """The sector of an unlinked NER span that opens with a sector word (evsector1, session 16): the tagger's
    "الميليشيات" (MISC), "حزب الكرامة" (ORG), "الهيئة العامة للطيران المدني" (ORG), "ناشطون" (PERS) are a
    party of that sector, as the sector word alone is before a country (``sectors.csv``). The knowledge base
    knows no actor there, so the span kept neither country nor sector, and the events layer, which fills a
    country from the story, left the sector empty (and the span hid the generic agent ميليشيات, REB)."""
    i = bisect_left(match_starts, span.start)
    text = p.kt.text
    while i < len(p.matches) and p.matches[i].start - span.start <= OPENING_PROCLITIC_MAX:
        m = p.matches[i]
        i += 1
        lead = text[span.start : m.start]
        if m.end > span.end or " " in lead or len(lead) > len(m.prefix):
            continue
        r = reading(m)
        if r.kind == "sector":
            return r.payload
    return None


def _composed(chain: Chain) -> str:
    return "PERS" if chain.person else "ORG"


def _apposed_person(p: _Pass, last: int, gap_from: int) -> str | None:
    """Apposition: the person named right after a title (whose match ends at ``gap_from`` in the key)
    is who the title means (الرئيس الروسي فلاديمير بوتين، المبعوث الأممي، مارتن غريفيث)."""
    if last + 1 >= len(p.matches):
        return None
    nm = p.matches[last + 1]
    if is_person(nm) and p.kt.key[gap_from : nm.key_start - len(nm.prefix)] in _APPOSITION_GAPS:
        return reading(nm).payload
    return None


HAMZA_ON_ALEF = frozenset("أإ")


def hamza_clash(surface: str, spellings: frozenset[str]) -> bool:
    """Whether the text writes a hamza inside a word where every spelling of the place has a bare alef
    (فأس "axe" against فاس, Fez). The matching key folds hamza seats, which the press often drops (مارب
    for مأرب), so a name without one matches a word with one; but no writer adds a hamza a name does
    not have. Word-initial alefs and the one after ال are left out: their hamza is written or dropped
    at will in names too (أنقرة، الأردن). Spellings are aligned with the end of the text, which may
    carry a proclitic (بفأس)."""
    text = light_key(surface)
    if "أ" not in text and "إ" not in text:
        return False  # no hamza on an alef, no clash (most places): no spelling to compare
    clashes = [_clash(text[len(text) - len(s) :], s) for s in spellings if 0 <= len(text) - len(s) <= 3]
    return bool(clashes) and all(clashes)


def _clash(text: str, spelling: str) -> bool:
    return any(
        ch in HAMZA_ON_ALEF
        and spelling[k] == "ا"
        and k > 0
        and text[k - 1] != " "
        and not (text[max(0, k - 2) : k] == "ال" and (k == 2 or text[k - 3] == " "))
        for k, ch in enumerate(text)
    )
