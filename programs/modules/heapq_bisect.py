# heapq and bisect: heaps as CPython orders them (ties included), merge,
# nsmallest/nlargest, binary search with key=, and the wrong-argument errors.
import heapq
import bisect

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
tasks = [(2, 'write'), (1, 'read'), (3, 'sleep'), (1, 'eat')]
heapq.heapify(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(2, ['bb', 'a', 'ccc', 'dd'], key=len), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 2], [4, 1], reverse=True)),
      list(heapq.merge(['a', 'bb'], ['c', 'dd'], key=len)))
for f in (lambda: heapq.heappush(5, 1), lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
          lambda: heapq.heapify((1,)), lambda: heapq.heappop(5), lambda: bisect.bisect([1], 2, -1),
          lambda: bisect.insort((1,), 2), lambda: heapq.heappush([], 1, 2)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect_left(a, 4, 3), bisect.bisect(a, 0))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
grades = [(60, 'D'), (70, 'C'), (80, 'B'), (90, 'A')]
print([grades[bisect.bisect([g for g, _ in grades], s) - 1][1] if s >= 60 else 'F' for s in (33, 99, 77, 70, 89, 90, 100)])
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1])
print(recs)
