"""`tracker serve`: the tracker in a browser: pages, the live report and forms (docs/web.md).

Server-rendered pages over tracker.api; tracker.web.app builds the ASGI application."""
