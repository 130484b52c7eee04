"""The errors regionbrief raises: one base class and two kinds.

Each error keeps what went wrong and where as attributes and formats them in
``__str__``.  Every argument goes to ``BaseException.__init__`` so that errors
pickle across ``parse_many``'s worker processes.
"""

from __future__ import annotations


class RegionBriefError(Exception):
    """Base class of every error that regionbrief raises on purpose."""


class InputError(RegionBriefError, ValueError):
    """Input that cannot be read as a page of text.

    Attributes:
        path: the file (or the caller's ``source``) that was being read, if any.
        reason: what is wrong, in a few words.
        line: the 1-based line where the problem is, when one line is to blame.

    >>> str(InputError("page.txt", "not text (byte 0x89)", line=3))
    'page.txt: line 3: not text (byte 0x89)'
    """

    def __init__(self, path: str | None, reason: str, line: int | None = None) -> None:
        super().__init__(path, reason, line)
        self.path = path
        self.reason = reason
        self.line = line

    def __str__(self) -> str:
        where = [self.path] if self.path else []
        if self.line is not None:
            where.append(f"line {self.line}")
        return ": ".join([*where, self.reason])


class SchemaError(RegionBriefError, ValueError):
    """A dict or JSON text that does not fit the ``regionbrief/1`` schema.

    Attributes:
        problems: one message per problem, each naming its field path
            (``"expected int @ $.articles[0].lines[1]"``).

    >>> str(SchemaError(["required field missing @ $.articles[0].title"]))
    'required field missing @ $.articles[0].title'
    """

    def __init__(self, problems: list[str] | tuple[str, ...]) -> None:
        super().__init__(tuple(problems))
        self.problems = tuple(problems)

    def __str__(self) -> str:
        return "; ".join(self.problems)
