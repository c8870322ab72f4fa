"""Build hook only (metadata lives in pyproject.toml): a wheel carries the top-level
migrations/ and resources/ folders as crm_app/_data/, where crm_app.paths finds them, so a
plain `pip install .` can create and migrate databases, print reports and show icons.

Editable installs skip the copy (the source tree's folders are used directly), which keeps
setuptools on its simple .pth strategy: no editable-install warning.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_FOLDERS = ("migrations", "resources")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        for folder in DATA_FOLDERS:
            target = Path(self.build_lib, "crm_app", "_data", folder)
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(ROOT / folder, target, ignore=SKIP)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if not self.editable_mode:
            data = Path(self.build_lib, "crm_app", "_data")
            outputs += [str(p) for p in data.rglob("*") if p.is_file()]
        return outputs


setup(cmdclass={"build_py": BuildWithData})
