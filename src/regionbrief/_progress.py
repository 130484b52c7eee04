"""A progress line on stderr for runs over many pages: pages, pages per second, time left.

Small enough not to need a dependency.  On a terminal the line is redrawn in place
(at most ten times a second); otherwise, in a log, a line is written every few
seconds.  The time left assumes one page per input path, so a run with many-page
PDFs finishes sooner than it says.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

_REDRAW = 0.1  # seconds between redraws on a terminal
_LOG_EVERY = 5.0  # seconds between lines in a log


class Progress:
    """Counts pages as they are done and shows the count on ``stream`` (stderr)."""

    def __init__(self, total: int | None = None, stream: TextIO | None = None) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.pages = 0
        self.errors = 0
        self.started = time.monotonic()
        self._shown = 0.0
        self._live = bool(getattr(self.stream, "isatty", lambda: False)())

    def done(self, item: object) -> None:
        """Count one page (or one page's error)."""
        self.pages += 1
        if isinstance(item, Exception):
            self.errors += 1
        now = time.monotonic()
        if now - self._shown >= (_REDRAW if self._live else _LOG_EVERY):
            self._shown = now
            self._show(now)

    def clear(self) -> None:
        """Take the line off a terminal, so that a message can be written cleanly."""
        if self._live and self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()

    def close(self) -> None:
        """Show the final count and end the line."""
        self._show(time.monotonic())
        if self._live:
            self.stream.write("\n")
            self.stream.flush()

    def line(self, now: float) -> str:
        """The progress line: ``120/1000 pages  48.2 pages/s  0:18 left``."""
        elapsed = max(now - self.started, 1e-9)
        rate = self.pages / elapsed
        count = f"{self.pages}/{self.total}" if self.total is not None else f"{self.pages}"
        parts = [f"regionbrief: {count} pages", f"{rate:.1f} pages/s"]
        if self.total is not None and rate > 0 and self.pages < self.total:
            parts.append(f"{_clock((self.total - self.pages) / rate)} left")
        if self.errors:
            parts.append(f"{self.errors} errors")
        return "  ".join(parts)

    def _show(self, now: float) -> None:
        if self._live:
            self.stream.write("\r\033[K" + self.line(now))
        else:
            self.stream.write(self.line(now) + "\n")
        self.stream.flush()


def _clock(seconds: float) -> str:
    """``0:18``, ``12:05``, ``1:02:03``."""
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
