# statistics: harmonic_mean (with weights), geometric_mean, median_grouped,
# quantiles, covariance, correlation and linear_regression, with their
# errors. Every float must print with CPython's exact digits.
import statistics
from statistics import (harmonic_mean, geometric_mean, median_grouped, quantiles,
                        covariance, correlation, linear_regression, StatisticsError)


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        return f'{type(e).__name__}: {e}'


print('-- harmonic_mean')
print(harmonic_mean([40, 60]))
print(harmonic_mean([40, 60], weights=[5, 30]))
print(harmonic_mean([2.5, 3, 10]))
print(harmonic_mean([1, 2, 4]), harmonic_mean([0.1, 0.2, 0.3, 0.7]))
print(harmonic_mean([7]), harmonic_mean([7.5]), harmonic_mean([0]))
print(harmonic_mean(iter([3, 4, 5])), harmonic_mean(x for x in [1.5, 2.5]))
print(harmonic_mean([3, 0, 5]), harmonic_mean([3, 4], weights=[0, 2]))
print(harmonic_mean([10, 20, 30], weights=iter([1.5, 0.25, 2])))
print(harmonic_mean([1e300, 1e-300, 3]))
print(attempt(harmonic_mean, []))
print(attempt(harmonic_mean, [-1]))
print(attempt(harmonic_mean, [1, -2, 0]))
print(attempt(harmonic_mean, [1, 0, -2]))
print(attempt(harmonic_mean, [1, 2], weights=[1]))
print(attempt(harmonic_mean, [1, 2], weights=[1, -1]))
print(attempt(harmonic_mean, [1, 2], weights=[0, 0]))
print(attempt(harmonic_mean, ['a']))
print(attempt(harmonic_mean, [1, 'a']))

print('-- geometric_mean')
print(geometric_mean([54, 24, 36]))
print(geometric_mean([1, 2, 3, 4, 5]), geometric_mean([0.5, 8.0]))
print(geometric_mean(iter([2, 8])), geometric_mean([1e-10, 1e10, 7]))
print(attempt(geometric_mean, []))
print(attempt(geometric_mean, [1, 0, 3]))
print(attempt(geometric_mean, [4, -1]))
print(attempt(geometric_mean, ['x']))

print('-- median_grouped')
data = [25] * 172 + [35] * 484 + [45] * 387 + [55] * 22 + [65] * 6
print(median_grouped(data, interval=10), round(median_grouped(data, 10), 1))
print(median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=1))
print(median_grouped([1, 3, 3, 5, 7], interval=2), median_grouped([2.5, 1.5, 0.5]))
print(median_grouped(['3', '1', '2']), median_grouped([4]))
print(attempt(median_grouped, []))
print(attempt(median_grouped, [1, 2], interval='wide'))
print(attempt(median_grouped, ['one', 'two']))
print(attempt(median_grouped, [1, 2], interval=None))

print('-- quantiles')
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], method='inclusive'))
print(quantiles([1.5, 2.25, 3.0], n=5), quantiles([1.5, 2.25, 3.0], n=5, method='inclusive'))
print(quantiles(range(7), n=3), quantiles([3, 1], n=6), quantiles([10, 20], n=1))
print(quantiles(iter([0.1, 0.7, 0.2, 0.9]), n=4, method='inclusive'))
print(attempt(quantiles, [1, 2, 3], n=0))
print(attempt(quantiles, [1], n=4))
print(attempt(quantiles, [1, 2], method='middle'))
print(attempt(quantiles, [1, 2], 4))

print('-- covariance, correlation')
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(covariance(x, y), covariance(x, z), covariance(z, x))
print(covariance([0.1, 0.5, 0.9], [1.2, -3.4, 5.6]))
print(correlation(x, x), correlation(x, z), correlation(x, y))
print(correlation([0.1, 0.5, 0.9, 1.3], [1.2, -3.4, 5.6, 7.8]))
print(correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
print(attempt(covariance, [1, 2], [1, 2, 3]))
print(attempt(covariance, [1], [1]))
print(attempt(correlation, [1, 2, 3], [1, 2]))
print(attempt(correlation, [1], [2]))
print(attempt(correlation, [1, 1, 1], [1, 2, 3]))
print(attempt(covariance, iter([1, 2]), [1, 2]))
print(attempt(covariance, x=[1, 2], y=[3, 4]))

print('-- linear_regression')
years = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
slope, intercept = linear_regression(years, films_total)
print(slope, intercept, round(slope * 2019 + intercept))
r = linear_regression([1, 2, 3, 4, 5], [5.1, 7.2, 8.8, 11.3, 12.9])
print(r, r.slope, r.intercept, type(r).__name__, r._fields)
print(linear_regression([1, 2, 3, 4, 5], [5.1, 7.2, 8.8, 11.3, 12.9], proportional=True))
print(linear_regression([0.5, 1.5, 2.5], [3, 1, 2]))
print(type(r) is statistics.LinearRegression, statistics.LinearRegression.__module__)
print(attempt(linear_regression, [1, 2], [3]))
print(attempt(linear_regression, [1], [3]))
print(attempt(linear_regression, [2, 2, 2], [1, 2, 3]))
print(attempt(linear_regression, [0, 0], [1, 2], proportional=True))
print(attempt(linear_regression, [1, 2], [3, 4], True))
