"""Linking: alias matches -> entities with actor, country, sector and role, resolved on the story's date.

One left-to-right pass over the matches of a story. The rules, in the order they are tried:

* a role phrase (الرئيس، وزير الخارجية، السفير، نظيره) followed by a nisba or a country (or an
  organisation for heads) names an office; it resolves to whoever held it on ``story.date``, or, when
  the story is undated, to the one person who held it over the whole coverage of the knowledge base
  (nobody when the holder changed). A person named right after it (apposition) wins and takes the role;
* a sector word a few words before a country, nisba, capital or person (القوات البحرية الصينية،
  التجار الصينيين، إدارة بايدن) makes a composed actor: that country with that sector;
* a surname or short form (بوتين after فلاديمير بوتين, شي after شي جين بينغ) links only after the
  full name in the same story, and a bare title (السفير، الوكالة) refers back to the last actor of its kind;
* a place followed by a nickname modifier (موسكو الصغيرة) is not that place;
* misspelt person names (شي جينغ بين) are matched with ``rapidfuzz`` against person aliases only,
  in windows anchored on an exact first or last word of an alias.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from marsad.entities.kb import Actor, KnowledgeBase
from marsad.entities.match import AliasMatcher, KeyedText, Match, Pattern, keyed
from marsad.model import Entity

FUZZY_MIN = 85.0
_STATE_OFFICES = frozenset(
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
_APPOSITION_GAPS = frozenset({" ", "، ", ", ", " ، ", " , ", " - "})
_HOST_GAPS = frozenset({" في ", " لدي ", " الي "})
_KIND_ORDER = ("actor", "short", "role", "nisba", "anaphor", "sector")
_CLITIC_LETTERS = "وفبلك"


@dataclass(slots=True)
class _Story:
    """What the pass remembers within one story."""

    date: str | None
    seen: set[str] = field(default_factory=set)
    roles: dict[str, str] = field(default_factory=dict)
    """Person -> role stated in the text (apposition), carried to later mentions."""
    last_office: str | None = None
    entities: list[Entity] = field(default_factory=list)


class Linker:
    def __init__(self, kb: KnowledgeBase, matcher: AliasMatcher) -> None:
        self.kb = kb
        self.matcher = matcher
        assert kb.rules is not None
        self.rules = kb.rules

    # ------------------------------------------------------------------ entry point
    def link(self, text: str, *, date: str | None, ner: list[Entity] | None = None) -> list[Entity]:
        kt = keyed(text)
        matches = self.matcher.find(kt)
        tokens = _tokens(kt.key)
        matches = self._add_fuzzy(kt, tokens, matches)
        st = _Story(date=date)
        consumed: set[int] = set()
        for i, m in enumerate(matches):
            if i in consumed:
                continue
            kind, pats = _primary(m)
            if kind == "role":
                self._role(kt, tokens, matches, i, pats, st, consumed)
            elif kind in ("actor", "short"):
                self._actor(kt, tokens, matches, i, pats[0].payload, kind, st, consumed)
            elif kind == "nisba":
                self._nisba(kt, tokens, matches, i, pats[0].payload, st)
            elif kind == "anaphor":
                self._anaphor(kt, m, pats[0].payload, st)
        if ner:
            self._add_ner(text, ner, st)
        st.entities.sort(key=lambda e: (e.start, e.end))
        return st.entities

    # ------------------------------------------------------------------ rules
    def _role(self, kt, tokens, matches, i, pats, st: _Story, consumed: set[int]) -> None:
        r = matches[i]
        offices = [p.payload for p in pats]
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if nxt is not None and _gap(kt, r, nxt) == " ":
            nkind, npats = _primary(nxt)
            target = npats[0].payload
            actor = self.kb.actors.get(target) if nkind == "actor" else None
            country = None
            if nkind == "nisba" and not nxt.prefix:
                country = target
            elif actor is not None and actor.kind == "country" and nxt.prefix in ("", "ل"):
                country = actor.id
            if country is not None:
                self._state_role(kt, matches, i, offices, country, st, consumed)
                return
            if actor is not None and actor.kind in ("IGO", "NGO", "GRP") and "head" in offices:
                consumed.add(i + 1)
                holder = self.kb.holder("head", actor.id, st.date)
                self._emit(
                    kt,
                    r.start,
                    nxt.end,
                    st,
                    type="PERS",
                    actor=holder,
                    country="IGO" if actor.kind == "IGO" else actor.country,
                    sector=None if actor.kind == "IGO" else actor.sector,
                    role=f"head@{actor.id}",
                )
                if holder:
                    st.seen.add(holder)
                return
        # A bare definite title (السفير، الرئيس) refers back to the last person who held an office of
        # that kind in the story; an indefinite one (ولي عهد أبوظبي) names someone else.
        if not r.key.startswith("ال"):
            return
        if (
            nxt is not None
            and _primary(nxt)[0] in ("actor", "short")
            and nxt.patterns[0].payload.startswith("person:")
        ):
            return  # "الرئيس ترمب": the name says who
        for e in reversed(st.entities):
            if e.actor and e.role and e.role.split("@")[0].split(":")[0] in offices:
                self._emit(
                    kt,
                    r.start,
                    r.end,
                    st,
                    type="PERS",
                    actor=e.actor,
                    country=e.country,
                    sector=e.sector,
                    role=e.role,
                )
                return

    def _state_role(self, kt, matches, i, offices, country, st: _Story, consumed: set[int]) -> None:
        r, n = matches[i], matches[i + 1]
        consumed.add(i + 1)
        end, last = n.end, i + 1
        office = next((o for o in offices if o in _STATE_OFFICES or o in ("ambassador", "counterpart")), None)
        if office == "counterpart":
            office = st.last_office
        if office == "ambassador":
            host = None
            if last + 1 < len(matches) and _gap(kt, n, matches[last + 1]) in _HOST_GAPS:
                h = matches[last + 1]
                hk, hp = _primary(h)
                ha = self.kb.actors.get(hp[0].payload) if hk == "actor" else None
                if ha is not None and ha.country:
                    host, end, last = ha.country, h.end, last + 1
                    consumed.add(last)
            office = f"ambassador:{host}" if host else "ambassador"
        if office is None:
            return
        role: str | None = f"{office}@{country}"
        sector = "GOV"
        gap_from = matches[last].key_end
        after = _token_after(kt, _tokens(kt.key), matches[last])
        if after is not None and after[2] in self.rules.former:
            # "الرئيس اليمني السابق": the holder before the one in office, a former official.
            holder = (
                self.kb.predecessor(office, country, st.date) if after[2] in self.rules.previous else None
            )
            end, gap_from, role, sector = kt.span(after[0], after[1])[1], after[1], None, "ELI"
        else:
            holder = self.kb.holder(office, country, st.date) if office != "ambassador" else None
        # Apposition: a person named right after the title is who the title means.
        person = None
        if last + 1 < len(matches):
            p = matches[last + 1]
            pk, pp = _primary(p)
            if (
                pk in ("actor", "short")
                and pp[0].payload.startswith("person:")
                and kt.key[gap_from : p.key_start - len(p.prefix)] in _APPOSITION_GAPS
            ):
                person = pp[0].payload
                if role is not None:
                    st.roles[person] = role
        if office.split(":")[0] in _STATE_OFFICES and role is not None:
            st.last_office = office
        who = person or holder
        self._emit(kt, r.start, end, st, type="PERS", actor=who, country=country, sector=sector, role=role)
        if who:
            st.seen.add(who)

    def _actor(
        self, kt, tokens, matches, i, actor_id: str, kind: str, st: _Story, consumed: set[int]
    ) -> None:
        m = matches[i]
        a = self.kb.actors[actor_id]
        if kind == "short" and actor_id not in st.seen:
            return
        if a.kind == "person":
            role = st.roles.get(a.id)
            office = None
            if role is None:
                office = self.kb.role_of(a.id, st.date)
                role = office.role if office else None
            country, sector = self._person_coding(a, role, st.date)
            chain = self._chain(kt, tokens, matches, i)
            st.seen.add(a.id)
            if chain is not None:
                start, sector = chain
                self._emit(
                    kt,
                    start,
                    m.end,
                    st,
                    type="ORG",
                    actor=a.country,
                    country=a.country,
                    sector=sector,
                    role=None,
                )
                return
            self._emit(
                kt,
                m.start,
                m.end,
                st,
                type="PERS",
                actor=a.id,
                country=country,
                sector=sector,
                role=role,
                confidence=m.score,
            )
            return
        st.seen.add(a.id)
        if a.kind in ("city", "country"):
            nxt_tok = _token_after(kt, tokens, m)
            if nxt_tok is not None and nxt_tok[2] in self.rules.nickname_modifiers:
                # "موسكو الصغيرة": a nickname of another place, not this one.
                self._emit(
                    kt,
                    m.start,
                    kt.span(nxt_tok[0], nxt_tok[1])[1],
                    st,
                    type="LOC",
                    actor=None,
                    country=None,
                    sector=None,
                    role=None,
                    confidence=0.5,
                )
                return
            chain = self._chain(kt, tokens, matches, i)
            if chain is not None:
                start, sector = chain
                self._emit(
                    kt,
                    start,
                    m.end,
                    st,
                    type="ORG",
                    actor=a.country,
                    country=a.country,
                    sector=sector,
                    role=None,
                )
                return
            coordinated = self._coordinated(kt, m, st)
            if coordinated is not None and a.kind == "country":
                self._emit(
                    kt,
                    m.start,
                    m.end,
                    st,
                    type="ORG",
                    actor=a.id,
                    country=a.id,
                    sector=coordinated,
                    role=None,
                )
                return
            sector = None
            if a.kind == "city" and a.capital and not self._locative(kt, tokens, m):
                sector = "GOV"  # "أثار غضب بكين": the capital stands for its government
            self._emit(
                kt, m.start, m.end, st, type=a.type, actor=a.id, country=a.country, sector=sector, role=None
            )
            return
        if a.kind == "IGO":
            chain = self._chain(kt, tokens, matches, i)
            if chain is not None:  # "قوة الأمم المتحدة"، "قوات الناتو"
                start, sector = chain
                self._emit(
                    kt, start, m.end, st, type="ORG", actor=a.id, country=a.country, sector=sector, role=None
                )
                return
        self._emit(
            kt, m.start, m.end, st, type=a.type, actor=a.id, country=a.country, sector=a.sector, role=None
        )

    def _nisba(self, kt, tokens, matches, i, country: str, st: _Story) -> None:
        m = matches[i]
        chain = self._chain(kt, tokens, matches, i, adjective=True)
        if chain is not None:
            start, sector = chain
            self._emit(
                kt, start, m.end, st, type="ORG", actor=country, country=country, sector=sector, role=None
            )
            return
        coordinated = self._coordinated(kt, m, st)
        if coordinated is not None:
            # "القوات البحرية الصينية و الروسية": the second nisba shares the sector.
            self._emit(
                kt,
                m.start,
                m.end,
                st,
                type="ORG",
                actor=country,
                country=country,
                sector=coordinated,
                role=None,
            )
            return
        prev = st.entities[-1] if st.entities else None
        if prev is not None and prev.role and _conjoined(kt, prev, m):
            office = prev.role.split("@")[0]
            if office in _STATE_OFFICES:
                # "الرئيس الأمريكي والفرنسي": the same office of the second country.
                holder = self.kb.holder(office, country, st.date)
                self._emit(
                    kt,
                    m.start,
                    m.end,
                    st,
                    type="PERS",
                    actor=holder,
                    country=country,
                    sector="GOV",
                    role=f"{office}@{country}",
                )
                return
        if m.key.endswith(("يون", "يين")) or m.key in self.kb.broken_plurals:
            # "الفلسطينيون"، "4 فلسطينيين": people of the country, no sector word before
            self._emit(
                kt, m.start, m.end, st, type="MISC", actor=country, country=country, sector="CVL", role=None
            )
            return
        self._emit(
            kt, m.start, m.end, st, type="MISC", actor=country, country=country, sector=None, role=None
        )

    def _coordinated(self, kt: KeyedText, m: Match, st: _Story) -> str | None:
        """The sector of a composed actor this match is conjoined to (… الصينية و الروسية), else None."""
        prev = st.entities[-1] if st.entities else None
        if (
            prev is not None
            and prev.type == "ORG"
            and prev.sector
            and prev.actor == prev.country
            and _conjoined(kt, prev, m)
        ):
            return prev.sector
        return None

    def _anaphor(self, kt, m: Match, kind: str, st: _Story) -> None:
        for e in reversed(st.entities):
            if e.actor and e.actor.startswith(f"{kind}:"):
                self._emit(
                    kt,
                    m.start,
                    m.end,
                    st,
                    type=e.type,
                    actor=e.actor,
                    country=e.country,
                    sector=e.sector,
                    role=None,
                    confidence=0.7,
                )
                return

    # ------------------------------------------------------------------ helpers
    def _person_coding(self, a: Actor, role: str | None, date: str | None) -> tuple[str | None, str | None]:
        if role is not None:
            where = role.split("@", 1)[1]
            if where.startswith("IGO:"):
                return "IGO", None
            if where.startswith("GRP:"):
                group = self.kb.actors.get(where)
                return a.country, a.sector or (group.sector if group else None)
            return a.country, a.sector or "GOV"
        terms = self.kb.person_offices.get(a.id, [])
        if terms and date is not None and all(o.end is not None and o.end <= date for o in terms):
            return a.country, "ELI"
        if terms and date is None and not a.sector:
            return a.country, "GOV"
        return a.country, a.sector

    def _chain(self, kt: KeyedText, tokens, matches, i, *, adjective: bool = False) -> tuple[int, str] | None:
        """A sector word before matches[i] -> (start offset, sector).

        Before a nisba adjective (القوات البحرية الصينية) the sector word may stand up to ``chain_window``
        words back, over adjectives of the same definiteness; before a name (إدارة بايدن، حكومة روسيا)
        it must be the word right before.
        """
        m = matches[i]
        if m.prefix == "و":
            return None
        definite = m.key.startswith(("ال", "لل"))
        window = self.rules.chain_window if adjective else 1
        t = bisect.bisect_left(tokens, (m.key_start - len(m.prefix), -1))
        earliest = None
        sectors: list[str] = []
        j = i - 1
        for back in range(1, window + 1):
            ti = t - back
            if ti < 0:
                break
            ks, ke = tokens[ti]
            word = kt.key[ks:ke]
            if not word[-1].isalnum() or word in self.rules.chain_stop:
                break
            while j >= 0 and matches[j].key_start - len(matches[j].prefix) > ks:
                j -= 1
            pm = matches[j] if j >= 0 else None
            if pm is not None and pm.key_start - len(pm.prefix) <= ks < pm.key_end:
                kind, pats = _primary(pm)
                if kind == "sector":
                    if adjective and self._definite_phrase(kt, tokens, pm) != definite:
                        break  # "النظام بإشراف روسي": the adjective does not agree with the noun
                    earliest = pm
                    sectors.append(pats[0].payload)
                    if pm.prefix:
                        break
                elif kind in ("actor", "nisba", "role"):
                    break
            elif word.startswith(("ال", "لل")) != definite or word.endswith(("ها", "هم")):
                break  # "مسلحين فيها لضرب ..."، "طائرات ورقية أطلقها فلسطينيون": not one noun phrase
        if earliest is None:
            return None
        best = min(sectors, key=lambda s: self.kb.sector_priority.get(s, 99))
        return earliest.start, best

    @staticmethod
    def _definite_phrase(kt: KeyedText, tokens, pm: Match) -> bool:
        """Is a sector word's noun phrase definite: by its article, or by annexation (صندوق الثروة ...)?"""
        last = pm.key.rsplit(" ", 1)[-1]
        if last.startswith(("ال", "لل")):
            return True
        t = bisect.bisect_left(tokens, (pm.key_end + 1, -1))
        return t < len(tokens) and kt.key[tokens[t][0] : tokens[t][1]].startswith("ال")

    def _locative(self, kt: KeyedText, tokens, m: Match) -> bool:
        if m.prefix.endswith("ب"):
            return True
        t = bisect.bisect_left(tokens, (m.key_start - len(m.prefix), -1))
        if t == 0:
            return False
        ks, ke = tokens[t - 1]
        return kt.key[ks:ke] in self.rules.locative

    def _add_fuzzy(self, kt: KeyedText, tokens, matches: list[Match]) -> list[Match]:
        """Person names a letter or two off an alias (شي جينغ بين), anchored on an exact word of the alias."""
        # Short aliases (شي) do not block a fuzzy full name they are part of; they give way to it.
        key = kt.key
        covered = bytearray(len(key))
        for m in matches:
            if _primary(m)[0] != "short":
                covered[m.key_start - len(m.prefix) : m.key_end] = b"\x01" * (
                    m.key_end - m.key_start + len(m.prefix)
                )
        extra: list[Match] = []
        n = len(tokens)
        # Set arithmetic in C picks the few words that start or end a person's alias.
        words = [key[ks:ke] for ks, ke in tokens]
        anchors = self.kb.fuzzy.keys() & ({*words} | {w[1:] for w in words if w[0] in _CLITIC_LETTERS})
        if not anchors:
            return matches
        for ti, (ks, ke) in enumerate(tokens):
            if words[ti] not in anchors and words[ti][1:] not in anchors:
                continue
            if covered[ks]:
                continue  # an exact alias already holds this word
            word = key[ks:ke]
            cands = self.kb.fuzzy.get(word)
            stripped = 0
            if cands is None and len(word) > 3 and word[0] in _CLITIC_LETTERS:
                cands, stripped = self.kb.fuzzy.get(word[1:]), 1
            if not cands:
                continue
            windows: set[tuple[int, int]] = set()
            for width in {w for fa in cands for w in (fa.tokens - 1, fa.tokens, fa.tokens + 1)} - {0, 1}:
                for first in (ti, ti - width + 1):
                    last = first + width - 1
                    if first < 0 or last >= n:
                        continue
                    s, e = tokens[first][0] + (stripped if first == ti else 0), tokens[last][1]
                    if key[e - 1].isalnum() and covered.find(1, s, e) == -1:
                        windows.add((s, e))
            keys = [fa.key for fa in cands]
            best = None
            for s, e in windows:
                hit = process.extractOne(key[s:e], keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
                if hit is not None and (best is None or hit[1] > best[0]):
                    best = (hit[1], s, e, cands[hit[2]].actor)
            if best is not None:
                score, s, e, actor = best
                start, end = kt.span(s, e)
                extra.append(
                    Match(start, end, s, e, key[s:e], "", (Pattern("actor", actor),), round(score / 100, 3))
                )
                covered[s:e] = b"\x01" * (e - s)
        if not extra:
            return matches
        kept = [
            m for m in matches if not any(m.key_start < x.key_end and x.key_start < m.key_end for x in extra)
        ]
        return sorted([*kept, *extra], key=lambda m: m.start)

    def _add_ner(self, text: str, ner: list[Entity], st: _Story) -> None:
        """NER spans no knowledge-base match covers: linked when the tagger's type settles an ambiguous
        alias (مالي tagged LOC is Mali) or a person's name is a letter off an alias (تليرسون); otherwise
        new, unlinked actors with their type."""
        spans = [(e.start, e.end) for e in st.entities]
        for e in ner:
            if any(e.start < b and a < e.end for a, b in spans):
                continue
            actor, score = self._ner_actor(text[e.start : e.end], e.type)
            if actor is None:
                st.entities.append(
                    Entity(
                        start=e.start,
                        end=e.end,
                        text=text[e.start : e.end],
                        type=e.type,
                        confidence=e.confidence,
                    )
                )
                continue
            a = self.kb.actors[actor]
            role = None
            country, sector = a.country, a.sector
            if a.kind == "person":
                office = self.kb.role_of(a.id, st.date)
                role = office.role if office else None
                country, sector = self._person_coding(a, role, st.date)
            st.entities.append(
                Entity(
                    start=e.start,
                    end=e.end,
                    text=text[e.start : e.end],
                    type=e.type,
                    actor=actor,
                    country=country,
                    sector=sector,
                    role=role,
                    confidence=score,
                )
            )

    def _ner_actor(self, surface: str, type_: str) -> tuple[str | None, float]:
        key = keyed(surface).key.strip()
        forms = [key] + [
            key[len(p) :] for p in self.rules.proclitics if key.startswith(p) and len(key) > len(p) + 2
        ]
        if type_ == "LOC":
            for k in forms:
                actor = self.kb.places.get(k) or self.kb.blocked.get(k)
                if actor:
                    return actor, 0.9
        if type_ == "PERS" and self.kb.person_keys:
            for k in forms:
                hit = process.extractOne(k, self.kb.person_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
                if hit is not None:
                    return self.kb.person_key_actors[hit[2]], round(hit[1] / 100, 3)
        return None, 0.0

    def _emit(
        self,
        kt: KeyedText,
        start: int,
        end: int,
        st: _Story,
        *,
        type: str,
        actor,
        country,
        sector,
        role,
        confidence: float = 1.0,
    ) -> None:
        st.entities.append(
            Entity(
                start=start,
                end=end,
                text=kt.text[start:end],
                type=type,
                actor=actor,
                country=country,
                sector=sector,
                role=role,
                confidence=confidence,
            )
        )


def _primary(m: Match) -> tuple[str, list[Pattern]]:
    return _primary_of(m.patterns)


@functools.lru_cache(maxsize=8192)
def _primary_of(patterns: tuple[Pattern, ...]) -> tuple[str, list[Pattern]]:
    """The kind a match is read as (a name before a role word before a nisba ...), and its patterns."""
    for kind in _KIND_ORDER:
        pats = [p for p in patterns if p.kind == kind]
        if pats:
            return kind, pats
    return "none", []


def _gap(kt: KeyedText, a: Match, b: Match) -> str:
    """The key text between two matches, b's proclitic excluded."""
    return kt.key[a.key_end : b.key_start - len(b.prefix)]


def _tokens(key: str) -> list[tuple[int, int]]:
    """(start, end) of each word of a key (words are separated by exactly one space in a key)."""
    out = []
    pos = 0
    for w in key.split(" "):
        if w:
            out.append((pos, pos + len(w)))
        pos += len(w) + 1
    return out


def _conjoined(kt: KeyedText, prev: Entity, m: Match) -> bool:
    """Is ``m`` joined to the entity just before it by و alone (" و X" or " وX")?"""
    gap = kt.text[prev.end : m.start]
    return (gap.strip() == "و" and len(gap) <= 3) or (m.prefix == "و" and gap == " ")


def _token_after(kt: KeyedText, tokens, m: Match) -> tuple[int, int, str] | None:
    t = bisect.bisect_left(tokens, (m.key_end, -1))
    if t < len(tokens) and kt.key[m.key_end : tokens[t][0]] == " ":
        ks, ke = tokens[t]
        word = kt.key[ks:ke]
        while word and not word[-1].isalnum():  # “موسكو الصغيرة”: the closing quote is not the word
            word, ke = word[:-1], ke - 1
        return (ks, ke, word) if word else None
    return None
