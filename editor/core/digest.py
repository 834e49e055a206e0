"""SHA-256 without loading OpenSSL where the input is small.

:mod:`hashlib` loads OpenSSL's library as it is imported, which takes about 1.8 ms: longer
than hashing a template and its code (about 100 KB) with Python's own SHA-256, which loads
in a tenth of that. OpenSSL's is about three times as fast on large inputs, so from
:data:`LARGE` bytes on (a photo in print quality) it is used. Both compute the same digest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Protocol

    class Hash(Protocol):
        def update(self, data: bytes, /) -> None: ...
        def digest(self) -> bytes: ...
        def hexdigest(self) -> str: ...

LARGE = 1 << 20
"""From this many bytes on OpenSSL's SHA-256 is faster, its loading included."""

_small: Callable[[bytes], Hash] | None = None


def sha256(data: bytes = b"", *, size: int | None = None) -> Hash:
    """A SHA-256 of ``data`` (to be updated with more, ``size`` bytes in all if given)."""
    global _small
    if (len(data) if size is None else size) >= LARGE:
        import hashlib

        return hashlib.sha256(data)
    if _small is None:
        _small = _python_sha256()
    return _small(data)


def _python_sha256() -> Callable[[bytes], Hash]:
    try:
        from _sha2 import sha256 as found  # Python 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256 as found  # Python 3.11
        except ImportError:  # a build without Python's own hashes: OpenSSL's
            from hashlib import sha256 as found
    return found
