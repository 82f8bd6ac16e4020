"""Animation timing and pose interpolation (pure: no clock, no Qt).

``pose_at`` turns elapsed seconds into a pose. Moving exercises (a tempo) loop through their
cycle of frames, easing into each turning point; hold exercises move to the end frame, stay
still for the hold, come back and pause. ``pose_at_phase`` gives the pose at an explicit frame
position (1.5 = halfway between frames 1 and 2) for a screen that drives the phase itself.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from exercises_app.art.body import Pose, forward_kinematics
from exercises_app.art.geometry import lerp, lerp_angle, lerp_point, sub
from exercises_app.art.poses import (
    ExerciseIllustration,
    PoseLibrary,
    limb_end_joint,
    load_pose_library,
    reach_limb,
)
from exercises_app.art.view import lateral_place

MOVE_S = 2.0
"""Seconds to move between start and end of a hold exercise."""
PAUSE_S = 1.0
"""Seconds of stillness at the start position between holds."""
DEFAULT_TEMPO_S = 4.0


@dataclass(frozen=True)
class MotionPoint:
    """Where an animation is: between two frames, ``fraction`` of the way (already eased)."""

    from_frame: int
    to_frame: int
    fraction: float
    holding: bool = False

    @property
    def nearest_frame(self) -> int:
        return self.to_frame if self.fraction >= 0.5 else self.from_frame


def ease_in_out(fraction: float) -> float:
    """Cosine ease: starts and ends at rest."""
    return (1.0 - math.cos(math.pi * fraction)) / 2.0


def _is_turning_point(cycle: Sequence[int], position: int) -> bool:
    count = len(cycle)
    return cycle[(position - 1) % count] == cycle[(position + 1) % count]


def _ease_segment(fraction: float, starts_at_rest: bool, ends_at_rest: bool) -> float:
    if starts_at_rest and ends_at_rest:
        return ease_in_out(fraction)
    if ends_at_rest:
        return math.sin(math.pi / 2.0 * fraction)
    if starts_at_rest:
        return 1.0 - math.cos(math.pi / 2.0 * fraction)
    return fraction


def motion_point_at(cycle: Sequence[int], t_seconds: float, tempo_s: float | None, hold_s: float | None) -> MotionPoint:
    """Where the animation of a frame ``cycle`` is after ``t_seconds``.

    With ``hold_s`` > 0: move along the cycle to its last frame in ``MOVE_S`` per step, hold,
    return the same way, pause ``PAUSE_S``. Otherwise loop the cycle once every ``tempo_s``
    seconds (default ``DEFAULT_TEMPO_S``), resting only at the turning points.
    """
    cycle = list(cycle) or [0]
    if len(cycle) == 1:
        return MotionPoint(cycle[0], cycle[0], 0.0)
    t_seconds = max(0.0, t_seconds)
    if hold_s is not None and hold_s > 0:
        steps = len(cycle) - 1
        move = MOVE_S if tempo_s is None or tempo_s <= 0 else min(max(tempo_s / 2.0, 1.0), 3.0)
        period = 2 * steps * move + hold_s + PAUSE_S
        t = t_seconds % period
        if t < steps * move:
            step, local = divmod(t / move, 1.0)
            return MotionPoint(cycle[int(step)], cycle[int(step) + 1], ease_in_out(local))
        t -= steps * move
        if t < hold_s:
            return MotionPoint(cycle[-2], cycle[-1], 1.0, holding=True)
        t -= hold_s
        if t < steps * move:
            step, local = divmod(t / move, 1.0)
            index = steps - int(step)
            return MotionPoint(cycle[index], cycle[index - 1], ease_in_out(local))
        return MotionPoint(cycle[0], cycle[1], 0.0, holding=True)
    period = tempo_s if tempo_s is not None and tempo_s > 0 else DEFAULT_TEMPO_S
    count = len(cycle)
    position = (t_seconds % period) / period * count
    segment = min(int(position), count - 1)
    local = position - segment
    eased = _ease_segment(local, _is_turning_point(cycle, segment), _is_turning_point(cycle, (segment + 1) % count))
    return MotionPoint(cycle[segment], cycle[(segment + 1) % count], eased)


def interpolate_frames(exercise: ExerciseIllustration, from_frame: int, to_frame: int, fraction: float) -> Pose:
    """The pose ``fraction`` of the way between two solved keyframes.

    Angles turn along the shorter arc. When the exercise names an ``anchor`` joint (a knee on
    the mat, say), that joint travels in a straight line and the root follows it; limbs in
    ``pins`` keep their wrist or ankle on the straight line between its two keyframe places.
    """
    first = exercise.frames[from_frame]
    second = exercise.frames[to_frame]
    if fraction <= 0.0 or from_frame == to_frame:
        return first.pose
    if fraction >= 1.0:
        return second.pose
    a, b = first.pose, second.pose
    angles = {name: lerp_angle(value, b.angles[name], fraction) for name, value in a.angles.items()}
    scales = {name: lerp(a.scale(name), b.scale(name), fraction) for name in set(a.scales) | set(b.scales)}
    lateral = {name: lerp(lateral_place(a, name), lateral_place(b, name), fraction)
               for name in set(a.lateral) | set(b.lateral)}
    turns = {name: lerp(a.turn(name), b.turn(name), fraction) for name in set(a.turns) | set(b.turns)}
    pose = Pose(lerp_point(a.root, b.root, fraction), angles, scales, lateral, turns)
    anchor = exercise.spec.anchor
    if anchor:
        anchor_at = lerp_point(first.joints[anchor], second.joints[anchor], fraction)
        relative = forward_kinematics(pose.with_root((0.0, 0.0)), exercise.body)[anchor]
        pose = pose.with_root(sub(anchor_at, relative))
    for limb in exercise.spec.pins:
        end = limb_end_joint(limb)
        pose = reach_limb(pose, limb, lerp_point(first.joints[end], second.joints[end], fraction), exercise.body)
    return pose


def pose_for_motion_point(exercise: ExerciseIllustration, point: MotionPoint) -> Pose:
    return interpolate_frames(exercise, point.from_frame, point.to_frame, point.fraction)


def frame_position_pair(frame_count: int, frame_position: float) -> tuple[int, int, float]:
    """Split a frame position (0 .. frame_count - 1) into two neighbouring frames and a fraction."""
    position = min(max(frame_position, 0.0), frame_count - 1.0)
    lower = min(math.floor(position), frame_count - 2) if frame_count > 1 else 0
    upper = min(lower + 1, frame_count - 1)
    return lower, upper, position - lower


def pose_at_phase(exercise_id: str, frame_position: float, library: PoseLibrary | None = None) -> Pose:
    """The pose at an explicit frame position: 0 is the first frame, 1.25 a quarter past the second."""
    exercise = (library or load_pose_library()).exercise(exercise_id)
    return interpolate_frames(exercise, *frame_position_pair(len(exercise.frames), frame_position))


def pose_at(exercise_id: str, t_seconds: float, tempo_s: float | None, hold_s: float | None,
            library: PoseLibrary | None = None) -> Pose:
    """The pose ``t_seconds`` into the animation of ``exercise_id`` at this tempo and hold."""
    exercise = (library or load_pose_library()).exercise(exercise_id)
    return pose_for_motion_point(exercise, motion_point_at(exercise.spec.cycle, t_seconds, tempo_s, hold_s))
