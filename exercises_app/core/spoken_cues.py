"""What the voice says on the mat: one short phrase for the session events that matter, or nothing.

Pure rules over the session engine's events (no Qt, no speech): the view words each phrase in the
interface's language and hands it to the speaker (``exercises_app/speech.py``). Phrases:

- an exercise's first step (its get-ready or the transition to it): "next: <name>" (the first: "<name>");
- a movement starts (the first of a set): "go"; a hold starts: "hold";
- a relax: "relax"; a rest between sets: "rest"; a change of side: "switch sides";
- the last three seconds of a hold: "3", "2", "1";
- the session finished: "well done".
"""
from __future__ import annotations

from dataclasses import dataclass

from .session import Event, EventKind, StepKind


@dataclass(frozen=True)
class Phrase:
    """A phrase to say: its key, and the exercise's name or the count it names."""

    key: str  # 'first', 'next', 'go', 'hold', 'relax', 'rest', 'switch', 'count', 'done'
    exercise_id: str = ""
    count: int = 0


def phrase_for(event: Event) -> Phrase | None:
    """The phrase for ``event``, or None when the voice says nothing for it."""
    step = event.step
    if event.kind is EventKind.SESSION_FINISHED:
        return Phrase("done")
    if event.kind is EventKind.CUE_COUNTDOWN and event.count:
        return Phrase("count", count=event.count)
    if event.kind is not EventKind.STEP_STARTED or step.item is None:
        return None
    if step.kind is StepKind.GET_READY:
        return Phrase("first", step.item.exercise_id)
    if step.kind is StepKind.TRANSITION:
        return Phrase("next", step.item.exercise_id)
    if step.kind is StepKind.HOLD:
        return Phrase("hold")
    if step.kind is StepKind.MOVE and step.rep_number == 1:
        return Phrase("go")
    if step.kind is StepKind.RELAX:
        return Phrase("relax")
    if step.kind is StepKind.REST:
        return Phrase("rest")
    if step.kind is StepKind.SWITCH_SIDES:
        return Phrase("switch")
    return None
