"""Team mode on PostgreSQL: database roles mapped to forecasters, and members who may only append.

``team_role`` lists the member roles the owner added (`tracker team add`) and whether each may record for
others (bulk imports, the web server); ``team_forecaster`` maps each forecaster name to the one role whose
judgements it records, or marks it as a source (a publisher, a quoted official) that any member may record.

Checks that bind members (roles that do not own the tables; the owner, who could drop any trigger, is
trusted and skipped):
- ``tracker_record_check`` (BEFORE INSERT on prediction, resolution, question_version): the record's
  ``role`` is the writing role, and a prediction's forecaster is mapped to it, or is a source, or the role
  may record for others;
- deferred constraint triggers, checked at commit against the records (so the order in which tracker's
  write path touches the tables does not matter): a new record links to the record before it
  (``tracker_link_check``), the chain's head is the last record (``tracker_head_check``), a question's
  status and outcome follow from its resolution in force (``tracker_question_check``), a standing forecast
  is its forecaster's latest prediction with its question's due date, source, outcome and horizon, and
  its relative Brier is the one tracker.store.relative computes (``tracker_standing_check``).
- The score-cell trigger functions (0006, 0010) become SECURITY DEFINER, so members need no privilege on
  ``score_cell`` at all: the cells follow the standing forecasts through the owner's code only.

Every function has a fixed ``search_path`` (this schema, then pg_temp), so a member's temporary table
cannot stand in for a tracker table. Privileges are not granted here: `tracker team add` grants them per
role, and `tracker migrate` grants them again after an upgrade. The SQL is written out here, frozen.
SQLite is single-user: there the two tables are made and nothing reads them.

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

from tracker.store.types import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

RECORDS = ("prediction", "resolution", "question_version")
#: The owner (who could drop these triggers anyway) is not checked.
OWNER_SKIP = ("IF pg_catalog.pg_has_role(current_user, (SELECT relowner FROM pg_catalog.pg_class "
              "WHERE oid = TG_RELID), 'USAGE') THEN RETURN NULL; END IF;")
REFUSED = "USING ERRCODE = 'insufficient_privilege'"

FUNCTIONS = {
    "tracker_hash_at(integer)": (
        "RETURNS varchar LANGUAGE sql STABLE AS $$ "
        "SELECT hash FROM prediction WHERE seq = $1 UNION ALL SELECT hash FROM resolution WHERE seq = $1 "
        "UNION ALL SELECT hash FROM question_version WHERE seq = $1 LIMIT 1 $$"),
    "tracker_last_seq()": (
        "RETURNS integer LANGUAGE sql STABLE AS $$ SELECT coalesce(greatest((SELECT max(seq) FROM prediction), "
        "(SELECT max(seq) FROM resolution), (SELECT max(seq) FROM question_version)), 0) $$"),
    "tracker_record_check()": (
        "RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE mapped record; others boolean; BEGIN "
        + OWNER_SKIP.replace("RETURN NULL", "RETURN NEW") +
        " IF NEW.role IS DISTINCT FROM current_user::text THEN "
        "RAISE EXCEPTION 'role % may write a % only under its own name, not as role %', current_user, "
        f"TG_TABLE_NAME, coalesce(NEW.role, '(none)') {REFUSED}; END IF; "
        "IF TG_TABLE_NAME = 'prediction' THEN "
        "SELECT role, is_source INTO mapped FROM team_forecaster WHERE forecaster = NEW.forecaster; "
        "IF NOT FOUND OR NOT (mapped.is_source OR mapped.role = current_user::text) THEN "
        "SELECT record_for_others INTO others FROM team_role WHERE role = current_user::text; "
        "IF NOT coalesce(others, false) THEN "
        "RAISE EXCEPTION 'role % may not record predictions as forecaster %: not its forecaster (tracker team "
        "grant)', "
        f"current_user, NEW.forecaster {REFUSED}; END IF; END IF; END IF; RETURN NEW; END $$"),
    "tracker_link_check()": (
        "RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE previous varchar; BEGIN " + OWNER_SKIP +
        " previous := CASE WHEN NEW.seq = 1 THEN '' ELSE tracker_hash_at(NEW.seq - 1) END; "
        "IF NEW.seq IS NULL OR previous IS NULL OR NEW.prev_hash IS DISTINCT FROM previous THEN "
        "RAISE EXCEPTION 'a % written by role % does not follow the record before it in the chain', TG_TABLE_NAME, "
        f"current_user {REFUSED}; END IF; RETURN NULL; END $$"),
    "tracker_head_check()": (
        "RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE head record; BEGIN " + OWNER_SKIP +
        " SELECT seq, hash INTO head FROM chain_head WHERE id = 1; "
        "IF head.seq IS DISTINCT FROM tracker_last_seq() OR head.hash IS DISTINCT FROM "
        "coalesce(tracker_hash_at(head.seq), head.hash) THEN "
        "RAISE EXCEPTION 'role % may not move the chain''s head: it follows the last record (tracker verify)', "
        f"current_user {REFUSED}; END IF; RETURN NULL; END $$"),
    "tracker_question_check()": (
        "RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE q record; in_outcome varchar; in_resolved timestamptz; BEGIN "
        + OWNER_SKIP + " SELECT status, outcome, resolved_at INTO q FROM question WHERE id = NEW.id; "
        "SELECT r.outcome, r.resolved_at INTO in_outcome, in_resolved FROM resolution r "
        "WHERE r.question_id = NEW.id AND r.seq IS NOT NULL ORDER BY r.seq DESC LIMIT 1; "
        "IF in_outcome = 'open' THEN in_outcome := NULL; in_resolved := NULL; END IF; "
        "IF q.outcome IS DISTINCT FROM in_outcome OR q.resolved_at IS DISTINCT FROM in_resolved "
        "OR q.status IS DISTINCT FROM (CASE WHEN in_outcome IS NULL THEN 'open' "
        "WHEN in_outcome IN ('ambiguous', 'annulled') THEN in_outcome ELSE 'resolved' END) THEN "
        "RAISE EXCEPTION 'question %: its status and outcome follow from its resolutions; role % may not set them', "
        f"NEW.id, current_user {REFUSED}; END IF; RETURN NULL; END $$"),
    "tracker_standing_check()": (
        "RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE s record; p record; q record; relative float8; BEGIN "
        + OWNER_SKIP +
        " SELECT * INTO s FROM standing_forecast WHERE question_id = NEW.question_id AND forecaster = NEW.forecaster; "
        "SELECT made_at, probability, probabilities, phrase, scale INTO p FROM prediction "
        "WHERE question_id = NEW.question_id AND forecaster = NEW.forecaster ORDER BY made_at DESC, id DESC LIMIT 1; "
        "SELECT due, source_document, outcome, resolved_at INTO q FROM question WHERE id = NEW.question_id; "
        # Relative Brier as tracker.store.relative computes it: each scored forecaster's squared error (of
        # its latest prediction made by the resolution) minus the median, when two or more are scored.
        "SELECT CASE WHEN count(e.err) >= 2 THEN max(e.err) FILTER (WHERE e.forecaster = NEW.forecaster) "
        "- percentile_cont(0.5) WITHIN GROUP (ORDER BY e.err) END INTO relative FROM ("
        "SELECT d.forecaster, d.miss * d.miss AS err FROM (SELECT f.forecaster, (SELECT x.probability "
        "FROM prediction x WHERE x.question_id = f.question_id AND x.forecaster = f.forecaster "
        "AND x.made_at <= q.resolved_at ORDER BY x.made_at DESC, x.id DESC LIMIT 1) "
        "- (CASE WHEN q.outcome = 'yes' THEN 1 ELSE 0 END)::float8 AS miss FROM standing_forecast f "
        "WHERE f.question_id = NEW.question_id AND f.probability IS NOT NULL AND q.outcome IN ('yes', 'no')) d "
        "WHERE d.miss IS NOT NULL) e; "
        "IF s.made_at IS DISTINCT FROM p.made_at OR s.probability IS DISTINCT FROM p.probability "
        "OR s.probabilities::jsonb IS DISTINCT FROM p.probabilities::jsonb OR s.phrase IS DISTINCT FROM p.phrase "
        "OR s.scale IS DISTINCT FROM p.scale OR s.due IS DISTINCT FROM q.due "
        "OR s.source_document IS DISTINCT FROM q.source_document OR s.outcome IS DISTINCT FROM q.outcome "
        "OR s.resolved_at IS DISTINCT FROM q.resolved_at "
        "OR s.resolved_month IS DISTINCT FROM to_char(q.resolved_at AT TIME ZONE 'UTC', 'YYYY-MM') "
        "OR s.horizon IS DISTINCT FROM (CASE WHEN q.due - (p.made_at AT TIME ZONE 'UTC')::date < 91 THEN '0-3 months' "
        "WHEN q.due - (p.made_at AT TIME ZONE 'UTC')::date < 365 THEN '3-12 months' "
        "WHEN q.due - (p.made_at AT TIME ZONE 'UTC')::date < 730 THEN '1-2 years' "
        "WHEN q.due - (p.made_at AT TIME ZONE 'UTC')::date < 1826 THEN '2-5 years' ELSE '5+ years' END) "
        "OR (s.relative IS NULL) <> (relative IS NULL) OR abs(s.relative - relative) > 1e-12 THEN "
        "RAISE EXCEPTION 'standing forecast (%, %) does not follow from the predictions; role % may not set it', "
        f"NEW.question_id, NEW.forecaster, current_user {REFUSED}; END IF; RETURN NULL; END $$"),
}

def triggers(owner: str) -> list[str]:
    """The checks' triggers. ``WHEN`` skips the database's owner (``owner``: from PostgreSQL 14 the role
    pg_database_owner, whose one member is whoever owns the database now, so a restore elsewhere or a new
    owner keeps it right; on 13 the owning role's name): its writes queue no check at all, so single-user
    and owner writes pay one built-in call per row. The functions also skip whoever owns the tables."""
    member = f"WHEN (NOT pg_catalog.pg_has_role(current_user, {owner}, 'USAGE'))"
    found = [f"CREATE TRIGGER {table}_identity BEFORE INSERT ON {table} FOR EACH ROW {member} "
             "EXECUTE FUNCTION tracker_record_check()" for table in RECORDS]
    found += [f"CREATE CONSTRAINT TRIGGER {table}_link AFTER INSERT ON {table} DEFERRABLE INITIALLY DEFERRED "
              f"FOR EACH ROW {member} EXECUTE FUNCTION tracker_link_check()" for table in RECORDS]
    return found + [
        "CREATE CONSTRAINT TRIGGER chain_head_follows AFTER INSERT OR UPDATE ON chain_head DEFERRABLE INITIALLY "
        f"DEFERRED FOR EACH ROW {member} EXECUTE FUNCTION tracker_head_check()",
        "CREATE CONSTRAINT TRIGGER question_state_follows AFTER INSERT OR UPDATE OF status, outcome, resolved_at "
        f"ON question DEFERRABLE INITIALLY DEFERRED FOR EACH ROW {member} EXECUTE FUNCTION tracker_question_check()",
        "CREATE CONSTRAINT TRIGGER standing_forecast_follows AFTER INSERT OR UPDATE ON standing_forecast DEFERRABLE "
        f"INITIALLY DEFERRED FOR EACH ROW {member} EXECUTE FUNCTION tracker_standing_check()",
    ]


TRIGGER_TABLES = {**{f"{t}_identity": t for t in RECORDS}, **{f"{t}_link": t for t in RECORDS},
                  "chain_head_follows": "chain_head", "question_state_follows": "question",
                  "standing_forecast_follows": "standing_forecast"}
#: The functions of 0010 (and 0006's tag function) that write score_cell: run as the owner, so members need no
#: privilege on it.
CELL_FUNCTIONS = ("tracker_standing_cells_added()", "tracker_standing_cells_changed()",
                  "tracker_standing_cells_removed()", "tracker_tag_cells()")


def upgrade() -> None:
    # The tables exist on SQLite too (the schema is one), where nothing reads them: SQLite is single-user.
    op.create_table(
        "team_role",
        sa.Column("role", sa.String(64), primary_key=True),
        sa.Column("record_for_others", sa.Boolean(), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "team_forecaster",
        sa.Column("forecaster", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(64), sa.ForeignKey("team_role.role"), nullable=True),
        sa.Column("is_source", sa.Boolean(), nullable=False),
        sa.CheckConstraint("(role IS NULL) = is_source", name="team_forecaster_role_or_source"),
    )
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema, owner = bind.execute(sa.text(
        "SELECT quote_ident(current_schema()), CASE WHEN current_setting('server_version_num')::int >= 140000 "
        "THEN quote_literal('pg_database_owner') ELSE quote_literal(pg_get_userbyid(relowner)) END "
        "FROM pg_class WHERE oid = to_regclass('chain_head')")).one()
    for signature, body in FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {signature} {body}")
        op.execute(f"ALTER FUNCTION {signature} SET search_path = {schema}, pg_temp")
    for statement in triggers(owner):
        op.execute(statement)
    for signature in CELL_FUNCTIONS:
        op.execute(f"ALTER FUNCTION {signature} SECURITY DEFINER SET search_path = {schema}, pg_temp")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for signature in CELL_FUNCTIONS:
            op.execute(f"ALTER FUNCTION {signature} SECURITY INVOKER RESET search_path")
        for name, table in TRIGGER_TABLES.items():
            op.execute(f"DROP TRIGGER {name} ON {table}")
        for signature in reversed(list(FUNCTIONS)):
            op.execute(f"DROP FUNCTION {signature}")
    op.drop_table("team_forecaster")
    op.drop_table("team_role")
