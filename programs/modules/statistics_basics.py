# statistics: exact averages and spreads converted back to the data's type,
# correctly rounded standard deviations, and the empty-data errors.
import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.mean([1, 2, 3]), st.mean([1.5, 2.5, 2]), st.fmean(data), st.fmean([0.1, 0.2, 0.3]))
print(st.median(data), st.median([3, 1, 2]), st.median_low(data), st.median_high(data), st.median([1, 2]))
print(st.mode([1, 2, 2, 3, 3]), st.mode('abracadabra'), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.pvariance(data), st.variance(data), st.pstdev(data), st.stdev(data))
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([0.1, 0.2, 0.4]))
print(st.variance([1, 2, 3, 4], 2.5), st.stdev([10, 20, 30]), st.mean([1e50, 1, -1e50] * 10), st.mean([True, False, True]))
print(st.stdev(range(10)), st.variance([0.1] * 5), st.pvariance([1, 2, 3, 4, 5, 6]))
for f in (lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]),
          lambda: st.pvariance([]), lambda: st.fmean([]), lambda: st.stdev([1]), lambda: st.mean(['a', 'b'])):
    try:
        print(f())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
import random
random.seed(7)
out = []
for i in range(60):
    n = random.randint(2, 12)
    if i % 3 == 0:
        data = [random.randint(-50, 50) for _ in range(n)]
    elif i % 3 == 1:
        data = [random.uniform(-1e3, 1e3) for _ in range(n)]
    else:
        data = [random.random() * 10 ** random.randint(-5, 5) for _ in range(n)]
    out.append((st.mean(data), st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance(data), st.median(data), st.fmean(data)))
for o in out:
    print(*o)
