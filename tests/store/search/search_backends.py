"""Which backends the search tests run on, and the PostgreSQL server they use."""

from __future__ import annotations

import os

import pytest
from sqlalchemy.engine import make_url

PG_URL_VARIABLE = "PRESSESTELLE_TEST_PG_URL"
BACKENDS = ("sqlite", "postgresql")


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def chosen(config: pytest.Config) -> tuple[str, ...]:
    try:
        choice = config.getoption("backend")
    except ValueError:  # the option is not defined by this test suite
        choice = None
    choice = choice or os.environ.get("PRESSESTELLE_TEST_BACKEND")
    if not choice:
        choice = "both" if os.environ.get(PG_URL_VARIABLE) or _in_ci() else "sqlite"
    if choice == "both":
        return BACKENDS
    if choice not in BACKENDS:
        raise pytest.UsageError(f"unknown backend {choice!r}: use sqlite, postgresql or both")
    return (choice,)


def server_url() -> str:
    """The PostgreSQL server of the tests; fails (never skips) when there is none."""
    url = os.environ.get(PG_URL_VARIABLE)
    if not url:
        pytest.fail(f"PostgreSQL tests need a server: set {PG_URL_VARIABLE} to a "
                    f"postgresql+psycopg:// address on 127.0.0.1 (scripts start one in CI).")
    host = make_url(url).host
    if host not in ("127.0.0.1", "localhost", "::1"):
        pytest.fail(f"{PG_URL_VARIABLE} must name a server on the loopback address, not {host}")
    return url
