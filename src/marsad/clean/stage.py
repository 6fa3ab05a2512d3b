"""The ``clean`` stage: repair the page, split it into stories, and date and credit each story.

For a plain-text page (the usual scrape) the main story's title is its first short line and its dates
come from the publication lines under it. For JSON Lines, feeds and HTML the record's own title and
date feed the main story (the page text may still state an update time). A related story appended
after "إقرأ أيضاً" gets its own title and only the dates its own lines state, never the main story's.
``Story.text`` is the body only (no title, publication lines, dateline or footer) and
``Story.source_map`` maps it back to ``Article.raw``.

The length floor (``ingest.min_text_chars``) is for page debris - a fragment left beside the real
story - not for the text a user gave: when the main story is all there is (no related story on the
page) it is kept whenever it holds a word, a first line is not taken as a title when that would leave
the body under the floor, and an input that would give no story although it holds a word (a lone date
line, a footer label, a marker over a short text) is one story made of all its lines. So a single sentence given alone is always analysed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from marsad.clean.dates import match_view, parse_date
from marsad.clean.labels import Labels, load_labels
from marsad.clean.metadata import (
    Dateline,
    credit_of,
    find_dateline,
    is_title_like,
    parse_credit_line,
    publication_line,
)
from marsad.clean.repair import Repaired, repair
from marsad.clean.split import (
    BLANK,
    BODY,
    FOOTER,
    PUBLICATION,
    SOURCE,
    Line,
    Segment,
    classify,
    is_trailing_chrome,
    segments,
    split_lines,
)
from marsad.language.normalize import normalize_key
from marsad.model import Article, Rejection, Story
from marsad.pipeline import Context, Stage

log = logging.getLogger(__name__)

# Publication lines are looked for only among the first lines of a story.
_HEAD_LINES = 6
# Headlines listed under one inline "اقرأ أيضا" box.
_MAX_LINK_TITLES = 4
# A story text below the length floor is still kept when alone, if it holds a word (a letter run).
_WORD = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class CleanSettings:
    min_text_chars: int
    max_title_words: int
    max_dateline_words: int

    @classmethod
    def of(cls, ctx: Context) -> CleanSettings:
        get = ctx.settings.get
        return cls(
            int(get("ingest.min_text_chars", 40)),
            int(get("clean.max_title_words", 30)),
            int(get("clean.max_dateline_words", 6)),
        )


@dataclass(slots=True)
class Draft:
    """A story being assembled: which lines are its body and what its head said."""

    role: str
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: Dateline | None = None
    body: list[Line] | None = None
    sources: list[str] | None = None
    head_line: Line | None = None
    """The first line taken off as the title (or as a repeat of the record's title)."""
    title_from_text: bool = False


def _same_title(line: str, title: str) -> bool:
    # Length first: normalize_key on every first paragraph would cost more than the rest of clean.
    if abs(len(line) - len(title)) > len(title) // 2 + 4:
        return False
    a, b = normalize_key(line), normalize_key(title)
    if a == b:
        return True
    # The page's headline and its metadata title often differ by a site name or a kicker
    # ("عاجل: ..."): one inside the other, most of it shared.
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 0.6 * len(long_) and short in long_


def _head(lines: list[Line], draft: Draft, *, title_known: str | None, cfg: CleanSettings) -> list[Line]:
    """Take the title and publication lines off the top of ``lines``; return the rest."""
    rest = [ln for ln in lines if ln.kind != BLANK]
    if rest and title_known is not None and _same_title(rest[0].text, title_known):
        draft.head_line = rest[0]
        rest = rest[1:]
    elif (
        rest
        and title_known is None
        and rest[0].kind == BODY
        and len(rest) > 1
        and is_title_like(rest[0].text, max_words=cfg.max_title_words)
    ):
        draft.title = rest[0].text
        draft.head_line, draft.title_from_text = rest[0], True
        rest = rest[1:]
    i = 0
    while i < len(rest) and i < _HEAD_LINES and rest[i].kind == PUBLICATION:
        pub = rest[i].publication
        assert pub is not None
        draft.published = draft.published or pub.published
        draft.updated = draft.updated or pub.updated
        i += 1
    return rest[i:]


def _body(lines: list[Line], *, labels: Labels) -> list[Line]:
    body = [ln for ln in lines if ln.kind == BODY]
    while body and is_trailing_chrome(body[-1], labels=labels):
        body.pop()
    return body


@dataclass(frozen=True, slots=True)
class _Assembled:
    text: str
    source_map: list[tuple[int, int, int]]


def _assemble(fixed: Repaired, body: list[Line], *, skip: int) -> _Assembled:
    """The body lines as one text, joined by their own newlines, with its map to the page."""
    pieces: list[tuple[int, int]] = []
    for i, line in enumerate(body):
        pieces.append((line.start + (skip if i == 0 else 0), line.end))
        if i + 1 < len(body) and line.newline >= 0:
            pieces.append((line.newline, line.newline + 1))
    text = "".join(fixed.text[s:e] for s, e in pieces)
    return _Assembled(text, fixed.map_pieces(pieces))


def _story(
    article: Article,
    index: int,
    draft: Draft,
    fixed: Repaired,
    *,
    labels: Labels,
    cfg: CleanSettings,
    alone: bool = False,
) -> Story | None:
    """The draft as a story, or None (with a Rejection) when it is debris under the length floor.

    ``alone``: the draft is all the page holds, so any text with a word is kept (the input itself).
    """
    body = draft.body or []
    skip = 0
    if body and draft.dateline is None:
        found = find_dateline(body[0].text, labels=labels, max_words=cfg.max_dateline_words)
        if found is not None and found.end < len(body[0].text):
            draft.dateline = found
            skip = found.end
    aligned = _assemble(fixed, body, skip=skip)
    if skip and alone and not _WORD.search(aligned.text):
        # "القاهرة - 0": a dateline over digits and marks alone. Stripping it would leave no word of the
        # user's text, so the line stays whole and there is no dateline.
        draft.dateline, skip = None, 0
        aligned = _assemble(fixed, body, skip=0)
    short = len(aligned.text.strip()) < cfg.min_text_chars
    if short and not (alone and _WORD.search(aligned.text)):
        article.rejections.append(
            Rejection(
                stage="clean",
                reason=f"{draft.role} story shorter than {cfg.min_text_chars} characters",
                text=(draft.title or aligned.text)[:200] or None,
            )
        )
        return None
    return Story(
        id=f"{article.id}-{index}",
        role="main" if draft.role == "main" else "related",
        text=aligned.text,
        title=draft.title,
        published=draft.published,
        updated=draft.updated,
        dateline=draft.dateline.text if draft.dateline else None,
        source_map=aligned.source_map,
        meta={k: v for k, v in (("dateline_place", draft.dateline.place if draft.dateline else None),) if v},
    )


def _meta_str(article: Article, key: str) -> str | None:
    value = article.meta.get(key)
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _main_draft(article: Article, segment: Segment, *, cfg: CleanSettings, labels: Labels) -> Draft:
    title = _meta_str(article, "title")
    draft = Draft(role="main", title=title)
    published = _meta_str(article, "published")
    updated = _meta_str(article, "updated")
    draft.published = parse_date(published) if published else None
    draft.updated = parse_date(updated) if updated else None
    date_line = _meta_str(article, "date_line")
    if date_line and draft.published is None:
        pub = publication_line(date_line, labels=labels)
        if pub is not None:
            draft.published, draft.updated = pub.published, draft.updated or pub.updated
        else:
            draft.published = parse_date(date_line)
    rest = _head(segment.lines, draft, title_known=title, cfg=cfg)
    draft.body = _body(rest, labels=labels)
    if draft.published is None and draft.updated is not None:
        log.debug("%s: only an update date stated", article.source)
    return draft


def _related_draft(segment: Segment, *, cfg: CleanSettings, labels: Labels) -> Draft:
    marker = segment.marker
    title = marker.title if marker is not None else None
    draft = Draft(role="related", title=title)
    rest = _head(segment.lines, draft, title_known=title, cfg=cfg)
    body = _body(rest, labels=labels)
    if (
        title is None
        and draft.title is None
        and len(body) == 1
        and is_title_like(body[0].text, max_words=cfg.max_title_words)
    ):
        # A lone headline under "أخبار ذات صلة" is a link to another page, not a story here.
        draft.title, body = body[0].text, []
    draft.body = body
    return draft


def _link_box(run: Segment, *, cfg: CleanSettings, labels: Labels) -> tuple[list[str], list[Line]]:
    """A marker inside one article's text: its headline lines (links) and the main text after them."""
    rest = [ln for ln in run.lines if ln.kind != BLANK]
    titles: list[str] = [run.marker.title] if run.marker is not None and run.marker.title else []
    while (
        rest
        and len(titles) < _MAX_LINK_TITLES
        and rest[0].kind == BODY
        and is_title_like(rest[0].text, max_words=cfg.max_title_words)
    ):
        titles.append(rest.pop(0).text)
    return titles, _body(rest, labels=labels)


def clean(article: Article, *, ctx: Context) -> Article:
    labels = ctx.resource("clean.labels", load_labels)
    cfg = ctx.resource("clean.settings", lambda: CleanSettings.of(ctx))
    fixed = repair(article.raw, labels=labels)
    lines = [classify(ln, labels=labels) for ln in split_lines(fixed.text, view=match_view(fixed.text))]
    runs = segments(lines)
    source_values: list[str] = [ln.source for ln in runs[0].lines if ln.kind == SOURCE and ln.source]
    main_draft = _main_draft(article, runs[0], cfg=cfg, labels=labels)
    # A record (JSON Lines, feed entry, HTML page) is one article by construction: a marker inside it is
    # an inline "اقرأ أيضا" link box and the text after the headline goes on with the main story - unless
    # the main story was closed by a footer first (as on the seed page: "المصدر: ..." then "إقرأ أيضاً").
    one_article = article.format != "text"
    closed = bool(source_values) or any(ln.kind == FOOTER for ln in runs[0].lines)
    drafts: list[tuple[Draft, Segment]] = []
    for run in runs[1:]:
        if run.marker is not None and run.marker.source and not drafts:
            source_values.append(run.marker.source)
        closed = closed or (run.marker is not None and run.marker.source is not None)
        if not run.content and (run.marker is None or run.marker.title is None):
            # An empty run (a marker straight before another marker or a footer): no story.
            if not drafts:
                source_values.extend(ln.source for ln in run.lines if ln.kind == SOURCE and ln.source)
            closed = closed or any(ln.kind in (SOURCE, FOOTER) for ln in run.lines)
            continue
        if one_article and not closed and not drafts:
            titles, more = _link_box(run, cfg=cfg, labels=labels)
            for title in titles:
                article.rejections.append(
                    Rejection(stage="clean", reason="related-story link box", text=title)
                )
            assert main_draft.body is not None
            main_draft.body.extend(more)
            continue
        drafts.append((_related_draft(run, cfg=cfg, labels=labels), run))
    # Nothing else on the page: the main story is the user's text, not a fragment beside a story.
    alone = not any(draft.body for draft, _ in drafts)
    if alone:
        _keep_short_head(main_draft, cfg=cfg)
    stories: list[Story] = []
    main = _story(article, 0, main_draft, fixed, labels=labels, cfg=cfg, alone=alone)
    if main is not None:
        stories.append(main)
    for draft, run in drafts:
        story = _story(article, len(stories), draft, fixed, labels=labels, cfg=cfg)
        if story is not None:
            story_sources = [ln.source for ln in run.lines if ln.source]
            if story_sources:
                story.meta["source"] = story_sources[0]
            stories.append(story)
    if not stories:
        every = _every_line(lines)
        if every:
            main_draft.body, main_draft.dateline, main_draft.title = every, None, None
            main = _story(article, 0, main_draft, fixed, labels=labels, cfg=cfg, alone=True)
            if main is not None:
                stories.append(main)
    article.stories = stories
    _credit(article, main_draft, source_values, labels=labels, cfg=cfg)
    return article


def _keep_short_head(draft: Draft, *, cfg: CleanSettings) -> None:
    """Give the first line back to the body when taking it off would leave the body under the floor.

    "زار لافروف بكين" over "والتقى نظيره الصيني" is a two-line text, not a headline over a story: a real
    headline stands over a body longer than page debris. A title taken from the text is dropped; the
    record's own title stays the story's title even when its text repeats it.
    """
    head = draft.head_line
    body = draft.body or []
    if head is None or sum(len(ln.text) for ln in body) >= cfg.min_text_chars:
        return
    draft.body = [head, *body]
    draft.head_line = None
    if draft.title_from_text:
        draft.title, draft.title_from_text = None, False


def _every_line(lines: list[Line]) -> list[Line]:
    """Every non-blank line of an input that gave no story although it holds a word, whatever each line
    was read as: a lone date line, "شارك", "المصدر: ...", a marker over a short text. Nothing on such a
    page is a story beside another, so what the user gave is the story."""
    filled = [ln for ln in lines if ln.kind != BLANK]
    return filled if any(_WORD.search(ln.text) for ln in filled) else []


def _credit(article: Article, main: Draft, sources: list[str], *, labels: Labels, cfg: CleanSettings) -> None:
    """The article's agency and outlet: a source footer, then the dateline, then the author field."""
    byline = (
        parse_credit_line(article.author, labels=labels, max_words=cfg.max_dateline_words)
        if article.author
        else None
    )
    if byline is not None and main.dateline is None and article.stories and article.stories[0].role == "main":
        article.stories[0].dateline = byline.text
        if byline.place:
            article.stories[0].meta["dateline_place"] = byline.place
    if sources and article.agency is None:
        value = " ".join(sources[0].split())
        known = credit_of(value, labels=labels)
        article.agency = known.agency if known is not None and known.agency else value
    for found in (main.dateline, byline):
        if found is None:
            continue
        article.agency = article.agency or found.agency
        article.outlet = article.outlet or found.outlet


STAGE = Stage(name="clean", func=clean, requires=("raw",), assigns=("stories",))
