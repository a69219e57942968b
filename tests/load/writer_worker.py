"""One concurrent writer (run as a script by test_concurrent_writers.py, never collected by pytest).

    python writer_worker.py DATABASE_URL WORKER COUNT START_AT [open-first]

Waits until the wall clock reaches START_AT (so that all workers open the fresh database at once and
race on its migration), then logs COUNT forecasts through tracker.api.log_forecast, one transaction
each, and prints how long that took. With ``open-first`` it opens the store (and reads from it) before
waiting, so that the workers' first writes, not their migrations, start together.
"""

import sys
import time

url, worker, count, start_at = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
open_first = sys.argv[5:] == ["open-first"]

from tracker import api  # noqa: E402

if open_first:
    store = api.open_store(database_url=url)
    api.list_questions(store, limit=1)
while time.time() < start_at:
    time.sleep(0.002)
began = time.perf_counter()
if not open_first:
    store = api.open_store(database_url=url)
for i in range(count):
    api.log_forecast(store, text=f"Will worker {worker} see event {i} happen?", criteria="It is reported.",
                     due="2030-01-01", forecaster=f"w{worker}", probability=(i % 99 + 1) / 100,
                     tags=[f"w{worker}"])
store.close()
print(f"{time.perf_counter() - began:.3f}")
