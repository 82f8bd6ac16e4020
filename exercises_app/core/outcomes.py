"""The Patient-Specific Functional Scale (PSFS): change in what the patient can do, in their own words.

The patient names up to five activities they find hard because of their back or neck and rates each
from 0 (unable to do it) to 10 (able to do it as before the problem). The app asks at the start and
then every ``PSFS_INTERVAL_DAYS``; each answer is a journal entry, and a "not now" waits a day. A change
of about 2 points on an activity (or on the mean) is the change that matters. The scale is public
(Stratford et al., 1995); the licensed questionnaires (Oswestry, the Neck Disability Index) are not
shipped. Pure rules, no Qt.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from .record.journal import Entry

PSFS = "psfs"
PSFS_MAX_ACTIVITIES = 5
PSFS_MIN, PSFS_MAX = 0, 10
PSFS_INTERVAL_DAYS = 14
PSFS_MEANINGFUL_CHANGE = 2
PSFS_ACTIVITY_CHARS = 120


@dataclass(frozen=True)
class PsfsAnswer:
    """One answer: the date and each (activity, score 0-10)."""

    on: dt.date
    items: tuple[tuple[str, int], ...]

    @property
    def mean(self) -> float | None:
        return sum(score for _, score in self.items) / len(self.items) if self.items else None


@dataclass(frozen=True)
class PsfsChange:
    """An activity's first and latest score, and whether the change matters (2 points or more)."""

    activity: str
    first: int | None  # None: the activity was named later
    latest: int

    @property
    def change(self) -> int | None:
        return None if self.first is None else self.latest - self.first

    @property
    def meaningful(self) -> bool:
        return self.change is not None and abs(self.change) >= PSFS_MEANINGFUL_CHANGE


def check_items(items: list[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """The answers to keep: activities named (trimmed, one line), scores 0-10, at most five; ValueError otherwise."""
    kept = []
    for activity, score in items:
        words = " ".join(str(activity).split())
        if not words:
            continue
        if len(words) > PSFS_ACTIVITY_CHARS:
            raise ValueError(f"an activity is at most {PSFS_ACTIVITY_CHARS} characters")
        if isinstance(score, bool) or not isinstance(score, int) or not PSFS_MIN <= score <= PSFS_MAX:
            raise ValueError(f"a score is a whole number from {PSFS_MIN} to {PSFS_MAX}, not {score!r}")
        kept.append((words, score))
    if not kept or len(kept) > PSFS_MAX_ACTIVITIES:
        raise ValueError(f"name 1 to {PSFS_MAX_ACTIVITIES} activities")
    return tuple(kept)


def psfs_answers(entries: list[Entry]) -> list[PsfsAnswer]:
    """The PSFS answers in the journal's 'outcome' entries, oldest first (unreadable ones left out)."""
    answers = []
    for entry in entries:
        if entry.kind != "outcome" or entry.text != PSFS:
            continue
        try:
            data = json.loads(entry.data or "{}")
            items = tuple((str(a), int(s)) for a, s in data.get("items", []))
            answers.append(PsfsAnswer(dt.date.fromisoformat(entry.on), items))
        except (ValueError, TypeError, AttributeError):
            continue  # a damaged entry: the others still count
    return answers


def psfs_due(answers: list[PsfsAnswer], dismissed_on: list[dt.date], today: dt.date) -> bool:
    """Ask today? At the first use, then every PSFS_INTERVAL_DAYS; never twice the day it was put off."""
    if today in dismissed_on:
        return False
    latest = max((a.on for a in answers), default=None)
    return latest is None or (today - latest).days >= PSFS_INTERVAL_DAYS


def psfs_deciding_since(today: dt.date) -> dt.date:
    """The first day whose answers and "not now"s can make ``psfs_due(..., today)`` False: an answer
    from before it is PSFS_INTERVAL_DAYS old or more, which asks again, as no answer does. Reading
    the journal from this day on (an index on the date) gives the same answer as reading it all."""
    return today - dt.timedelta(days=PSFS_INTERVAL_DAYS - 1)


def psfs_changes(answers: list[PsfsAnswer]) -> list[PsfsChange]:
    """Each activity of the latest answer with its first score (the first answer that named it)."""
    if not answers:
        return []
    first_of: dict[str, int] = {}
    for answer in answers[:-1]:
        for activity, score in answer.items:
            first_of.setdefault(activity.casefold(), score)
    return [PsfsChange(activity, first_of.get(activity.casefold()), score) for activity, score in answers[-1].items]
