"""`tracker serve`: the tracker in a browser, read-only for now (docs/web.md).

Server-rendered pages over tracker.api; tracker.web.app builds the ASGI application."""
