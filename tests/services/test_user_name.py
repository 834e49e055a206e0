"""The name recorded with approval steps: the user's own, else the archive's, else the login."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.services.approval import (
    USER_SETTING,
    UserNameError,
    current_user,
    login_name,
    set_user_name,
    stored_user_name,
)
from editor.store.archive import Archive


def test_the_own_name_wins_over_the_archive_setting_and_the_login(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a.sqlite") as archive:
        assert current_user(archive, tmp_path) == login_name()
        archive.set_setting(USER_SETTING, "Team-Konto")
        assert current_user(archive, tmp_path) == "Team-Konto"
        assert set_user_name("  Eva\tMuster\n", tmp_path) == "Eva Muster"
        assert current_user(archive, tmp_path) == "Eva Muster"
        assert set_user_name("", tmp_path) == ""
        assert current_user(archive, tmp_path) == "Team-Konto"


def test_a_name_too_long_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    set_user_name("Eva Muster", tmp_path)
    with pytest.raises(UserNameError) as caught:
        set_user_name("x" * 121, tmp_path)
    assert caught.value.code == "user_name_too_long"
    assert stored_user_name(tmp_path) == "Eva Muster"


@pytest.mark.parametrize("content", [b"{", b"[]", b'{"name": 5}', b"\xff\xfe",
                                     b"[" * 5000, b'{"name": "' + b"y" * 300 + b'"}'])
def test_a_damaged_user_file_falls_back_to_the_login_name(tmp_path: Path,
                                                          content: bytes) -> None:
    (tmp_path / "user.json").write_bytes(content)
    assert stored_user_name(tmp_path) == ""
    assert current_user(None, tmp_path) == login_name()
