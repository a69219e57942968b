"""Hashes the chain walk (tracker.chain_walk) looks up when it started after the first record
(`verify --since-anchor`): a correction names the resolution it supersedes, a version the one before it."""

from __future__ import annotations

from sqlalchemy import select

from tracker.store.tables import QuestionVersionRow, ResolutionRow

resolution, version = ResolutionRow.__table__, QuestionVersionRow.__table__


class _Superseded(dict):
    """Hashes of superseded resolutions, read when a walk that started late meets a correction."""

    def __init__(self, session):
        super().__init__()
        self.session = session

    def get(self, key, default=None):
        if key is None:
            return default
        if key not in self:
            self[key] = self.session.execute(select(resolution.c.hash).where(resolution.c.id == key)).scalar()
        return self[key]


class _Versions(dict):
    """Hashes of question versions by (question, version): met by the walk, or read when it started late."""

    def __init__(self, session, since: int):
        super().__init__()
        self.session, self.since = session, since

    def get(self, key, default=None):
        if key not in self and self.since:
            self[key] = self.session.execute(select(version.c.hash).where(
                version.c.question_id == key[0], version.c.version == key[1], version.c.seq <= self.since)).scalar()
        return super().get(key, default)
