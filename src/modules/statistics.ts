// The statistics module's averages and measures of spread: mean, fmean,
// median (and _low/_high), mode, multimode, variance, pvariance, stdev,
// pstdev. As in CPython, sums are exact (each value as a fraction of
// integers), results are converted back to the data's type (int when the
// data are ints and the result is whole), and a standard deviation is the
// correctly rounded square root of the exact variance. Written in Python.

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { hiddenFiles } from '../vm/traceback.js';

const FILE = '<pygil statistics>';

const SOURCE = `
from math import fsum as _fsum, isqrt as _isqrt, gcd as _gcd


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """x as an exact (numerator, denominator) pair."""
    if isinstance(x, (int, float)):
        return x.as_integer_ratio()
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _add(a, b):
    n = a[0] * b[1] + b[0] * a[1]
    d = a[1] * b[1]
    g = _gcd(n, d)
    return (n // g, d // g)


def _exact_sum(data):
    """(result type, exact sum as a fraction, count)."""
    total = (0, 1)
    count = 0
    kind = int
    for x in data:
        if isinstance(x, float):
            kind = float
        total = _add(total, _ratio(x))
        count += 1
    return kind, total, count


def _convert(frac, kind):
    n, d = frac
    if kind is int and d == 1:
        return n
    return n / d


def _divide(frac, k):
    n, d = frac[0], frac[1] * k
    g = _gcd(n, d)
    return (n // g, d // g)


def mean(data):
    kind, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(_divide(total, n), kind)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return _fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = _fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return _fsum(x * w for x, w in zip(data, weights)) / total


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    if len(data) == 0:
        raise StatisticsError('no median for empty data')
    return data[len(data) // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = max(counts.values())
    for value, c in counts.items():
        if c == best:
            return value


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    best = max(counts.values())
    return [value for value, c in counts.items() if c == best]


def _squared_deviations(data, center):
    """(result type, exact sum of squared deviations, count)."""
    if center is not None:
        return _exact_sum((x - center) * (x - center) for x in data)
    data = list(data)
    kind, total, n = _exact_sum(data)
    if n == 0:
        return kind, (0, 1), 0
    squares = (0, 1)
    for x in data:
        p, q = _ratio(x)
        squares = _add(squares, (p * p, q * q))
    # sum (x - m)^2 = sum x^2 - (sum x)^2 / n, all exact
    sn, sd = total
    ss = _add(squares, (-sn * sn, sd * sd * n))
    return kind, ss, n


def _sqrt_of_fraction(frac):
    """The square root of an exact fraction, correctly rounded to a float."""
    n, d = frac
    if n == 0:
        return 0.0
    # Scale by 4**k so the integer root has about 110 bits; make an inexact
    # root odd (a sticky bit), so the one rounding to a float is correct.
    k = max(0, (220 - n.bit_length() + d.bit_length()) // 2)
    scaled = (n << 2 * k) // d
    root = _isqrt(scaled)
    if root * root * d != n << 2 * k:
        root |= 1
    return root / (1 << k)


def variance(data, xbar=None):
    kind, ss, n = _squared_deviations(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_divide(ss, n - 1), kind)


def pvariance(data, mu=None):
    kind, ss, n = _squared_deviations(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_divide(ss, n), kind)


def stdev(data, xbar=None):
    kind, ss, n = _squared_deviations(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of_fraction(_divide(ss, n - 1))


def pstdev(data, mu=None):
    kind, ss, n = _squared_deviations(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of_fraction(_divide(ss, n))
`;

registerModule('statistics', (proc, ns) => {
  hiddenFiles.add(FILE);
  const internal = runPythonSource(proc, FILE, SOURCE, { __name__: 'statistics' });
  for (const name of ['StatisticsError', 'mean', 'fmean', 'median', 'median_low', 'median_high', 'mode', 'multimode',
    'variance', 'pvariance', 'stdev', 'pstdev']) ns.set(name, internal.get(name));
});
