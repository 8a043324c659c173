# time: only deterministic observations.
import time
start = time.time()
time.sleep(0.01)
end = time.time()
print(type(start).__name__, end >= start)
print("slept ok")
t0 = time.perf_counter()
total = sum(range(1000))
t1 = time.perf_counter()
print(total, t1 >= t0, type(t1 - t0).__name__)
print(type(time.monotonic()).__name__, type(time.time_ns()).__name__)
print(time.time() > 1600000000)
