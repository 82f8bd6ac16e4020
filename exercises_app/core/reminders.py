"""Daily reminders: which reminder times are set, and which reminders are due or were missed.

Pure Python, no Qt: the GUI's ``ReminderService`` reads the settings, asks the adherence store
which sessions are done, and calls ``due_reminders`` on a timer and ``missed_reminders`` once at
start. Nothing here looks at a clock; every function is given ``now``.

Settings (in the app's settings file):

``preferences/reminder_times``
    The reminder times, ``"HH:MM,HH:MM"`` in local wall time, edited by the Settings dialog and
    read into ``AppContext.preferences.reminder_times`` by ``core.preferences``. Empty means
    off, which is the default: nothing reminds a patient who has not asked for it. Reminder *i*
    (in time order) is about session slot *i* of the day; one beyond the day's sessions is
    about the last one. ``parse_reminder_times`` applies the rules below to that value.
``reminders/last_check`` (``gui/settings_keys.py`` ``REMINDERS_LAST_CHECK``)
    ISO 8601 aware datetime of the last check by a running app (so, roughly, when it last ran).

Time zones and daylight saving: a reminder time is a wall time on a local date, turned into
one instant (on a spring-forward day a time in the skipped hour, such as 02:30, becomes the
instant the clocks jumped to, 03:30; on a fall-back day a repeated time means its first
occurrence). Every comparison is between instants (UTC), never between wall times, so each
reminder falls in exactly one check window and fires at most once.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from .clock import local_date

log = logging.getLogger(__name__)

MAX_REMINDERS = 5  # the most sessions a day a programme can prescribe (DOSE_LIMITS.times_per_day)
# A reminder of a previous day is still shown live when it is this late at most (a check window
# that spans midnight); older ones, after the computer slept overnight, are only 'missed'.
LATE_LIMIT = dt.timedelta(hours=1)

_SUGGESTED: dict[int, tuple[str, ...]] = {
    1: ("08:00",),
    2: ("08:00", "19:30"),
    3: ("08:00", "13:00", "19:30"),
    4: ("08:00", "12:00", "16:00", "20:00"),
    5: ("08:00", "11:00", "14:00", "17:00", "20:00"),
}
_TIME = re.compile(r"^(\d{1,2})\s*[:hH]\s*(\d{2})$")
_SEPARATORS = re.compile(r"[,;]")
_UTC = dt.UTC


@dataclass(frozen=True)
class Reminder:
    """One reminder on one date: for session ``slot`` of ``sessions_per_day``, at wall time ``time``.

    ``at`` is the aware instant it falls due (in the zone the reminders were computed in).
    """

    on: dt.date
    slot: int
    time: dt.time
    at: dt.datetime
    sessions_per_day: int


def _clamp_sessions(sessions_per_day: int) -> int:
    return max(1, min(int(sessions_per_day), MAX_REMINDERS))


def default_times(sessions_per_day: int = 2) -> tuple[dt.time, ...]:
    """The suggested reminder times for a programme of ``sessions_per_day`` sessions a day.

    The settings dialog offers these when the patient turns reminders on; an unreadable entry
    in the settings falls back to the one at its position.
    """
    return tuple(dt.time.fromisoformat(text) for text in _SUGGESTED[_clamp_sessions(sessions_per_day)])


def parse_time(text: str) -> dt.time | None:
    """'8:00', '08:00', '19h30' → a time (minutes, no seconds); None when it is not one."""
    match = _TIME.match(text.strip())
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def parse_reminder_times(value: object, sessions_per_day: int = MAX_REMINDERS) -> tuple[dt.time, ...]:
    """The reminder times in ``value`` (settings text or preference tuple): sorted, one per session at most.

    - None, empty or blank text: reminders are off, ``()``.
    - An entry that is not a time of day (``25:00``, ``noon``) is replaced by the default time
      at its position (``default_times``); past the defaults it is dropped.
    - A time given twice counts once; the times are put in order (first = session 1).
    - More times than ``sessions_per_day`` (clamped to 1..MAX_REMINDERS): the earliest are kept.
    - A value of another type (not text) gives the default times.

    Each correction is logged as a warning; the function never raises.
    ``value`` may also be a list or tuple of texts (``Preferences.reminder_times``; QSettings also
    reads an unquoted ``a,b`` as a list).
    """
    limit = _clamp_sessions(sessions_per_day)
    defaults = default_times(limit)
    if value is None:
        return ()
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        value = ",".join(value)
    if not isinstance(value, str):
        log.warning("reminder times %r are not text; using the default times %s",
                    value, format_times(defaults))
        return defaults
    pieces = [piece.strip() for piece in _SEPARATORS.split(value)]
    pieces = [piece for piece in pieces if piece]
    if not pieces:
        return ()
    times: list[dt.time] = []
    for position, piece in enumerate(pieces):
        parsed = parse_time(piece)
        if parsed is None:
            if position < len(defaults):
                parsed = defaults[position]
                log.warning("reminder time %r is not a time of day (HH:MM); using the default %s instead",
                            piece, parsed.strftime("%H:%M"))
            else:
                log.warning("reminder time %r is not a time of day (HH:MM); it is ignored", piece)
                continue
        if parsed in times:
            log.warning("reminder time %s is set twice; it reminds once", parsed.strftime("%H:%M"))
            continue
        times.append(parsed)
    times.sort()
    if len(times) > limit:
        log.warning("%d reminder times for %d session(s) a day; keeping %s, ignoring %s",
                    len(times), limit, format_times(times[:limit]), format_times(times[limit:]))
        times = times[:limit]
    return tuple(times)


def format_times(times: Iterable[dt.time]) -> str:
    """The settings text of ``times``: ``'08:00,19:30'``; ``''`` for none (off)."""
    return ",".join(t.strftime("%H:%M") for t in times)


def parse_last_check(value: object) -> dt.datetime | None:
    """The stored last-check time, or None when missing or unusable (logged)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is not None and parsed.utcoffset() is not None:
            return parsed
    log.warning("the last reminder check %r is not an ISO time with a zone; ignoring it", value)
    return None


def format_last_check(at: dt.datetime) -> str:
    """The settings text of an aware time: ISO 8601 with its UTC offset."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("the last check must be an aware datetime")
    return at.isoformat()


def slot_for(index: int, sessions_per_day: int) -> int:
    """The session slot (1-based) that reminder ``index`` (1-based) is about."""
    return max(1, min(index, sessions_per_day))


def instant(on: dt.date, time: dt.time, zone: dt.tzinfo | None = None) -> dt.datetime:
    """The aware instant of wall time ``time`` on ``on`` in ``zone`` (None: the machine's zone).

    A time skipped by a spring-forward change becomes the instant after the jump (02:30 → 03:30);
    a repeated time on a fall-back day is its first occurrence.
    """
    naive = dt.datetime.combine(on, time)

    def resolve(fold: int) -> dt.datetime:
        local = naive.replace(fold=fold)
        if zone is None:
            return local.astimezone()  # the C library gives the machine zone's offset on that date
        return local.replace(tzinfo=zone).astimezone(_UTC).astimezone(zone)

    candidates = [resolve(0), resolve(1)]
    existing = [c for c in candidates if c.replace(tzinfo=None) == naive]
    if existing:  # one instant, or two on a fall-back day: the first
        return min(existing, key=lambda c: c.astimezone(_UTC))
    return max(candidates, key=lambda c: c.astimezone(_UTC))  # skipped: the instant after the jump


def reminders_on(
    on: dt.date, times: Iterable[dt.time], sessions_per_day: int, zone: dt.tzinfo | None = None,
) -> tuple[Reminder, ...]:
    """The reminders of date ``on``, in time order."""
    sessions = max(1, sessions_per_day)
    return tuple(
        Reminder(on, slot_for(index, sessions), time, instant(on, time, zone), sessions)
        for index, time in enumerate(sorted(times), start=1)
    )


def _between(
    times: tuple[dt.time, ...], sessions_per_day: int, start: dt.datetime, end: dt.datetime,
    zone: dt.tzinfo | None,
) -> list[Reminder]:
    """Reminders falling in (start, end], of today (the date of ``end``) and yesterday only."""
    _check_aware(start, "start")
    _check_aware(end, "now")
    start_utc, end_utc = start.astimezone(_UTC), end.astimezone(_UTC)
    if not times or end_utc <= start_utc:
        return []
    today = local_date(end, zone)
    first = max(local_date(start, zone), today - dt.timedelta(days=1))
    found = []
    on = first
    while on <= today:
        for reminder in reminders_on(on, times, sessions_per_day, zone):
            if start_utc < reminder.at.astimezone(_UTC) <= end_utc:
                found.append(reminder)
        on += dt.timedelta(days=1)
    return found


def _not_done(reminders: list[Reminder], done_slots: Mapping[dt.date, Collection[int]]) -> list[Reminder]:
    return [r for r in reminders if r.slot not in done_slots.get(r.on, ())]


def due_reminders(
    times: Iterable[dt.time], sessions_per_day: int, done_slots: Mapping[dt.date, Collection[int]],
    last_check: dt.datetime | None, now: dt.datetime, zone: dt.tzinfo | None = None,
) -> tuple[Reminder, ...]:
    """The reminders to show now: due since ``last_check`` (exclusive) up to ``now`` (inclusive).

    ``done_slots`` maps a date to the session slots done on it (a date missing: none done);
    the caller gives today's and yesterday's. A reminder whose session is done is not due.
    Only today's reminders and those of yesterday at most ``LATE_LIMIT`` late are due (so one at
    23:59 is still shown by a check at 00:00:20, but not after a night asleep). When two
    reminders about the same session fall in one window (more times than sessions), only the
    latest is given. With no ``last_check`` (the first run) nothing is due yet.
    """
    if last_check is None:
        return ()
    times = tuple(sorted(set(times)))
    today = local_date(now, zone)
    window = _not_done(_between(times, sessions_per_day, last_check, now, zone), done_slots)
    live = [r for r in window if r.on == today or now.astimezone(_UTC) - r.at.astimezone(_UTC) <= LATE_LIMIT]
    latest: dict[tuple[dt.date, int], Reminder] = {}
    for reminder in live:  # in time order: a later one replaces an earlier one for its session
        latest[(reminder.on, reminder.slot)] = reminder
    return tuple(sorted(latest.values(), key=lambda r: r.at.astimezone(_UTC)))


def missed_reminders(
    times: Iterable[dt.time], sessions_per_day: int, done_slots: Mapping[dt.date, Collection[int]],
    last_run: dt.datetime | None, now: dt.datetime, zone: dt.tzinfo | None = None,
) -> tuple[Reminder, ...]:
    """Reminders that fell due while the app was not running, for sessions still not done.

    Those after ``last_run`` up to ``now``, of today and yesterday only (older days are history,
    not reminders). With no ``last_run`` (first run) nothing was missed. In time order; two
    reminders about the same session of one date count once (the latest).
    """
    if last_run is None:
        return ()
    times = tuple(sorted(set(times)))
    latest: dict[tuple[dt.date, int], Reminder] = {}
    for reminder in _not_done(_between(times, sessions_per_day, last_run, now, zone), done_slots):
        latest[(reminder.on, reminder.slot)] = reminder
    return tuple(sorted(latest.values(), key=lambda r: r.at.astimezone(_UTC)))


def _check_aware(at: dt.datetime, name: str) -> None:
    if not isinstance(at, dt.datetime) or at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime, not {at!r}")
