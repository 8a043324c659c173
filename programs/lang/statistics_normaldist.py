# statistics.NormalDist: construction, properties, pdf/cdf/inv_cdf,
# quantiles, overlap, zscore, from_samples, seeded samples (CPython's
# random.Random(seed).gauss sequence) and arithmetic, with the errors.
import random
from statistics import NormalDist, StatisticsError


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        return f'{type(e).__name__}: {e}'


z = NormalDist()
print(z, repr(NormalDist(100, 15)), NormalDist(mu=3, sigma=0))
n = NormalDist(100, 15)
print(n.mean, n.median, n.mode, n.stdev, n.variance)
print(type(n.mean).__name__, NormalDist(2).stdev)

print('-- pdf, cdf, inv_cdf')
for x in (-3, -1.5, 0, 0.5, 1, 2.75, 10):
    print(x, z.pdf(x), z.cdf(x))
print(n.pdf(110), n.cdf(130), n.cdf(70))
for p in (1e-300, 1e-20, 0.001, 0.01, 0.025, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.975, 0.99, 0.999999):
    print(p, z.inv_cdf(p), n.inv_cdf(p))
print(NormalDist(5, 2).inv_cdf(0.074), NormalDist(-1, 0.5).inv_cdf(0.5))
print(z.quantiles(), n.quantiles(n=10))
print(NormalDist(0, 1).quantiles(1), NormalDist(0, 1).quantiles(3))
print(attempt(z.inv_cdf, 0), attempt(z.inv_cdf, 1.0), attempt(z.inv_cdf, -0.5))
print(attempt(NormalDist(1, 0).inv_cdf, 0.5))
print(attempt(NormalDist(1, 0).pdf, 1), attempt(NormalDist(1, 0).cdf, 1))

print('-- zscore, overlap')
print(n.zscore(130), n.zscore(85.5), z.zscore(-2))
print(attempt(NormalDist(3, 0).zscore, 1))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
print(NormalDist(3.2, 2.0).overlap(NormalDist(2.4, 1.6)))
print(NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(5, 3).overlap(NormalDist(5, 3)))
print(NormalDist(0, 1).overlap(NormalDist(10, 0.5)))
print(attempt(z.overlap, 5))
print(attempt(z.overlap, NormalDist(1, 0)))

print('-- from_samples, samples')
d = NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])
print(d, d.mean, d.stdev)
print(NormalDist.from_samples([1, 2, 3, 4]), NormalDist.from_samples(iter([10, 10])))
print(attempt(NormalDist.from_samples, [1]))
print(z.samples(5, seed=42))
print(n.samples(3, seed=8675309))
print(NormalDist(-4, 0.25).samples(4, seed='spam'))
print(n.samples(0, seed=1), len(n.samples(7)), NormalDist(3, 0).samples(2, seed=5))
random.seed(12345)
first = z.samples(3)
random.seed(12345)
print(first == z.samples(3), first)
sample = NormalDist(50, 5).samples(2000, seed=7)
fit = NormalDist.from_samples(sample)
print(fit, round(fit.mean, 1), round(fit.stdev, 1))
print(attempt(z.samples, 2, 3))


class MyDist(NormalDist):
    pass


print(MyDist(1, 2), MyDist.from_samples([1, 2, 3]), type(MyDist.from_samples([4, 5])).__name__)

print('-- arithmetic')
a = NormalDist(10, 3)
b = NormalDist(4, 4)
print(a + b, a - b, b - a)
print(a + 5, 5 + a, a - 2.5, 20 - a)
print(a * 2, 2 * a, a * -0.5, a / 4, a / -2)
print(+a, -a, +a is a, -NormalDist(0, 1))
print(a == NormalDist(10.0, 3.0), a == NormalDist(10, 3.5), a == 10, a != b)
print(hash(a) == hash(NormalDist(10.0, 3)), hash(a) == hash((10.0, 3.0)))
print(len({a, NormalDist(10, 3), b}))
print(attempt(lambda: a * b))
print(attempt(lambda: a / 0))
print(attempt(lambda: a + 'x'))
print(attempt(lambda: a ** 2))
print(attempt(NormalDist, 0, -1))
print(attempt(NormalDist, 'one'))
print(attempt(NormalDist, 0, 'wide'))
print(attempt(setattr, a, 'extra', 1))
print(a.__getstate__(), NormalDist.__slots__ == {'_mu', '_sigma'} or sorted(NormalDist.__slots__))
c = NormalDist()
c.__setstate__((7.0, 2.0))
print(c)
