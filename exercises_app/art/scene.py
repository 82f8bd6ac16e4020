"""Scene builder: a pose, its props and arrows become drawing primitives in view units.

Drawing order, back to front: wall and doorway, floor and mat, chair and cushion, the pale
ghost of the position the exercise starts from (where the data asks for one), highlight glow,
far-side limbs (light tone), trunk and head, near leg, strap, near arm (each near limb cut out
from what lies behind it by a thin background-coloured rim; the near arm goes before the near
leg where the data says the arm is threaded behind it), arrows.

An exercise with an oblique ``view`` is drawn the same way from its projected joints and shapes
(see ``view``); its mat is drawn as seen from above and there is no floor line.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from exercises_app.art.body import (
    CapsuleShape,
    CircleShape,
    OutlineShape,
    Pose,
    Shape,
    Skeleton,
    body_shapes,
    foot_point,
    forward_kinematics,
)
from exercises_app.art.geometry import (
    PathCommand,
    Point,
    along,
    circle_commands,
    distance,
    lerp_point,
    quadratic_point,
    smooth_closed_commands,
    tapered_capsule_commands,
)
from exercises_app.art.motion import MotionPoint, frame_position_pair, interpolate_frames, motion_point_at
from exercises_app.art.poses import ArrowSpec, ExerciseIllustration, FrameSpec, Props, limb_segments
from exercises_app.art.primitives import (
    VIEW_HEIGHT,
    VIEW_WIDTH,
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
from exercises_app.art.style import (
    ARROW_WIDTH,
    FLOOR_WIDTH,
    FLOOR_Y,
    HIGHLIGHT_GROWTH,
    KNOCKOUT_WIDTH,
    MAT_THICKNESS,
    PROP_WIDTH,
    STRAP_WIDTH,
)
from exercises_app.art.view import (
    DrawnShape,
    SweptOutlineShape,
    View,
    mat_outline,
    rolled_points,
    view_joints,
    view_shapes,
    visible_eyes,
)

MAT_MARGIN = 14.0
FACE_LINE_WIDTH = 1.2
EYE_RADIUS = 1.5
STRAP_ABOVE_FLOOR = 1.0  # a strap under a flat foot is drawn along the sole, not sunk into the mat
MAT_HALF_WIDTH = 32.0  # how far the mat reaches either side of the body in an oblique view
MAX_ZOOM = 1.6
VIEW_MARGIN = 12.0
HIGHLIGHT_SPOT_RADIUS = 11.0
HIGHLIGHT_SPAN = 4
ToView = Callable[[Point], Point]


@dataclass(frozen=True)
class ExerciseLayout:
    """What stays put across an exercise's frames: zoom, horizontal placement and the mat.

    Every exercise is zoomed to fill the picture (up to ``MAX_ZOOM``) around the floor line, so
    proportions are the same everywhere while lying figures are not drawn tiny.
    """

    zoom: float
    offset_x: float
    mat_span: tuple[float, float] | None
    lift: float = 0.0
    """How far the drawing is raised so that an oblique view's mat stays above the bottom edge."""
    mat_outline: tuple[Point, ...] | None = None
    """The mat as seen from an oblique view (drawn instead of the floor line and side-on mat)."""

    def to_view(self, point: Point) -> Point:
        return (point[0] * self.zoom + self.offset_x, FLOOR_Y - (point[1] + self.lift) * self.zoom)


def drawn_joints(exercise: ExerciseIllustration, pose: Pose) -> Skeleton:
    """Where the joints are drawn: the side view, or the exercise's oblique view."""
    if exercise.spec.view is None:
        return forward_kinematics(pose, exercise.body)
    return view_joints(pose, exercise.spec.view, exercise.body)


def drawn_shapes(exercise: ExerciseIllustration, pose: Pose) -> dict[str, DrawnShape]:
    """The body parts as drawn: the side view, or the exercise's oblique view."""
    if exercise.spec.view is None:
        return dict(body_shapes(pose, None, exercise.body))
    return view_shapes(pose, exercise.spec.view, exercise.body)


def exercise_layout(exercise: ExerciseIllustration) -> ExerciseLayout:
    """Zoom and centre the exercise's figure, props and arrows; size the mat to every frame's body."""
    cached = exercise.cache.get("layout")
    if isinstance(cached, ExerciseLayout):
        return cached
    body_left, body_right, top, bottom = float("inf"), float("-inf"), 0.0, 0.0
    for frame in exercise.frames:
        for shape in drawn_shapes(exercise, frame.pose).values():
            left, low, right, high = shape.bounds()
            body_left, body_right = min(body_left, left), max(body_right, right)
            top, bottom = max(top, high), min(bottom, low)
    left, right = body_left, body_right
    for index, frame in enumerate(exercise.frames):
        for prop_left, prop_right, prop_top in _prop_extents(frame.spec.props):
            left, right, top = min(left, prop_left), max(right, prop_right), max(top, prop_top)
        for arrow in frame.spec.arrows:
            curve = arrow_curve(exercise, index, arrow)
            if curve is not None:
                for point in curve:
                    left, right = min(left, point[0] - 6.0), max(right, point[0] + 6.0)
                    top = max(top, point[1] + 6.0)
    mat = any(frame.spec.props.mat for frame in exercise.frames)
    mat_span = (body_left - MAT_MARGIN, body_right + MAT_MARGIN) if mat else None
    outline = None
    if mat and exercise.spec.view is not None:
        side_left = min(shape.bounds()[0] for frame in exercise.frames for shape in frame.shapes.values())
        side_right = max(shape.bounds()[2] for frame in exercise.frames for shape in frame.shapes.values())
        middle, half_width = _mat_depth(exercise)
        outline = mat_outline(exercise.spec.view, side_left - MAT_MARGIN, side_right + MAT_MARGIN, half_width,
                              MAT_THICKNESS, middle)
        mat_span = None
        left, right = min([left] + [p[0] for p in outline]), max([right] + [p[0] for p in outline])
        bottom = min([bottom] + [p[1] for p in outline])
    if mat_span:
        left, right = min(left, mat_span[0]), max(right, mat_span[1])
    lift = -bottom if exercise.spec.view is not None else 0.0
    zoom = min(MAX_ZOOM, (VIEW_WIDTH - 2 * VIEW_MARGIN) / (right - left),
               (FLOOR_Y - VIEW_MARGIN) / max(top + lift, 1.0))
    layout = ExerciseLayout(zoom, VIEW_WIDTH / 2.0 - zoom * (left + right) / 2.0, mat_span, lift, outline)
    exercise.cache["layout"] = layout
    return layout


def _mat_depth(exercise: ExerciseIllustration) -> tuple[float, float]:
    """(middle, half width) of the mat across the body: centred for a body lying on its back or front;
    under every frame's joints, with a margin, for a body turned on its side (``View.body_roll``)."""
    view = exercise.spec.view
    if view is None or not view.body_roll:
        return 0.0, MAT_HALF_WIDTH
    depths = [point[2] for frame in exercise.frames
              for point in rolled_points(frame.pose, view, exercise.body).values()]
    low, high = min(depths) - MAT_MARGIN, max(depths) + MAT_MARGIN
    return (low + high) / 2.0, max((high - low) / 2.0, MAT_HALF_WIDTH)


def _prop_extents(props: Props) -> Iterable[tuple[float, float, float]]:
    """(left, right, top) in world units of every prop but the mat (walls and door frames reach any height)."""
    if props.chair:
        chair = props.chair
        yield chair.back_x - 6.0, chair.back_x + chair.depth + 2.0, chair.seat_height + chair.back_height
    if props.cushion:
        cushion = props.cushion
        yield cushion.x - cushion.width / 2.0, cushion.x + cushion.width / 2.0, cushion.height + MAT_THICKNESS
    if props.doorway:  # only the jamb counts: the head of the frame may be cut off at the top
        door = props.doorway
        yield door.x - 6.0, door.x + door.thickness + 6.0, 0.0
    if props.wall:
        yield props.wall.x, props.wall.x + props.wall.thickness, 0.0


# --- Arrows ---------------------------------------------------------------------------------------

def arrow_curve(exercise: ExerciseIllustration, frame_index: int,
                arrow: ArrowSpec) -> tuple[Point, Point, Point] | None:
    """World (start, control, end) of an arrow (see ``ArrowSpec``); None when nothing moves."""
    if arrow.around:
        return _arc_arrow(drawn_joints(exercise, exercise.frames[frame_index].pose)[arrow.joint], arrow)
    assert arrow.to_frame is not None
    start_frame = frame_index if arrow.from_frame is None else exercise.frame_index(arrow.from_frame)
    end_frame = exercise.frame_index(arrow.to_frame)
    samples = []
    for fraction in (0.0, 0.5, 1.0):
        pose = interpolate_frames(exercise, start_frame, end_frame, fraction)
        joint = drawn_joints(exercise, pose)[arrow.joint]
        samples.append((joint[0] + arrow.offset[0], joint[1] + arrow.offset[1]))
    first, middle, last = samples
    chord = distance(first, last)
    if chord < 1e-3:
        return None
    control = (2 * middle[0] - (first[0] + last[0]) / 2, 2 * middle[1] - (first[1] + last[1]) / 2)
    if arrow.bend:
        normal = (-(last[1] - first[1]) / chord, (last[0] - first[0]) / chord)
        control = (control[0] + normal[0] * arrow.bend, control[1] + normal[1] * arrow.bend)
    t0, t1 = arrow.trim, 1.0 - arrow.trim
    start = quadratic_point(first, control, last, t0)
    end = quadratic_point(first, control, last, t1)
    weight_start, weight_middle, weight_end = (1 - t0) * (1 - t1), (1 - t0) * t1 + t0 * (1 - t1), t0 * t1
    control = (
        weight_start * first[0] + weight_middle * control[0] + weight_end * last[0],
        weight_start * first[1] + weight_middle * control[1] + weight_end * last[1],
    )
    chord = distance(start, end)
    if chord < arrow.min_length:
        centre = lerp_point(start, end, 0.5)
        grow = arrow.min_length / chord

        def scaled(point: Point) -> Point:
            return (centre[0] + (point[0] - centre[0]) * grow, centre[1] + (point[1] - centre[1]) * grow)

        start, control, end = scaled(start), scaled(control), scaled(end)
    return start, control, end


def _arc_arrow(centre: Point, arrow: ArrowSpec) -> tuple[Point, Point, Point]:
    """A circular arc as one quadratic Bézier (good for sweeps up to about 120 degrees)."""
    centre = (centre[0] + arrow.offset[0], centre[1] + arrow.offset[1])
    middle = arrow.start_deg + arrow.sweep_deg / 2.0
    reach = arrow.radius / math.cos(math.radians(arrow.sweep_deg / 2.0))
    return (along(centre, arrow.start_deg, arrow.radius), along(centre, middle, reach),
            along(centre, arrow.start_deg + arrow.sweep_deg, arrow.radius))


# --- Shapes to paths ------------------------------------------------------------------------------

def shape_commands(shape: Shape, layout: ExerciseLayout) -> tuple[PathCommand, ...]:
    """Path commands (view units) for a body shape."""
    to_view, zoom = layout.to_view, layout.zoom
    if isinstance(shape, CapsuleShape):
        return tuple(tapered_capsule_commands(to_view(shape.start), to_view(shape.end),
                                              shape.start_radius * zoom, shape.end_radius * zoom))
    if isinstance(shape, CircleShape):
        return tuple(circle_commands(to_view(shape.center), shape.radius * zoom))
    if isinstance(shape, OutlineShape):
        return tuple(smooth_closed_commands([to_view(p) for p in shape.points]))
    raise TypeError(f"unknown shape {shape!r}")


def shape_paths(shape: DrawnShape, layout: ExerciseLayout, fill: Role | None, stroke: Role | None = None,
                stroke_width: float = 0.0) -> list[Path]:
    """Paths for a body shape: one, or one per copy of a swept outline (farthest first)."""
    parts = shape.copies if isinstance(shape, SweptOutlineShape) else (shape,)
    return [Path(shape_commands(part, layout), fill, stroke, stroke_width) for part in parts]


def _limb_parts(limb: str) -> tuple[str, str, str]:
    return limb_segments(limb)


def _ghost_primitives(exercise: ExerciseIllustration, layout: ExerciseLayout) -> list[Primitive]:
    """The exercise's ghost frame (if any): trunk, head and legs as one pale silhouette behind the figure."""
    if exercise.spec.ghost is None:
        return []
    solved = exercise.frames[exercise.frame_index(exercise.spec.ghost)]
    shapes = drawn_shapes(exercise, solved.pose)
    parts = ("torso", "neck", "head") + tuple(segment for side in ("far", "near")
                                              for segment in limb_segments(f"{side}_leg"))
    primitives: list[Primitive] = [path for part in parts for path in shape_paths(shapes[part], layout, Role.MAT)]
    primitives.append(Polygon(_face_points(shapes, layout), Role.MAT))
    return primitives


def _face_points(shapes: Mapping[str, DrawnShape], layout: ExerciseLayout) -> tuple[Point, ...]:
    face = shapes["face"]
    assert isinstance(face, OutlineShape)
    return tuple(layout.to_view(p) for p in face.points)


def _body_primitives(pose: Pose, frame: FrameSpec, exercise: ExerciseIllustration,
                     layout: ExerciseLayout) -> list[Primitive]:
    to_view = layout.to_view
    joints = drawn_joints(exercise, pose)
    shapes = drawn_shapes(exercise, pose)
    primitives: list[Primitive] = _ghost_primitives(exercise, layout)
    for part in frame.highlight:
        if part in shapes:  # a limb segment glows all round
            primitives += shape_paths(shapes[part], layout, Role.HIGHLIGHT, Role.HIGHLIGHT, HIGHLIGHT_GROWTH * 2)
        else:  # a landmark: the trunk's surface glows near it
            torso = shapes["torso"]
            primitives.append(_surface_glow(torso.nearest if isinstance(torso, SweptOutlineShape) else torso,
                                            joints[part], layout))
    for limb in ("far_leg", "far_arm"):
        for part in _limb_parts(limb):
            primitives += shape_paths(shapes[part], layout, Role.FAR_LIMB)
    for part in ("torso", "neck", "head"):
        primitives += shape_paths(shapes[part], layout, Role.BODY)
    primitives.append(Polygon(_face_points(shapes, layout), Role.BODY))
    if exercise.spec.face_details:
        primitives += _face_details(exercise, pose, shapes, layout)
    if exercise.spec.arm_behind_leg:
        primitives += _near_limb(shapes, "near_arm", layout)
    primitives += _near_limb(shapes, "near_leg", layout)
    if frame.props.strap:
        primitives += _strap(frame.props, pose, joints, to_view)
    if not exercise.spec.arm_behind_leg:
        primitives += _near_limb(shapes, "near_arm", layout)
    return primitives


def _face_details(exercise: ExerciseIllustration, pose: Pose, shapes: Mapping[str, DrawnShape],
                  layout: ExerciseLayout) -> list[Primitive]:
    """The line of the face (brow, nose, chin) and the eyes that face the camera, cut out of the head.

    Only for exercises that ask (``face_details``): the way the face points is their movement.
    """
    view = exercise.spec.view or View()
    eyes = visible_eyes(pose, view, exercise.body)
    primitives: list[Primitive] = []
    if not view.body_roll:  # lying on the side, the profile lies flat towards the camera: the eyes say enough
        primitives.append(Polyline(_face_points(shapes, layout)[:-1], FACE_LINE_WIDTH, Role.BACKGROUND))
    primitives += [Circle(layout.to_view(eye), EYE_RADIUS * layout.zoom, Role.BACKGROUND) for eye in eyes]
    return primitives


def _surface_glow(torso: Shape, landmark: Point, layout: ExerciseLayout) -> Primitive:
    """A glowing band along the stretch of the trunk outline closest to ``landmark``."""
    assert isinstance(torso, OutlineShape)
    points = torso.points
    count = len(points)
    nearest = min(range(count), key=lambda index: distance(points[index], landmark))

    def tangent(index: int) -> Point:
        before, after = points[(index - 1) % count], points[(index + 1) % count]
        length = distance(before, after) or 1.0
        return ((after[0] - before[0]) / length, (after[1] - before[1]) / length)

    facing = tangent(nearest)
    band = []
    for step in range(-HIGHLIGHT_SPAN, HIGHLIGHT_SPAN + 1):
        index = (nearest + step) % count
        along_surface = tangent(index)
        # Only the same face of the trunk: the band must not wrap round the neck or the hips.
        if (distance(points[index], landmark) < HIGHLIGHT_SPOT_RADIUS * 2.2
                and along_surface[0] * facing[0] + along_surface[1] * facing[1] > 0.5):
            band.append(points[index])
    return Polyline(tuple(layout.to_view(p) for p in band), HIGHLIGHT_GROWTH * 2.6, Role.HIGHLIGHT)


def _near_limb(shapes: Mapping[str, DrawnShape], limb: str, layout: ExerciseLayout) -> list[Primitive]:
    """A near-side limb: first a background rim around every segment, then the segments."""
    rims: list[Primitive] = [path for part in _limb_parts(limb)
                             for path in shape_paths(shapes[part], layout, None, Role.BACKGROUND, KNOCKOUT_WIDTH)]
    fills: list[Primitive] = [path for part in _limb_parts(limb)
                              for path in shape_paths(shapes[part], layout, Role.BODY)]
    return rims + fills


def _strap(props: Props, pose: Pose, joints: Mapping[str, Point], to_view: ToView) -> list[Primitive]:
    """The strap: from the hands to the sole of the foot, then along the sole (above the mat when the foot is flat)."""
    assert props.strap is not None
    side = props.strap.leg.split("_", 1)[0]
    ankle = joints[f"{side}_ankle"]
    foot_angle = pose.angle(f"{side}_foot")
    hand_side = props.strap.arms[0].split("_", 1)[0]
    hand = lerp_point(joints[f"{hand_side}_wrist"], joints[f"{hand_side}_fingertip"], 0.45)
    floor = props.support_height("floor") + STRAP_ABOVE_FLOOR
    sole = [foot_point(ankle, foot_angle, local) for local in ((17.0, -9.4), (2.0, -9.4))]
    points = (to_view(hand), *(to_view((x, max(y, floor))) for x, y in sole))
    return [Polyline(points, STRAP_WIDTH + KNOCKOUT_WIDTH * 2, Role.BACKGROUND),
            Polyline(points, STRAP_WIDTH, Role.PROP)]


def _rect(layout: ExerciseLayout, left: float, bottom: float, right: float, top: float, radius: float,
          fill: Role | None, stroke: Role | None = None) -> RoundedRect:
    """A rectangle given by world edges."""
    x0, y0 = layout.to_view((left, top))
    x1, y1 = layout.to_view((right, bottom))
    return RoundedRect(x0, y0, x1 - x0, y1 - y0, radius, fill, stroke, PROP_WIDTH if stroke else 0.0)


def _back_props(props: Props, layout: ExerciseLayout) -> list[Primitive]:
    """Wall and doorway, drawn behind the floor line."""
    primitives: list[Primitive] = []
    view_top = FLOOR_Y / layout.zoom  # walls and frames stop at the top edge of the picture, not beyond it
    if props.wall:
        wall = props.wall
        primitives.append(_rect(layout, wall.x, 0.0, wall.x + wall.thickness, view_top, 0.0, Role.PROP_FILL, Role.PROP))
    if props.doorway:
        door = props.doorway
        # The wall above the opening, cut through (when it is in the picture), then the jamb the forearm rests on.
        if door.height < view_top:
            primitives.append(_rect(layout, door.x - 5.0, door.height, door.x + door.thickness + 5.0, view_top, 0.0,
                                    Role.PROP_FILL, Role.PROP))
        primitives.append(_rect(layout, door.x, 0.0, door.x + door.thickness, min(door.height, view_top), 1.5,
                                Role.PROP_FILL, Role.PROP))
    return primitives


def _floor_props(props: Props, layout: ExerciseLayout) -> list[Primitive]:
    """Floor line, mat, chair and cushion (an oblique view: its mat seen from above, no floor line)."""
    to_view = layout.to_view
    if layout.mat_outline is not None:
        return [Polygon(tuple(to_view(p) for p in layout.mat_outline), Role.MAT)] if props.mat else []
    primitives: list[Primitive] = [Line((0.0, FLOOR_Y), (VIEW_WIDTH, FLOOR_Y), FLOOR_WIDTH, Role.FLOOR)]
    if props.mat and layout.mat_span:
        primitives.append(_rect(layout, layout.mat_span[0], 0.0, layout.mat_span[1], MAT_THICKNESS, 2.0, Role.MAT))
    if props.chair:
        chair = props.chair
        back, seat, front = chair.back_x, chair.seat_height, chair.back_x + chair.depth
        top = seat + chair.back_height
        leg = PROP_WIDTH * 1.8
        primitives.append(Line(to_view((back + 2.0, 0.0)), to_view((back + 2.0, seat)), leg, Role.PROP))
        primitives.append(Line(to_view((front - 2.0, 0.0)), to_view((front - 2.0, seat)), leg, Role.PROP))
        primitives.append(Line(to_view((back + 2.0, seat)), to_view((back - 1.0, top - 2.0)), leg, Role.PROP))
        primitives.append(_rect(layout, back - 1.0, seat - 4.0, front, seat, 2.0, Role.PROP_FILL, Role.PROP))
        primitives.append(_rect(layout, back - 5.0, top - min(20.0, chair.back_height * 0.45), back + 1.0, top, 2.5,
                                Role.PROP_FILL, Role.PROP))
    if props.cushion:
        cushion = props.cushion
        floor = props.support_height("floor")
        primitives.append(_rect(layout, cushion.x - cushion.width / 2.0, floor, cushion.x + cushion.width / 2.0,
                                floor + cushion.height, 4.0, Role.PROP_FILL, Role.PROP))
    return primitives


# --- Whole scenes ---------------------------------------------------------------------------------

def build_scene(exercise: ExerciseIllustration, pose: Pose, frame_index: int, show_arrows: bool = True) -> Scene:
    """Primitives for ``pose`` with the props, highlight and arrows of keyframe ``frame_index``."""
    layout = exercise_layout(exercise)
    frame = exercise.frames[frame_index].spec
    to_view = layout.to_view
    primitives: list[Primitive] = []
    primitives += _back_props(frame.props, layout)
    primitives += _floor_props(frame.props, layout)
    primitives += _body_primitives(pose, frame, exercise, layout)
    if show_arrows:
        for arrow in frame.arrows:
            curve = arrow_curve(exercise, frame_index, arrow)
            if curve is not None:
                start, control, end = (to_view(p) for p in curve)
                primitives.append(Arrow(start, control, end, ARROW_WIDTH, Role.ACCENT))
    return Scene(tuple(primitives), VIEW_WIDTH, VIEW_HEIGHT)


def keyframe_scene(exercise: ExerciseIllustration, frame_index: int) -> Scene:
    """The still drawing of one keyframe (what the SVG files hold)."""
    return build_scene(exercise, exercise.frames[frame_index].pose, frame_index)


def scene_at_phase(exercise: ExerciseIllustration, frame_position: float, show_arrows: bool = True) -> Scene:
    """The drawing at an explicit frame position, with the nearest keyframe's props and arrows."""
    lower, upper, fraction = frame_position_pair(len(exercise.frames), frame_position)
    point = MotionPoint(lower, upper, fraction)
    return build_scene(exercise, interpolate_frames(exercise, lower, upper, fraction), point.nearest_frame, show_arrows)


def scene_at_time(exercise: ExerciseIllustration, t_seconds: float, tempo_s: float | None, hold_s: float | None,
                  show_arrows: bool = True) -> Scene:
    """The animated drawing ``t_seconds`` into the exercise at this tempo and hold."""
    point = motion_point_at(exercise.spec.cycle, t_seconds, tempo_s, hold_s)
    pose = interpolate_frames(exercise, point.from_frame, point.to_frame, point.fraction)
    return build_scene(exercise, pose, point.nearest_frame, show_arrows)
