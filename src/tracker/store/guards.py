"""Guarding the derived tables: writes refused unless tracker's derived-state code is writing, and the
database's triggers compared with the list tracker installed.

``score_cell``, ``standing_forecast``, ``question_tag``, the chain's head and the question columns that
scoring reads are derived from the chained records. Migration 0008 puts guard triggers on them that
refuse a write unless a per-transaction flag is on: on PostgreSQL the transaction-local setting
``tracker.derived``, on SQLite the application function ``tracker_derived()``, which only tracker's own
connections define (a plain ``sqlite3`` shell gets "no such function"). The flag is not a security
boundary (whoever may write can set it); it stops the casual edit, and `tracker verify` finds the rest
by recomputing the derived state and by comparing the triggers with :data:`EXPECTED` below.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlmodel import Session

_DEPTH = "tracker_derived_depth"
_PG_TRANSACTION = "tracker_derived_transaction"
_SQLITE_FLAG = "tracker_derived"


def install_sqlite_flag(dbapi_connection, info: dict) -> list[int]:
    """Define ``tracker_derived()`` on a SQLite connection; the returned one-item list is its value."""
    flag = [0]
    info[_SQLITE_FLAG] = flag
    # Not deterministic: SQLite may not cache its value across statements.
    dbapi_connection.create_function("tracker_derived", 0, lambda: flag[0])
    return flag


def _switch(connection: Connection, on: bool, *, quietly: bool = False) -> None:
    if connection.dialect.name == "sqlite":
        proxied = connection.connection
        flag = proxied.info.get(_SQLITE_FLAG) or install_sqlite_flag(proxied.driver_connection, proxied.info)
        flag[0] = int(on)
    elif not quietly:  # an aborted PostgreSQL transaction takes its local setting with it
        connection.execute(text("SELECT set_config('tracker.derived', :value, true)"),
                           {"value": "on" if on else "off"})


@contextmanager
def writing(session: Session) -> Iterator[None]:
    """Let the block write derived tables (nested blocks share the outer one's flag).

    On PostgreSQL the setting is transaction-local: it is switched on once per write transaction and
    left on until that transaction ends (one round trip per transaction, not two per write; tracker uses no
    savepoints, whose rollback would undo it)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        transaction = session.get_transaction()
        if session.info.get(_PG_TRANSACTION) is not transaction:
            _switch(connection, True)
            session.info[_PG_TRANSACTION] = transaction
        yield
        return
    depth = session.info.get(_DEPTH, 0)
    if depth == 0:
        _switch(connection, True)
    session.info[_DEPTH] = depth + 1
    finished = False
    try:
        yield
        finished = True
    finally:
        session.info[_DEPTH] = depth
        if depth == 0:
            # Always switched off: a pooled SQLite connection must never keep the flag on.
            _switch(connection, False, quietly=not finished)


@contextmanager
def unguarded(connection: Connection) -> Iterator[None]:
    """Write derived tables from outside tracker's write path: for tests that simulate damage."""
    _switch(connection, True)
    try:
        yield
    finally:
        # SQLite's flag is always reset; PostgreSQL's ends with the transaction.
        _switch(connection, False, quietly=True)


GUARDED = ("score_cell", "standing_forecast", "question_tag", "chain_head")
#: What each trigger protects, for the line `verify` prints when one is missing or altered.
PURPOSE = {"no_update": "can be edited", "no_delete": "can be deleted", "immutable": "can be edited or deleted",
           "cells": "score cells stop following the forecasts", "guard": "can be edited without tracker"}

#: Fingerprints of the triggers (and PostgreSQL trigger functions) migrations 0002, 0006 and 0008 install:
#: SQLite, the SHA-256 of the trigger's SQL with whitespace collapsed; PostgreSQL, of its table, timing and
#: events (tgtype), columns and function, and for functions their source. tests/store/test_guards.py checks
#: a fresh database against them.
EXPECTED: dict[str, dict[str, str]] = {
    "sqlite": {
        "guard_chain_head_delete": "de24b2972e22b10fd77ad2dbb2970719f57d314ded17524d8ea28d0a854e2606",
        "guard_chain_head_insert": "7bd02bc8596e404a60e6b88414dbab9fd1cef685f284fd11aec703c60d5e4386",
        "guard_chain_head_update": "d829ede20a488676870ae7bdc86cff939fb6030e16d86abf5a420c5095fe62b1",
        "guard_question_delete": "fe4917538358fc3517306150da93ccee8d8a183ec4dee11eb6bfb860e5b57586",
        "guard_question_insert": "b71e9e52807a979d34040353abb7665bcae78ced8c4f65a6e6bc6c9fe822b981",
        "guard_question_tag_delete": "c70177e95c9a0dc481064ec253449d85862481dafe08831bd15260049a3b39f5",
        "guard_question_tag_insert": "db05e4f0a09df5c25667552b12fdf7cb94981d49b09c809ef55e64169a05d6c1",
        "guard_question_tag_update": "af5714c666474287135f0b04d304d869ebfdea901bef7ad6b5dfefaf48d42d62",
        "guard_question_update": "b36c63e89c1db881da1e0b75cf990e6d715f871a47fdaf1e57c424fc2afaff2e",
        "guard_score_cell_delete": "a926417cc384d2cca51edb23fcc3b17ef3d9e6bb430562590b3479425dc6c2e0",
        "guard_score_cell_insert": "1b1c3050869e9e3368fb8c3490fb510ca30f0bfe50aea9f3457a35d9fb373244",
        "guard_score_cell_update": "1775da728f44bf4de1699d356c0924177d4178f402fa7505dffa9ea7f77b0538",
        "guard_standing_forecast_delete": "d300f2eae07b54bf8d9a81763c9976934bcc2426c6607b18e6a28cec69165b80",
        "guard_standing_forecast_insert": "803b2f4c835a4339731d5724e248df7eb1a2514de9d29b6e669c50bfb6af3f12",
        "guard_standing_forecast_update": "e6f70bfb278489c91d50e6d72b544c3c4b73a68c18e9476af94478b504ccb7b7",
        "prediction_no_delete": "b1d66f77ee0d728e2fcba511f4dd512ae6e22998dfd8d8e51f6e4586a690126a",
        "prediction_no_update": "f2c63a0d7781446a2a7b0e571e1016631b57b6a12b61df7ec256798d9938def4",
        "question_version_no_delete": "5e38dc12a95589eacc6962865d607c471e0bdbab1fc80970e45de640620676c1",
        "question_version_no_update": "99f40a5a40b719e389f9bbf093695b8dca57d42ea558135737ce505e3c8ce601",
        "resolution_no_delete": "c973d2ca14838044266c704dd4e4983c1d8ffb31ff6adad462287f5ff566452b",
        "resolution_no_update": "307fd654d8650b98f0e81cd2899daef0c6bcd3b991493d9e5951e4bbeb4cdcc4",
        "standing_cells_delete": "5e2885d80fd798efac39e48c795bf5f1dff541300b7463bdd99ca6ad6ef70e54",
        "standing_cells_insert": "64cc7caf2da8f5c6ead2346b6897690cfa601657aed69ad64257e57916c51c83",
        "standing_cells_update_new": "e2aaa22086925ea917cfbdf40b49b39ce7e96033955dabda566f9a7665ba6354",
        "standing_cells_update_old": "aec1b90826f2ad20cc65e4b710ded65a4b013e0a563ceb48ba1de7b732547775",
        "tag_cells_delete": "6b7c05f1c673e1c3342a711b7f81f9d19c295de3487ab523ec843f53b51bdcc3",
        "tag_cells_insert": "0b1fa34080962d6c35b858e0c30db70b23080aa11c8831330aebb32653245b26",
        "tag_cells_update": "d28ed76dcaf8f77a5bf1916fa1885348c5a75ff8bce65b3f8969a320d3f98bdc",
    },
    "postgresql": {
        "guard_chain_head": "d6b636d0bdab630cb43fc4e4b794fecd8c0e43735e1fe097c779cdb4f4958e7f",
        "guard_question": "0c51240892b65bccdd1ff6eb27a295507f2ae28eebb9350f7e29ae489c18bf6a",
        "guard_question_tag": "31689ba7a8fcd5149583555ff9ff380c867fe283e949cf147f0815f1b8bb91f4",
        "guard_score_cell": "90f4791c5f7fa7fbeb1f1447552d3a7ceed2355e6462739b1df7187490346b97",
        "guard_standing_forecast": "d0e6e772e8a7fe29878ded186129a243bca955ffbd4af42c4aa0b7c919d805da",
        "prediction_immutable": "7575c690e87d198234d4e8de399e85d47ec7af0964c752fcdd27663831074fdf",
        "question_version_immutable": "7198010cf67d35dc38a471534808c2c952c2f40bdf9ac7b6f79de1731e5ccb4f",
        "question_tag_cells": "3c27d1c9999ee588c7b59d01e87cc2c9afcd52e07f9852c09763b44a73d8afb4",
        "resolution_immutable": "363f00ed6c092d309519739e686959c319e6e75f8ecfb31036071f420b0e17cd",
        # 0010 replaced 0006's row trigger standing_forecast_cells (and tracker_standing_cells()) by these.
        "standing_forecast_cells_delete": "05d71356284832dc073e9bcc78e50972bca21dc586f1a907d72fab35e99cc494",
        "standing_forecast_cells_insert": "3f24838da4cd27043df7c9510e494c0f247444379fd9068e2588849322be3405",
        "standing_forecast_cells_update": "5ae3ecb82324d962043c6a5f1b0bdfb96c55c7d1abf621aef103238a8e78282f",
        "tracker_guard_derived()": "ab4f8c0421b8193a31024d28944babbd14a22f8eeca52940bd8deb9dc1e5c3dc",
        "tracker_refuse_change()": "102a2b7ab01dd61efb8209362228b4adbc88cc950c6a11a13aaf1ad7de39ae3e",
        "tracker_standing_cells_added()": "74e96c01b042247418c95fddbdb98da8940403b1918cf09a7326011fee7c3a1a",
        "tracker_standing_cells_changed()": "260509e44ca15a9556cbd9115d28eea4e3cd496d378f8aa92eeeabb54749068f",
        "tracker_standing_cells_removed()": "5fbd2e788fa371c74615adcc11fb388c94ed48a3021fd5ab53651483d66349e3",
        "tracker_tag_cells()": "66b8e9bad33820cf51980a509bc3dadb372913ef2ce7a50b9afe7b4413d8c24a",
        # 0011 (team mode): members' checks; they bind roles that do not own the tables.
        "chain_head_follows": "e5ce8bf9841b92587df0efc382a03b2b7bdc0069d40ed7bf79f5b4dab3a3f410",
        "prediction_identity": "f154344ee169b331b696d5b1705ef09dea4a4c7cb219b1516acf78df7e10cc2f",
        "prediction_link": "29c940116c57f508066c200d0e36e1e92408df982f82351ab0bdb52e9a7b8200",
        "question_state_follows": "a70b9844716dc1c2932db8caba6eb2081fdf6cd37841d63119934a2ba35b1ace",
        "question_version_identity": "54711991d01a5654a1f0b86231c1457c074ba91ba7494b98c4fe0c69efce476f",
        "question_version_link": "4cd77b97451d549cc8b0535d3a64a797e4dc7f3d2be23b320919078831c3316a",
        "resolution_identity": "b1797cca8282d257e95a99b635f411e80f7860eeb2fd186ae70a35f3cdfcb602",
        "resolution_link": "c3a9a50bf7063469839c2dbfbb5f12a162d1cbd930f4e320df2bce154a686e67",
        "standing_forecast_follows": "740b2a9af8b38235db5157f45054279078d2c38451b8ab48361ae931a1956293",
        "tracker_hash_at()": "eff930757129321c46732b8427515a4d1085cb254d223fefb397873c4fe6a6f1",
        "tracker_head_check()": "5c9704554d19d982a28c5286e20a99cd5f5400ec8e9dd7dede42c66393a759a5",
        "tracker_last_seq()": "d7094cf8c410d85c0c459e96c1d1c37e94662e79c0f370b33ba8d1f28d385f85",
        "tracker_link_check()": "f984f52691716d5470a1390eb7124731439c295351c4983cc227f322b629147a",
        "tracker_question_check()": "56c658f84b7cd43d1cf23903e895534529477c1a9eb579c81f8e4fa1bbe6bb10",
        "tracker_record_check()": "de62ebde05ec13349a39ab97454e18a98eda7b6c6a7485c4d2fee9a135869583",
        # 0014 added the time-averaged Brier to what it checks.
        "tracker_standing_check()": "bfbc95da76d9737a979cbdd5c37e5a1788a2deba72c42e14318d41585a805844",
    },
}


def _digest(*parts) -> str:
    return hashlib.sha256("\x1f".join(re.sub(r"\s+", " ", str(p)).strip() for p in parts).encode()).hexdigest()


def installed(connection: Connection) -> dict[str, tuple[str, bool]]:
    """{trigger or function name: (fingerprint, enabled)} as the database holds them."""
    if connection.dialect.name == "sqlite":
        rows = connection.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
        return {name: (_digest(sql), True) for name, sql in rows}
    rows = connection.execute(text(
        "SELECT t.tgname, c.relname, t.tgtype, t.tgenabled, p.proname, "
        "  (SELECT string_agg(a.attname, ',' ORDER BY a.attname) FROM pg_attribute a "
        "   WHERE a.attrelid = t.tgrelid AND a.attnum = ANY (t.tgattr::int2[])) "
        "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE NOT t.tgisinternal AND c.relnamespace = to_regnamespace(current_schema())"))
    found = {name: (_digest(table, kind, function, columns or ""), enabled != "D")
             for name, table, kind, enabled, function, columns in rows}
    functions = connection.execute(text(
        "SELECT proname, prosrc FROM pg_proc WHERE proname LIKE 'tracker\\_%' "
        "AND pronamespace = to_regnamespace(current_schema())"))
    found.update({f"{name}()": (_digest(source), True) for name, source in functions})
    return found


def _purpose(name: str) -> str:
    if name.endswith("()"):
        return "the triggers that call it no longer do what tracker installed"
    return next((words for key, words in PURPOSE.items() if key in name), "no longer protects what it did")


def problems(connection: Connection) -> list[str]:
    """One line per trigger that is missing, disabled, altered or unknown (an unknown trigger can rewrite
    rows as they are written)."""
    expected = EXPECTED[connection.dialect.name]
    found = installed(connection)
    lines = []
    for name, fingerprint in expected.items():
        table = _table_of(name)
        if name not in found:
            lines.append(f"trigger {name} is missing: {table} {_purpose(name)}")
        elif found[name][0] != fingerprint:
            lines.append(f"trigger {name} was altered: {table} {_purpose(name)}")
        elif not found[name][1]:
            lines.append(f"trigger {name} is disabled: {table} {_purpose(name)}")
    lines += [f"trigger {name} was not installed by tracker: it may rewrite rows as they are written"
              for name in sorted(set(found) - set(expected))]
    return lines


def _table_of(name: str) -> str:
    if name.endswith("()"):
        return f"function {name}:"
    for table in (*GUARDED, "question_version", "question", "prediction", "resolution"):
        if table in name:
            return table
    return {"standing": "standing_forecast", "tag": "question_tag"}.get(name.split("_")[0], name)
