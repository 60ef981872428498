"""The words that mark a speaker, a time, a venue, a replay… in an event body.

Organisers write in Chinese and English (and more); the reader decides by these words
and by structure, never by file name. Sites extend them with ``meetup_labels``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace

DEFAULT_LABELS: dict[str, tuple[str, ...]] = {
    "speaker": (
        "主讲人", "主讲嘉宾", "分享嘉宾", "分享人", "演讲嘉宾", "演讲者", "讲师", "讲者", "嘉宾",
        "speakers", "speaker", "presenters", "presenter", "guest speaker", "by",
    ),
    "time": ("活动时间", "时间", "日期", "time", "date", "when"),
    "venue": ("活动地点", "地点", "地址", "会场", "venue", "location", "where", "address"),
    "replay": (
        "视频回放", "直播回放", "回放地址", "回放", "视频回看", "视频", "replay", "recording",
        "video", "livestream",
    ),
    "slides": ("幻灯片下载", "幻灯片", "讲稿", "PPT", "PDF", "slides", "deck"),
    "talks_section": (
        "讲师与演讲话题", "演讲话题", "讲师分享", "议题介绍", "议题", "话题", "活动详情", "活动议程",
        "议程", "日程", "talks", "agenda", "schedule", "programme", "program", "topics",
        "sessions", "speakers",
    ),
    "not_talks_section": (
        "幻灯片下载", "视频回看", "视频回放", "关于", "赞助", "合作", "报名", "主办", "协办",
        "about", "sponsor", "sponsors", "partners", "registration", "organizer",
        "organisers", "organizers", "community", "slides", "replay", "recordings", "venue",
        "location", "directions",
    ),
    "break": (
        "签到", "茶歇", "午餐", "午休", "合影", "开场", "抽奖", "sign-in", "sign in", "check-in",
        "registration", "break", "coffee", "lunch", "dinner", "drinks", "networking",
        "doors open", "walk-in", "pizza",
    ),
}

_SEPARATOR = r"\s*[:：]\s*"


@dataclass(frozen=True)
class Labels:
    """Label words per role; matching is case-insensitive and trims full-width colons."""

    speaker: tuple[str, ...] = DEFAULT_LABELS["speaker"]
    time: tuple[str, ...] = DEFAULT_LABELS["time"]
    venue: tuple[str, ...] = DEFAULT_LABELS["venue"]
    replay: tuple[str, ...] = DEFAULT_LABELS["replay"]
    slides: tuple[str, ...] = DEFAULT_LABELS["slides"]
    talks_section: tuple[str, ...] = DEFAULT_LABELS["talks_section"]
    not_talks_section: tuple[str, ...] = DEFAULT_LABELS["not_talks_section"]
    break_: tuple[str, ...] = field(default=DEFAULT_LABELS["break"])
    _cache: dict[str, re.Pattern[str]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    @classmethod
    def extended(cls, extra: dict[str, list[str]] | None) -> Labels:
        """The defaults plus a site's own words (``meetup_labels``), theirs first."""
        if not extra:
            return cls()
        base = cls()
        changes = {}
        for item in fields(cls):
            key = item.name.rstrip("_")
            if key in extra and not item.name.startswith("_"):
                changes[item.name] = tuple(extra[key]) + getattr(base, item.name)
        return replace(base, **changes)

    def fact(self, role: str) -> re.Pattern[str]:
        """A pattern for ``<label>: value`` lines of ``role``; group ``value``."""
        return self._pattern(role, rf"^\s*(?:{{words}}){_SEPARATOR}(?P<value>.*)$")

    def heading(self, role: str) -> re.Pattern[str]:
        """A pattern for a heading that starts with a ``role`` word."""
        return self._pattern(role, r"^\W*(?:{words})(?![a-z])")

    def _pattern(self, role: str, template: str) -> re.Pattern[str]:
        key = f"{role}|{template}"
        if key not in self._cache:
            words = sorted(getattr(self, "break_" if role == "break" else role), key=len)
            alternatives = "|".join(re.escape(w) for w in reversed(words))
            self._cache[key] = re.compile(template.format(words=alternatives), re.IGNORECASE)
        return self._cache[key]
