"""Resolution prompts: a sweep that turns due questions into reminders and sends each exactly once,
and a daemon (APScheduler) that runs the sweep periodically. The database, not the scheduler's job
store, is the record of what was prompted."""
