"""Drawings of own exercises as data: a frame is a pose of the figure, or a picture.

The bundled exercises are drawn from ``assets/illustrations/poses.yaml`` into SVG files. An
exercise a physiotherapist makes in the app carries its drawings in its own YAML instead (in the
user's library and inside a programme file), so another computer can draw it with no other file:

``pose:``
    the pose model's joint angles by name (degrees, flexion positive, 0 standing straight), the
    direction of the pelvis (``trunk``, degrees counter-clockwise from the floor, 90 upright),
    where the hip joint is (``root``), and optionally foreshortened segments (``scales``), sideways
    places of joints (``lateral``), props and the camera (``view``). ``art/pose_data.py`` turns it
    into the art package's ``Pose`` and draws it with the same code as the bundled drawings.
``image:``
    a PNG, JPEG or SVG picture, printed as it is: embedded as base64 (``{png: ...}``), or in the
    user's library a file of its pictures folder (``{file: name.png}``).

This module is pure Python: the model and its checks (every problem with its line, angles within
the model's joint limits in ``limits.JOINT_ANGLE_LIMITS``).
"""
from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import limits

if TYPE_CHECKING:
    from .library import Checker
    from .yamlsource import PathKey

SIDES = ("near", "far")
SPINE_JOINTS = ("lumbar", "thoracic", "neck", "head")
LIMB_JOINTS = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle")
#: Every joint angle a pose gives, in the pose model's order.
JOINTS: tuple[str, ...] = SPINE_JOINTS + tuple(f"{side}_{joint}" for side in SIDES for joint in LIMB_JOINTS)
#: The segments that may be foreshortened.
SEGMENTS: tuple[str, ...] = ("pelvis", "lumbar", "thoracic", "neck", "head") + tuple(
    f"{side}_{segment}" for side in SIDES
    for segment in ("upper_arm", "forearm", "hand", "thigh", "shin", "foot"))
#: The joints that may be moved sideways in an oblique view.
LATERAL_PLACES: tuple[str, ...] = ("skull", "head_center") + tuple(
    f"{side}_{joint}" for side in SIDES
    for joint in ("hip", "knee", "ankle", "heel", "toe", "shoulder", "elbow", "wrist", "fingertip"))
#: Props a pose may show, with the sizes each takes (all optional but the place).
PROPS: dict[str, tuple[str, ...]] = {
    "chair": ("back_x", "seat_height", "depth", "back_height"),
    "cushion": ("x", "width", "height"),
    "doorway": ("x", "thickness", "height"),
    "wall": ("x", "thickness"),
}
_PROP_PLACES = {"back_x", "x"}
STRAP_LEGS = ("near_leg", "far_leg")
PICTURE_KINDS = ("png", "jpeg", "svg")
_PICTURE_SUFFIXES = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".svg": "svg"}
_MAGIC = {"png": (b"\x89PNG\r\n\x1a\n",), "jpeg": (b"\xff\xd8\xff",)}


def joint_limits(joint: str) -> tuple[float, float]:
    """The limits of a joint such as ``near_knee`` or ``neck``."""
    return limits.JOINT_ANGLE_LIMITS[joint.split("_", 1)[1] if joint.startswith(SIDES) else joint]


def clamp_joint(joint: str, value: float) -> float:
    """``value`` brought within the joint's limits."""
    low, high = joint_limits(joint)
    return max(low, min(high, value))


@dataclass(frozen=True)
class Prop:
    """A prop of a pose: its kind and its sizes (``chair`` with ``back_x``, ``seat_height``...)."""

    kind: str
    sizes: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class PoseFrame:
    """A figure's pose as plain numbers (see the module's docstring)."""

    root: tuple[float, float]
    trunk: float
    joints: tuple[tuple[str, float], ...]
    scales: tuple[tuple[str, float], ...] = ()
    lateral: tuple[tuple[str, float], ...] = ()
    mat: bool = False
    strap: str | None = None  # the leg a strap loops under
    props: tuple[Prop, ...] = ()
    view: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0)  # yaw, elevation, body_roll, rise (see VIEW_KEYS)
    turns: tuple[tuple[str, float], ...] = ()  # a segment twisted about its length: the head turned

    def joint(self, name: str) -> float:
        return dict(self.joints).get(name, 0.0)

    def with_joint(self, name: str, value: float) -> PoseFrame:
        """The pose with one joint angle changed (kept within its limits)."""
        from dataclasses import replace

        joints = {**dict(self.joints), name: round(clamp_joint(name, value), 1)}
        return replace(self, joints=tuple((j, joints.get(j, 0.0)) for j in JOINTS))


@dataclass(frozen=True)
class Picture:
    """A picture printed as it is: its kind ('png', 'jpeg' or 'svg') and its bytes."""

    kind: str
    data: bytes

    @property
    def file_name(self) -> str:
        """A name made from the content, for the user library's pictures folder."""
        import hashlib  # OpenSSL: only when a picture is written

        suffix = "jpg" if self.kind == "jpeg" else self.kind
        return f"{hashlib.sha256(self.data).hexdigest()[:16]}.{suffix}"

    def base64(self) -> str:
        return base64.b64encode(self.data).decode("ascii")


def picture_kind(name: str) -> str | None:
    """The kind of picture a file name says ('png', 'jpeg', 'svg'), or None."""
    return _PICTURE_SUFFIXES.get(Path(name).suffix.lower())


def picture_problem(kind: str, data: bytes) -> str | None:
    """What is wrong with picture bytes of ``kind``, or None."""
    if len(data) > limits.MAX_PICTURE_BYTES:
        return (f"the picture is too large ({len(data)} bytes; at most {limits.MAX_PICTURE_BYTES}); "
                "make it smaller")
    if not data:
        return "the picture is empty"
    if kind in _MAGIC and not data.startswith(_MAGIC[kind]):
        return f"the data is not a {kind.upper()} picture"
    if kind == "svg" and b"<svg" not in data[:4096]:
        return "the data is not an SVG picture"
    return None


# -- checks --------------------------------------------------------------------------------------
def _number(checker: Checker, value: Any, path: PathKey, what: str, bounds: tuple[float, float]) -> float | None:
    from .library import kind_name

    if isinstance(value, bool) or not isinstance(value, (int, float)):
        checker.fail(path, f"{what} must be a number, not {kind_name(value)}")
        return None
    low, high = bounds
    if not low <= value <= high:
        checker.fail(path, f"{what} of {value:g} is outside the limits ({low:g} to {high:g})")
        return None
    return float(value)


def _named_numbers(checker: Checker, value: Any, path: PathKey, what: str, names: tuple[str, ...],
                   bounds: Any) -> dict[str, float]:
    """A mapping of names (from ``names``) to numbers; ``bounds(name)`` gives each one's limits."""
    from .library import kind_name

    if value is None:
        return {}
    if not isinstance(value, dict):
        checker.fail(path, f"{what} must be a mapping of names to numbers, not {kind_name(value)}")
        return {}
    fields = value
    result: dict[str, float] = {}
    for key, item in fields.items():
        if key not in names:
            import difflib  # only for a misspelt name: kept out of start-up

            close = difflib.get_close_matches(str(key), names, n=1, cutoff=0.6)
            hint = f"; did you mean '{close[0]}'?" if close else f" (one of: {', '.join(names)})"
            checker.fail(path + (key,), f"unknown {what[:-1] if what.endswith('s') else what} '{key}'{hint}",
                         at_key=True)
            continue
        number = _number(checker, item, path + (key,), f"{key}", bounds(key))
        if number is not None:
            result[key] = number
    return result


_POSE_KEYS = {"root", "trunk", "joints"}
_POSE_OPTIONAL = {"scales", "lateral", "props", "view", "turns"}
#: The camera's keys, in the order of ``PoseFrame.view``, with their limits.
VIEW_KEYS: dict[str, tuple[float, float]] = {"yaw": limits.VIEW_YAW, "elevation": limits.VIEW_ELEVATION,
                                              "body_roll": limits.VIEW_BODY_ROLL, "rise": limits.VIEW_RISE}
SIDE_VIEW: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0)


def check_pose(checker: Checker, value: Any, path: PathKey, label: str) -> PoseFrame | None:
    """A ``pose:`` mapping; every problem reported with its line."""
    fields = checker.mapping(value, path, f"pose of {label}", _POSE_KEYS, _POSE_OPTIONAL)
    if fields is None:
        return None
    before = len(checker.problems)
    root = fields.get("root")
    point: tuple[float, float] | None = None
    if "root" in fields:
        if not isinstance(root, list) or len(root) != 2:
            checker.fail(path + ("root",), "root must be the hip joint's place [x, y]")
        else:
            x = _number(checker, root[0], path + ("root", 0), "root x", limits.POSE_ROOT_X)
            y = _number(checker, root[1], path + ("root", 1), "root y", limits.POSE_ROOT_Y)
            point = (x, y) if x is not None and y is not None else None
    trunk = (_number(checker, fields["trunk"], path + ("trunk",), "trunk", (-360.0, 360.0))
             if "trunk" in fields else None)
    joints: dict[str, float] = {}
    if "joints" in fields:
        joints = _named_numbers(checker, fields["joints"], path + ("joints",), "joints", JOINTS, joint_limits)
    scales = _named_numbers(checker, fields.get("scales"), path + ("scales",), "scales", SEGMENTS,
                            lambda _name: limits.POSE_SCALE)
    lateral = _named_numbers(checker, fields.get("lateral"), path + ("lateral",), "lateral", LATERAL_PLACES,
                             lambda _name: limits.POSE_LATERAL)
    mat, strap, props = _props(checker, fields.get("props"), path + ("props",))
    view = SIDE_VIEW
    if "view" in fields:
        camera = checker.mapping(fields["view"], path + ("view",), "view", set(), set(VIEW_KEYS))
        if camera is not None:
            view = tuple(_number(checker, camera.get(key, 0), path + ("view", key), key, bounds) or 0.0
                         for key, bounds in VIEW_KEYS.items())
    turns = _named_numbers(checker, fields.get("turns"), path + ("turns",), "turns",
                           tuple(limits.TURN_ANGLE_LIMITS), lambda name: limits.TURN_ANGLE_LIMITS[name])
    if len(checker.problems) != before or point is None or trunk is None:
        return None
    return PoseFrame(root=point, trunk=trunk, joints=tuple((j, joints.get(j, 0.0)) for j in JOINTS),
                     scales=tuple(sorted(scales.items())), lateral=tuple(sorted(lateral.items())),
                     mat=mat, strap=strap, props=props, view=view, turns=tuple(sorted(turns.items())))


def _props(checker: Checker, value: Any, path: PathKey) -> tuple[bool, str | None, tuple[Prop, ...]]:
    from .library import kind_name

    if value is None:
        return False, None, ()
    fields = checker.mapping(value, path, "props", set(), {"mat", "strap", *PROPS})
    if fields is None:
        return False, None, ()
    mat = fields.get("mat", False)
    if not isinstance(mat, bool):
        checker.fail(path + ("mat",), f"mat must be true or false, not {kind_name(mat)}")
        mat = False
    strap = None
    if "strap" in fields:
        strap_fields = checker.mapping(fields["strap"], path + ("strap",), "strap", {"leg"})
        if strap_fields is not None and "leg" in strap_fields:
            if strap_fields["leg"] in STRAP_LEGS:
                strap = str(strap_fields["leg"])
            else:
                checker.fail(path + ("strap", "leg"), f"strap leg {strap_fields['leg']!r} is not one of: "
                                                      f"{', '.join(STRAP_LEGS)}")
    props = []
    for kind, names in PROPS.items():
        if kind not in fields:
            continue
        place = names[0]
        sizes = checker.mapping(fields[kind], path + (kind,), kind, {place}, names[1:])
        if sizes is None:
            continue
        numbers = _named_numbers(checker, sizes, path + (kind,), kind, names,
                                 lambda name: limits.PROP_PLACE if name in _PROP_PLACES else limits.PROP_SIZE)
        if place in numbers:
            props.append(Prop(kind, tuple((name, numbers[name]) for name in names if name in numbers)))
    return mat, strap, tuple(props)


def check_picture(checker: Checker, value: Any, path: PathKey, pictures_dir: Path | None) -> Picture | None:
    """An ``image:`` mapping: ``{png|jpeg|svg: base64}``, or ``{file: name}`` in the user's library."""
    allowed = set(PICTURE_KINDS) | ({"file"} if pictures_dir is not None else set())
    fields = checker.mapping(value, path, "image", set(), allowed)
    if fields is None:
        return None
    if len(fields) != 1:
        checker.fail(path, f"image must give exactly one of: {', '.join(sorted(allowed))}")
        return None
    key, item = next(iter(fields.items()))
    if key not in allowed:
        return None  # reported by mapping()
    at = path + (key,)
    if key == "file":
        assert pictures_dir is not None
        kind = picture_kind(item) if isinstance(item, str) else None
        if (not isinstance(item, str) or kind is None or Path(item).name != item or item.startswith(".")):
            checker.fail(at, f"image file {item!r} must be the name of a .png, .jpg or .svg file "
                             f"in {pictures_dir}")
            return None
        file = pictures_dir / item
        try:
            if not os.path.isfile(file):
                checker.fail(at, f"image file '{item}' does not exist in {pictures_dir}")
                return None
            if os.path.getsize(file) > limits.MAX_PICTURE_BYTES:
                checker.fail(at, f"image file '{item}' is too large (at most {limits.MAX_PICTURE_BYTES} bytes)")
                return None
            data = file.read_bytes()
        except OSError as exc:
            checker.fail(at, f"image file '{item}' cannot be read: {exc.strerror or exc}")
            return None
    else:
        kind = key
        if not isinstance(item, str):
            checker.fail(at, f"the {key} picture must be written as base64 text")
            return None
        if len(item) > limits.MAX_PICTURE_BYTES * 4 // 3 + 8:
            checker.fail(at, f"the picture is too large (at most {limits.MAX_PICTURE_BYTES} bytes)")
            return None
        try:
            data = base64.b64decode("".join(item.split()), validate=True)
        except (binascii.Error, ValueError):
            checker.fail(at, f"the {key} picture is not valid base64 text")
            return None
    problem = picture_problem(kind, data)
    if problem:
        checker.fail(at, problem)
        return None
    return Picture(kind, data)


# -- writing ---------------------------------------------------------------------------------------
def _clean(number: float) -> float | int:
    rounded = round(number, 2)
    return int(rounded) if rounded == int(rounded) else rounded


def pose_document(pose: PoseFrame, flow: Any = dict, flow_list: Any = list) -> dict[str, Any]:
    """The pose as file data (the inverse of :func:`check_pose`); ``flow`` and ``flow_list`` make
    the mappings and lists a writer puts on one line."""
    document: dict[str, Any] = {
        "root": flow_list([_clean(pose.root[0]), _clean(pose.root[1])]),
        "trunk": _clean(pose.trunk),
        "joints": flow({name: _clean(value) for name, value in pose.joints}),
    }
    if pose.scales:
        document["scales"] = flow({name: _clean(value) for name, value in pose.scales})
    if pose.lateral:
        document["lateral"] = flow({name: _clean(value) for name, value in pose.lateral})
    props: dict[str, Any] = {}
    if pose.mat:
        props["mat"] = True
    if pose.strap:
        props["strap"] = flow({"leg": pose.strap})
    for prop in pose.props:
        props[prop.kind] = flow({name: _clean(value) for name, value in prop.sizes})
    if props:
        document["props"] = props
    if pose.turns:
        document["turns"] = flow({name: _clean(value) for name, value in pose.turns})
    if any(pose.view):
        document["view"] = flow({key: _clean(value) for key, value in zip(VIEW_KEYS, pose.view)
                                 if value or key in ("yaw", "elevation")})
    return document


def picture_document(picture: Picture, pictures_dir: Path | None = None) -> dict[str, str]:
    """The picture as file data: embedded, or (with ``pictures_dir``) written there and named."""
    if pictures_dir is None:
        return {picture.kind: picture.base64()}
    pictures_dir.mkdir(parents=True, exist_ok=True)
    target = pictures_dir / picture.file_name
    if not target.exists():
        target.write_bytes(picture.data)
    return {"file": picture.file_name}

