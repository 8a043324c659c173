# cpython: skip (reads the clock: pygil's virtual clock starts at 2025-01-01 00:00:00 UTC, in a UTC local zone)
# now(), today(), utcnow() and fromtimestamp(time.time()) read the process's
# virtual clock, which only the program's own work and sleeps move forward:
# threads that sleep 1, 2 and 3 seconds wake exactly that long after start.
import threading
import time
from datetime import date, datetime, timedelta, timezone

start = datetime.now()
print(start.replace(microsecond=0), repr(start.replace(microsecond=0)))
print(datetime.utcnow().replace(microsecond=0), date.today(), datetime.today().date(), date.fromtimestamp(time.time()))
print(datetime.now(timezone.utc).replace(microsecond=0), datetime.now(tz=timezone(timedelta(hours=9))).strftime('%Y-%m-%d %H:%M %Z'))
print(repr(datetime.now().astimezone().tzinfo), datetime.now().astimezone().tzname(), datetime.now().timetuple()[:6])
print(datetime.fromtimestamp(time.time()).replace(microsecond=0) == start.replace(microsecond=0), start < datetime.now())
print(abs(datetime.now().timestamp() - time.time()) < 0.001, time.strftime('%Y-%m-%d %H:%M:%S %Z', time.localtime()))

lock = threading.Lock()


def worker(name, delay):
    time.sleep(delay)
    woke = datetime.now()
    with lock:
        print(f'{name} woke at {woke:%H:%M:%S} after {(woke - start).total_seconds():.1f}s')


threads = [threading.Thread(target=worker, args=(name, delay)) for name, delay in (('slow', 3), ('quick', 1), ('middle', 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = datetime.now() - start
print('all done after', timedelta(seconds=round(elapsed.total_seconds())), elapsed > timedelta(seconds=3), elapsed < timedelta(seconds=3.01))

deadline = datetime.now() + timedelta(minutes=1, seconds=30)
ticks = 0
while datetime.now() < deadline:
    time.sleep(20)
    ticks += 1
print(ticks, 'ticks; now', datetime.now().strftime('%H:%M:%S'), '- one day later:', (datetime.now() + timedelta(days=1)).strftime('%A %d %B %Y'))
