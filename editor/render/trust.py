"""Which templates render in this process: the built-in ones the app ships.

Kept apart from :mod:`editor.render.worker` so that an export through a built-in template
decides this without loading the worker's process machinery.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

from editor.core import paths

if TYPE_CHECKING:
    from editor.render.catalogue import TemplateInfo


def is_trusted(info: TemplateInfo) -> bool:
    """True for a built-in template that lies in the folder shipped with the app."""
    if not info.builtin:
        return False
    return inside_builtin(str(info.folder))


@functools.lru_cache(maxsize=64)
def inside_builtin(folder: str) -> bool:
    """True when ``folder`` really lies in the app's template folder (the app's own
    files, so the answer is kept)."""
    root = os.path.realpath(paths.builtin_templates_dir())
    return os.path.realpath(folder).startswith(root.rstrip(os.sep) + os.sep)
