# pygil: --race
# cpython: skip (--race reports are pygil's own)
# Races on an attribute and on list items, each reported once, with the
# locks each side held. The locked `hits`, the event-ordered `message` and
# the update after join() are not races.
import threading


class Stats:
    def __init__(self):
        self.hits = 0


stats = Stats()
slots = [0, 0]
lock = threading.Lock()
ready = threading.Event()
message = None


def bump(i):
    for _ in range(3):
        with lock:
            stats.hits += 1
            slots[1] += i
        stats.last = i
        slots[0] += i


def announce():
    global message
    message = "hello"
    slots[1] = 100
    ready.set()


def listen():
    ready.wait()
    print("got", message)


ts = [threading.Thread(target=bump, args=(i,)) for i in (1, 2)]
ts += [threading.Thread(target=listen), threading.Thread(target=announce)]
for t in ts:
    t.start()
for t in ts:
    t.join()
stats.hits += 100  # after join(): ordered, not a race
print(stats.hits, slots)
