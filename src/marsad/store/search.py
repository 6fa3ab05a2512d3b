"""Arabic full-text search over stored stories.

Arabic glues conjunctions, prepositions and the article to the word ("والصين", "للصين", "بالصين"), so a
plain word index misses most hits. Each story is indexed under its *search terms*: every word's matching
key (:func:`~marsad.language.normalize.normalize_key`: no diacritics or tatweel, alef/ya/ta-marbuta and
hamza seats unified, lower case) together with the forms left after stripping the proclitics
و/ف, ب/ل/ك and the article ال (لل = ل + ال). A query word matches a story when any of its own forms is
among the story's terms, so "الصين", "والصين" and "للصين" all meet at "صين". Light stemming by hand: the
rule is six lines and must be exactly the same at index and query time, which no library guarantees
across versions (the language area's tokenizer will give better stems; the terms are rebuilt on
``--reprocess``).

SQLite keeps the terms in an FTS5 index; PostgreSQL in a GIN index over ``to_tsvector('simple', ...)``
(the 'simple' configuration only lower-cases, so both backends see the same terms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa

from marsad.errors import UsageError
from marsad.language.normalize import normalize_key
from marsad.store import schema
from marsad.store.db import Store

WORD = re.compile(r"[^\W_]+")
CONJUNCTIONS = frozenset("وف")
PREPOSITIONS = frozenset("بلك")
ARTICLE = "ال"
MIN_STEM = 2
# For finding a normalized form in the text as written (snippets): what normalize_key folds together.
_VARIANTS = {"ا": "[اأإآٱ]", "ي": "[يىئ]", "ه": "[هة]", "و": "[وؤ]"}
_MARKS = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f]*"
_IS_MARK = re.compile(_MARKS[:-1])


def word_forms(word: str) -> list[str]:
    """The forms one normalized word is indexed (and queried) under, the word itself first."""
    bases = [word]
    if word[:1] in CONJUNCTIONS and len(word) - 1 >= MIN_STEM + 1:
        bases.append(word[1:])
    more = []
    for base in bases:
        if base.startswith("لل") and len(base) - 2 >= MIN_STEM:
            more.append(base[2:])
        if base[:1] in PREPOSITIONS and len(base) - 1 >= MIN_STEM + 1:
            more.append(base[1:])
    bases.extend(more)
    bases.extend(b[2:] for b in list(bases) if b.startswith(ARTICLE) and len(b) - 2 >= MIN_STEM)
    return list(dict.fromkeys(bases))


def words(text: str) -> list[str]:
    """The matching keys of the words of ``text``, in order."""
    return WORD.findall(normalize_key(text).casefold())


def search_terms(text: str) -> str:
    """What a story is indexed under: every form of every word, each once, space-separated."""
    seen: dict[str, None] = {}
    for word in words(text):
        for form in word_forms(word):
            seen.setdefault(form, None)
    return " ".join(seen)


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    actor: str | None = None
    """An actor code (e.g. CHN, CHNGOV, or the knowledge base's id) or a country code."""
    event_type: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    story_id: int
    article_id: int
    date: str | None
    outlet: str | None
    title: str | None
    url: str | None
    source: str
    snippet: str
    start: int
    """Offset in the story's text of the first matching word (-1 when only the title matched)."""


def query_groups(query: str) -> list[list[str]]:
    """One group of alternative forms per query word; a story must match every group."""
    return [word_forms(w) for w in words(query)]


def _match_query(store: Store, groups: list[list[str]]) -> str:
    """The backend's query string: terms are made of word characters only, so quoting them is safe."""
    if store.dialect == "sqlite":
        return " AND ".join("(" + " OR ".join(f'"{f}"' for f in group) + ")" for group in groups)
    return " & ".join("(" + " | ".join(f"'{f}'" for f in group) + ")" for group in groups)


def _filters(stmt: sa.Select, filters: Filters) -> sa.Select:
    a, s, e, m, p = schema.articles, schema.stories, schema.events, schema.mentions, schema.participants
    if filters.date_from:
        stmt = stmt.where(a.c.date >= filters.date_from)
    if filters.date_to:
        stmt = stmt.where(a.c.date <= filters.date_to)
    if filters.outlet:
        stmt = stmt.where(sa.func.lower(a.c.outlet) == filters.outlet.lower())
    if filters.event_type:
        stmt = stmt.where(sa.exists().where(e.c.story_id == s.c.id, e.c.type == filters.event_type.upper()))
    if filters.actor:
        code = filters.actor
        stmt = stmt.where(
            sa.or_(
                sa.exists().where(m.c.story_id == s.c.id, sa.or_(m.c.actor == code, m.c.country == code)),
                sa.exists()
                .select_from(p.join(e, e.c.id == p.c.event_id))
                .where(e.c.story_id == s.c.id, sa.or_(p.c.actor == code, p.c.country == code)),
            )
        )
    return stmt


def _surface_pattern(forms: set[str]) -> re.Pattern[str]:
    """A regex finding the written forms of normalized ``forms`` in raw text: letter variants and
    diacritics/tatweel between letters allowed. It only proposes places; each is checked with the same
    rule as the index, so it may be loose but never has to be exact."""
    alternatives = [
        _MARKS.join(_VARIANTS.get(ch, re.escape(ch)) for ch in form)
        for form in sorted(forms, key=len, reverse=True)
    ]
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _word_at(text: str, pos: int) -> tuple[int, int]:
    start = pos
    while start > 0 and (text[start - 1].isalnum() or _IS_MARK.match(text[start - 1])):
        start -= 1
    end = pos
    while end < len(text) and (text[end].isalnum() or _IS_MARK.match(text[end])):
        end += 1
    return start, end


def _snippet(text: str, groups: list[list[str]], *, width: int = 70) -> tuple[str, int]:
    wanted = {f for group in groups for f in group}
    for found in _surface_pattern(wanted).finditer(text):
        start, end = _word_at(text, found.start())
        key = normalize_key(text[start:end]).casefold()
        if key and wanted.intersection(word_forms(key)):
            lo, hi = max(0, start - width), min(len(text), end + width)
            snippet = ("…" if lo else "") + text[lo:hi].replace("\n", " ") + ("…" if hi < len(text) else "")
            return snippet, start
    return text[: 2 * width].replace("\n", " "), -1


def search(store: Store, query: str, *, filters: Filters | None = None, limit: int = 20) -> list[Hit]:
    """Stories matching every word of ``query`` (in any of its clitic forms), best first."""
    groups = query_groups(query)
    if not groups:
        raise UsageError(f"nothing to search for in {query!r}")
    filters = filters or Filters()
    a, s = schema.articles, schema.stories
    cols = (s.c.id, s.c.article_id, a.c.date, a.c.outlet, s.c.title, a.c.title, a.c.url, a.c.source, s.c.text)
    if store.dialect == "sqlite" and filters == Filters():
        # FTS5 ranks and cuts to `limit` inside the index (ORDER BY rank LIMIT n) before any join.
        top = sa.text("SELECT rowid, rank FROM story_fts WHERE story_fts MATCH :q ORDER BY rank LIMIT :n")
        best = top.columns(sa.column("rowid", sa.Integer), sa.column("rank", sa.Float)).subquery("best")
        stmt = (
            sa.select(*cols)
            .select_from(best.join(s, s.c.id == best.c.rowid).join(a, a.c.id == s.c.article_id))
            .order_by(best.c.rank)
        )
    elif store.dialect == "sqlite":
        fts = sa.table("story_fts", sa.column("rowid"))
        stmt = (
            sa.select(*cols)
            .select_from(fts.join(s, s.c.id == fts.c.rowid).join(a, a.c.id == s.c.article_id))
            .order_by(sa.text("bm25(story_fts)"))
            .where(sa.text("story_fts MATCH :q"))
        )
    else:
        rank = sa.text("ts_rank(stories.search_tsv, to_tsquery('simple', :q)) DESC")
        stmt = (
            sa.select(*cols)
            .select_from(s.join(a, a.c.id == s.c.article_id))
            .where(sa.text("stories.search_tsv @@ to_tsquery('simple', :q)"))
            .order_by(rank)
        )
    stmt = _filters(stmt, filters).limit(limit)
    hits = []
    with store.connect() as conn:
        for row in conn.execute(stmt, {"q": _match_query(store, groups), "n": limit}):
            snippet, start = _snippet(row[8], groups)
            hits.append(
                Hit(
                    story_id=row[0],
                    article_id=row[1],
                    date=row[2],
                    outlet=row[3],
                    title=row[4] or row[5],
                    url=row[6],
                    source=row[7],
                    snippet=snippet,
                    start=start,
                )
            )
    return hits
