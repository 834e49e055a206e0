"""What a connection to a PostgreSQL server is opened with beyond its address: the
address's own parameters win, also the ones the application sets itself."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from editor.store.engine import postgresql_connect_args


def test_the_address_keeps_its_own_name_and_server_options() -> None:
    url = make_url("postgresql+psycopg://h/db?options=-csearch_path%3Dpresse"
                   "&application_name=Redaktion&sslmode=require")
    args = postgresql_connect_args(url)
    assert "application_name" not in args  # the address's name is used
    options = args["options"].split()
    assert "-csearch_path=presse" in options, options  # the schema the archive is in
    assert "lock_timeout=5000" in args["options"]
    assert options[-1] == "-csearch_path=presse"  # last: it wins over ours
    assert "sslmode" not in args


def test_an_address_without_parameters_gets_them_all() -> None:
    args = postgresql_connect_args(make_url("postgresql+psycopg://h/db"))
    assert args["application_name"] == "Pressestelle"
    assert args["options"] == "-c lock_timeout=5000 -c plan_cache_mode=force_custom_plan"
    assert args["keepalives"] == 1 and args["connect_timeout"] == 10
