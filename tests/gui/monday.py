"""A context whose local date is Monday 5 January 2026 (shared by the Today and History tests)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from exercises_app.core.clock import FakeClock
from exercises_app.gui.context import AppContext

MakeContext = Callable[..., AppContext]
MONDAY = dt.date(2026, 1, 5)


def on_monday(make_context: MakeContext) -> MakeContext:
    """Wrap the shared fixture so the clock is moved (forward only) to make the local date Monday
    5 January 2026 in any time zone: the fake clock starts at 09:00 UTC, still the 4th west of UTC-9."""
    def make(lang: str = "en") -> AppContext:
        context = make_context(lang)
        clock = context.clock
        assert isinstance(clock, FakeClock)
        now = clock.now().astimezone()
        if now.date() < MONDAY:
            clock.advance((dt.datetime.combine(MONDAY, dt.time(9), tzinfo=now.tzinfo) - now).total_seconds())
        assert context.today() == MONDAY
        return context
    return make
