"""Exercise illustrations drawn by code: pose model, keyframes, animation timing, scenes, SVG.

Pure Python (no Qt): ``gui.widgets.illustration`` paints the same scenes with QPainter.
"""
from __future__ import annotations

from exercises_app.art.body import (
    DEFAULT_BODY,
    JOINT_LIMITS,
    TURN_LIMITS,
    BodyProportions,
    Pose,
    body_shapes,
    forward_kinematics,
    joint_angles,
    joint_limit_violations,
    solve_two_bone,
)
from exercises_app.art.motion import MotionPoint, interpolate_frames, motion_point_at, pose_at, pose_at_phase
from exercises_app.art.poses import (
    ExerciseIllustration,
    MissingIllustrationError,
    PoseDataError,
    PoseLibrary,
    default_poses_path,
    load_pose_library,
)
from exercises_app.art.primitives import (
    Arrow,
    Circle,
    Line,
    Path,
    Polygon,
    Polyline,
    Primitive,
    Role,
    RoundedRect,
    Scene,
)
from exercises_app.art.scene import build_scene, keyframe_scene, scene_at_phase, scene_at_time
from exercises_app.art.style import DEFAULT_PALETTE, Palette, palette_for
from exercises_app.art.svg import scene_to_svg

__all__ = [
    "DEFAULT_BODY", "DEFAULT_PALETTE", "JOINT_LIMITS", "TURN_LIMITS", "Arrow", "BodyProportions", "Circle",
    "ExerciseIllustration", "Line", "MissingIllustrationError", "MotionPoint", "Palette", "Path", "Polygon", "Polyline",
    "Pose", "PoseDataError", "PoseLibrary", "Primitive", "Role", "RoundedRect", "Scene", "body_shapes", "build_scene",
    "default_poses_path", "forward_kinematics", "interpolate_frames", "joint_angles", "joint_limit_violations",
    "keyframe_scene", "load_pose_library", "motion_point_at", "palette_for", "pose_at", "pose_at_phase",
    "scene_at_phase", "scene_at_time", "scene_to_svg", "solve_two_bone",
]
