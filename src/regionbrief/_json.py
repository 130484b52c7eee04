"""JSON in and out: the one cattrs converter behind ``to_dict``/``from_dict``.

The schema tag ``"regionbrief/1"`` leads every Brief.  Structuring is strict:
a wrong type, a missing field, an unknown field or a wrong schema tag raises
``SchemaError`` naming the field path (``… @ $.articles[3].lines[0]``).

cattrs is imported and the converter built on the first call, not at import:
``import regionbrief`` and a first parse do not pay for JSON they may never write.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import attrs

from regionbrief._errors import SchemaError
from regionbrief._model import ArticleKind, Brief, RegionLevel

if TYPE_CHECKING:
    import cattrs

SCHEMA = "regionbrief/1"
_SCHEMA_FAMILY = "regionbrief/"


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("expected an integer")
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise TypeError("expected a number")
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation as exc:  # pragma: no cover - repr() of a float always parses
        raise TypeError("expected a number") from exc
    if not number.is_finite():
        raise ValueError("expected a finite number")
    return number


def _unstructure_decimal(value: Decimal) -> int | float:
    """Numbers go out as JSON numbers: integers exactly, others as the nearest float.

    >>> _unstructure_decimal(Decimal("3680000000")), _unstructure_decimal(Decimal("36.8"))
    (3680000000, 36.8)
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _structure_date(value: object, _: type) -> dt.date:
    if not isinstance(value, str):
        raise TypeError("expected a date as YYYY-MM-DD")
    return dt.date.fromisoformat(value)


def _structure_enum(value: object, kind: type[enum.Enum]) -> enum.Enum:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in kind)
        raise ValueError(f"expected one of {allowed}, not {value!r}") from None


def _unstructure_tuple(value: tuple[Any, ...]) -> list[Any]:
    unstructure = _converter().unstructure
    return [unstructure(v) for v in value]


def _is_tuple(tp: Any) -> bool:  # noqa: ANN401 - cattrs predicates take any type
    return typing.get_origin(tp) is tuple


def _structure_tuple_factory(tp: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:  # noqa: ANN401
    """Tuples come from JSON arrays only, so a string is never split into characters."""

    def structure(value: object, _: type) -> Any:  # noqa: ANN401
        if not isinstance(value, list | tuple):
            raise TypeError("expected an array")
        return converter._structure_tuple(value, tp)  # noqa: SLF001 - cattrs' own tuple path

    return structure


def _strict_class_factory(cls: type, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """Structure an attrs class, requiring every field, even those with defaults."""
    from cattrs.errors import ClassValidationError  # noqa: PLC0415 - cattrs loads lazily
    from cattrs.gen import make_dict_structure_fn  # noqa: PLC0415

    inner: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=True
    )
    fields = attrs.fields(cls)

    def structure(value: object, _: type) -> Any:  # noqa: ANN401
        if not isinstance(value, Mapping):
            raise TypeError(f"expected an object ({cls.__name__})")
        missing = [f for f in fields if f.name not in value]
        if missing:
            raise ClassValidationError(
                f"While structuring {cls.__name__}",
                [_missing(f.name, cls, f.type) for f in missing],
                cls,
            )
        return inner(value, cls)

    return structure


def _missing(name: str, cls: type, tp: Any) -> Exception:  # noqa: ANN401
    from cattrs.errors import AttributeValidationNote  # noqa: PLC0415 - only on the error path

    exc = KeyError(name)
    exc.__notes__ = [AttributeValidationNote(f"Structuring class {cls.__qualname__}", name, tp)]
    return exc


def _unstructure_brief_factory(converter: cattrs.Converter) -> Callable[[Brief], dict[str, Any]]:
    from cattrs.gen import make_dict_unstructure_fn  # noqa: PLC0415 - cattrs loads lazily

    inner = make_dict_unstructure_fn(Brief, converter)

    def unstructure(brief: Brief) -> dict[str, Any]:
        return {"schema": SCHEMA, **inner(brief)}

    return unstructure


def configure_converter(converter: cattrs.Converter) -> None:
    """Register regionbrief's hooks on a JSON-preconfigured converter.

    * ``Decimal`` goes out as a JSON number and comes back exactly;
    * ``date`` is ``YYYY-MM-DD``;
    * ``str``, ``int``, ``bool``, enums and tuples are checked, never coerced;
    * tuples go out as lists, so ``to_dict`` gives plain JSON-like data;
    * every attrs class requires all its fields and forbids unknown ones;
    * ``Brief`` carries the ``schema`` tag.
    """
    converter.register_unstructure_hook(Decimal, _unstructure_decimal)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    for kind in (ArticleKind, RegionLevel):  # str enums: their own hook, or str's would win
        converter.register_structure_hook(kind, _structure_enum)
    converter.register_unstructure_hook_factory(_is_tuple, lambda _: _unstructure_tuple)
    converter.register_structure_hook_factory(_is_tuple, _bind(_structure_tuple_factory, converter))
    converter.register_structure_hook_factory(attrs.has, _bind(_strict_class_factory, converter))
    converter.register_unstructure_hook(Brief, _unstructure_brief_factory(converter))


def _bind(
    factory: Callable[[Any, cattrs.Converter], Callable[[Any, Any], Any]],
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[Any, Any], Any]]:
    return lambda tp: factory(tp, converter)


@functools.cache
def _converter() -> cattrs.Converter:
    """The converter, built on first use."""
    from cattrs.preconf.json import make_converter  # noqa: PLC0415 - cattrs loads lazily

    converter = make_converter(detailed_validation=True)
    configure_converter(converter)
    return converter


def to_dict(brief: Brief) -> dict[str, Any]:
    """The Brief as plain dicts, lists, strings and numbers, schema tag first."""
    if not isinstance(brief, Brief):
        raise TypeError(f"to_dict() takes a Brief, not {type(brief).__name__}")
    result: dict[str, Any] = _converter().unstructure(brief)
    return result


def from_dict(data: Mapping[str, Any]) -> Brief:
    """A Brief from plain dicts; raises ``SchemaError`` naming each bad field."""
    if not isinstance(data, Mapping):
        raise SchemaError([f"expected an object, not {type(data).__name__} @ $"])
    from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError  # noqa: PLC0415
    from cattrs.v import transform_error  # noqa: PLC0415 - cattrs loads lazily

    _check_schema_tag(data)
    body = {k: v for k, v in data.items() if k != "schema"}
    try:
        return _converter().structure(body, Brief)
    except (ClassValidationError, ForbiddenExtraKeysError) as exc:
        raise SchemaError(transform_error(exc, format_exception=_describe)) from exc


def _check_schema_tag(data: Mapping[str, Any]) -> None:
    tag = data.get("schema")
    if tag == SCHEMA:
        return
    if "schema" not in data:
        problem = f"required field missing (expected {SCHEMA!r})"
    elif isinstance(tag, str) and tag.startswith(_SCHEMA_FAMILY) and tag > SCHEMA:
        problem = f"schema {tag!r} is newer than this regionbrief reads ({SCHEMA!r}); upgrade"
    else:
        problem = f"unknown schema {tag!r} (expected {SCHEMA!r})"
    raise SchemaError([f"{problem} @ $.schema"])


def _describe(exc: BaseException, tp: type | None) -> str:
    from cattrs.errors import ForbiddenExtraKeysError  # noqa: PLC0415 - cattrs loads lazily
    from cattrs.v import format_exception  # noqa: PLC0415

    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown field(s) {', '.join(sorted(exc.extra_fields))}"
    if isinstance(exc, TypeError | ValueError) and exc.args and isinstance(exc.args[0], str):
        return exc.args[0]
    return format_exception(exc, tp)


def dumps(brief: Brief, *, indent: int | None = None) -> str:
    """The Brief as JSON text (UTF-8 characters kept, not escaped)."""
    return json.dumps(to_dict(brief), ensure_ascii=False, indent=indent)


def loads(text: str | bytes) -> Brief:
    """A Brief from JSON text; raises ``SchemaError`` for JSON that does not fit."""
    try:
        data = json.loads(text, parse_float=Decimal)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SchemaError([f"not JSON ({exc}) @ $"]) from exc
    return from_dict(data)
