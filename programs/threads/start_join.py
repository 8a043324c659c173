# Threads run their target with args and kwargs; join() waits for each.
import threading

results = {}

def square(n, scale=1):
    results[n] = n * n * scale

threads = [threading.Thread(target=square, args=(i,), kwargs={'scale': 10}) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.is_alive() for t in threads])

def no_args():
    results['none'] = 'ran'

t = threading.Thread(target=no_args)
t.start()
t.join()
print(results['none'])

# A thread with no target runs nothing and ends at once.
t = threading.Thread()
t.start()
t.join()
print('empty thread alive:', t.is_alive())

# Six positional arguments (more than the common arities).
out = []
t = threading.Thread(target=lambda *a: out.append(sum(a)), args=(1, 2, 3, 4, 5, 6))
t.start()
t.join()
print(out)

# The args may be a list.
t = threading.Thread(target=out.append, args=['listed'])
t.start()
t.join()
print(out)
