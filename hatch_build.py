"""Build hook: compile the text-to-entities modules with mypyc when the machine can.

mypyc (part of mypy) turns type-annotated Python modules into C extensions; the
same code parses a page about 30 % faster (docs/performance.md).  A wheel is
compiled when a C compiler and Python's headers are there, and is pure Python
otherwise, with a warning saying why: the package works either way, and the two
builds give byte-identical output (CI runs the test suite on both).

Editable installs (``pip install -e``) are never compiled, so that an edited
module takes effect at once.  ``REGIONBRIEF_PURE=1`` builds a pure-Python wheel.
The modules compiled are ``compile`` in ``[tool.hatch.build.targets.wheel.hooks.custom]``
of pyproject.toml.
"""

from __future__ import annotations

import importlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_PACKAGE = "regionbrief"


class MypycHook(BuildHookInterface):  # type: ignore[type-arg]
    """Adds the compiled modules to a wheel, or leaves it pure Python."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile, and put the built extensions into the wheel; on any failure, don't."""
        self._work: str | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get("REGIONBRIEF_PURE", "") not in ("", "0"):
            self.app.display_info("regionbrief: REGIONBRIEF_PURE is set: a pure-Python wheel")
            return
        modules = [f"src/{_PACKAGE}/{name}.py" for name in self.config.get("compile", ())]
        self._work = tempfile.mkdtemp(prefix="regionbrief-mypyc-")
        try:
            built = _compile(Path(self.root), modules, Path(self._work))
        except (Exception, SystemExit) as error:  # noqa: BLE001  # any failure: fall back
            self.app.display_warning(
                f"regionbrief: could not compile with mypyc ({type(error).__name__}:"
                f" {str(error)[:300]}); "
                "building a pure-Python wheel, which parses about 30 % slower"
            )
            return
        for path, inside in built:
            build_data["force_include"][str(path)] = inside
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        names = ", ".join(inside for _, inside in built)
        self.app.display_info(f"regionbrief: compiled with mypyc: {names}")

    def finalize(  # noqa: D102  # the interface's
        self,
        version: str,  # noqa: ARG002
        build_data: dict[str, Any],  # noqa: ARG002
        artifact_path: str,  # noqa: ARG002
    ) -> None:
        if self._work is not None:
            shutil.rmtree(self._work, ignore_errors=True)


def _compile(root: Path, modules: list[str], work: Path) -> list[tuple[Path, str]]:
    """Build the extensions in ``work``: each built file and its path inside the wheel."""
    from mypyc.build import mypycify  # noqa: PLC0415  # a build dependency of this hook only

    distribution_class: Any = importlib.import_module("setuptools").Distribution

    here = Path.cwd()
    os.chdir(root)  # mypy reads its settings from pyproject.toml and names modules from src/
    try:
        extensions = mypycify(
            modules, opt_level="3", target_dir=str(work / "c"), group_name=_PACKAGE
        )
        distribution = distribution_class({"name": _PACKAGE, "ext_modules": extensions})
        command: Any = distribution.get_command_obj("build_ext")
        command.build_lib = str(work / "lib")
        command.build_temp = str(work / "temp")
        command.parallel = os.cpu_count() or 1
        command.ensure_finalized()
        command.run()
    finally:
        os.chdir(here)
    lib = work / "lib"
    built = [path for path in lib.rglob("*") if path.suffix in (".so", ".pyd")]
    if not built:
        raise RuntimeError(f"mypyc built no extension under {lib}")
    return [(path, path.relative_to(lib).as_posix()) for path in built]
