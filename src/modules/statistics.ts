// The statistics module: the averages (mean, fmean, geometric_mean,
// harmonic_mean, median and its variants, mode, multimode), quantiles, the
// measures of spread (variance, pvariance, stdev, pstdev), covariance,
// correlation, linear_regression and NormalDist. As in CPython, sums are
// exact (each value as a fraction of integers), results are converted back
// to the data's type (int when the data are ints and the result is whole),
// and a standard deviation is the correctly rounded square root of the
// exact variance; the functions CPython computes in floats (fsum, exp, erf
// ...) take the same steps in the same order here, so every digit agrees.
// Written in Python; random is imported only by NormalDist.samples().

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { hiddenFiles } from '../vm/traceback.js';
import { makeNamedTuple } from './namedtuple.js';

const FILE = '<pygil statistics>';

const SOURCE = `
from math import fsum as _fsum, isqrt as _isqrt, gcd as _gcd
from math import exp as _exp, log as _log, sqrt as _sqrt, erf as _erf, fabs as _fabs, hypot as _hypot, tau as _tau


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

# ---------------------------------------------------------------- more averages

def geometric_mean(data):
    try:
        return _exp(fmean(map(_log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _nonnegative(values, message):
    # The values, checked one at a time as they are used.
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    negative = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (int, float)):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(negative)
        return x
    if weights is None:
        weights = [1] * n
        weight_sum = (n, 1)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_sum = _exact_sum(_nonnegative(weights, negative))[1]
    try:
        kind, total, _ = _exact_sum(w / x if w else 0
                                    for w, x in zip(weights, _nonnegative(data, negative)))
    except ZeroDivisionError:
        return 0
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert((weight_sum[0] * total[1], weight_sum[1] * total[0]), kind)


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    from bisect import bisect_left, bisect_right
    x = data[n // 2]
    # data[below:upto] are the values equal to x.
    below = bisect_left(data, x)
    upto = bisect_right(data, x, lo=below)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    # x is the midpoint of its class: interpolate within that class.
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - below) / (upto - below)


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        # The minimum is the 0th percentile, the maximum the 100th.
        m = size - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        m = size + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), size - 1)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# ---------------------------------------------------------------- two variables

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def _centred_sums(x, y, n):
    # (sum of (x - xbar)(y - ybar), sum of (x - xbar)^2, xbar, ybar), in floats.
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _fsum((d := xi - xbar) * d for xi in x)
    return sxy, sxx, xbar, ybar


def covariance(x, y, /):
    n = _paired(x, y, 'covariance')
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    return _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    n = _paired(x, y, 'correlation')
    sxy, sxx, xbar, ybar = _centred_sums(x, y, n)
    syy = _fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / _sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def linear_regression(x, y, /, *, proportional=False):
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = _fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _fsum(xi * xi for xi in x)
    else:
        sxy, sxx, xbar, ybar = _centred_sums(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------------- NormalDist

# Wichura's algorithm AS 241 (PPND16): rational approximations of the normal
# quantile, coefficients highest power first, each evaluated by Horner's rule.
_CENTRAL_NUM = (2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
                45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
                133.14166789178437745, 3.387132872796366608)
_CENTRAL_DEN = (5226.495278852854561, 28729.085735721942674, 39307.89580009271061,
                21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
                42.313330701600911252, 1.0)
_NEAR_NUM = (7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
             1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
             4.6303378461565452959, 1.42343711074968357734)
_NEAR_DEN = (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
             0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
             2.05319162663775882187, 1.0)
_FAR_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
            0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
            5.4637849111641143699, 6.6579046435011037772)
_FAR_DEN = (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
            7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
            0.59983220655588793769, 1.0)


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _inv_cdf(p, mu, sigma):
    q = p - 0.5
    if _fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _horner(_CENTRAL_NUM, r) * q / _horner(_CENTRAL_DEN, r)
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = _sqrt(-_log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_NEAR_NUM, r) / _horner(_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _horner(_FAR_NUM, r) / _horner(_FAR_DEN, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = _sqrt(2.0)


class NormalDist:
    'Normal distribution of a random variable'

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        'NormalDist where mu is the mean and sigma is the standard deviation.'
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        'Make a normal distribution instance from sample data.'
        data = list(data)
        kind, ss, n = _squared_deviations(data, None)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        total = _exact_sum(data)[1]
        xbar = total[0] / (total[1] * n)
        return cls(xbar, _sqrt_of_fraction(_divide(ss, n - 1)))

    def samples(self, n, *, seed=None):
        'Generate *n* samples for a given mean and standard deviation.'
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for i in range(n)]

    def pdf(self, x):
        'Probability density function.  P(x <= X < x+dx) / dx'
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return _exp(diff * diff / (-2.0 * variance)) / _sqrt(_tau * variance)

    def cdf(self, x):
        'Cumulative distribution function.  P(X <= x)'
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + _erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        'Inverse cumulative distribution function.  x : P(X <= x) = p'
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        'Divide into *n* continuous intervals with equal probability.'
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        'Compute the overlapping coefficient (OVL) between two normal distributions.'
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        # The same order either way round, so that the result is symmetric.
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = _fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - _erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * _sqrt(dm * dm + dv * _log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (_fabs(Y.cdf(x1) - X.cdf(x1)) + _fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        'Compute the Standard Score.  (x - mean) / stdev'
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        'Arithmetic mean of the normal distribution.'
        return self._mu

    @property
    def median(self):
        'Return the median of the normal distribution'
        return self._mu

    @property
    def mode(self):
        'Return the mode of the normal distribution'
        return self._mu

    @property
    def stdev(self):
        'Standard deviation of the normal distribution.'
        return self._sigma

    @property
    def variance(self):
        'Square of the standard deviation.'
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, _hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, _hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * _fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / _fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
`;

const EXPORTS = ['StatisticsError', 'mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low',
  'median_high', 'median_grouped', 'mode', 'multimode', 'quantiles', 'variance', 'pvariance', 'stdev', 'pstdev',
  'covariance', 'correlation', 'linear_regression', 'NormalDist'];

registerModule('statistics', (proc, ns) => {
  hiddenFiles.add(FILE);
  const linearRegression = makeNamedTuple('LinearRegression', ['slope', 'intercept'], { module: 'statistics' });
  const internal = runPythonSource(proc, FILE, SOURCE, { __name__: 'statistics', LinearRegression: linearRegression });
  for (const name of EXPORTS) ns.set(name, internal.get(name));
  ns.set('LinearRegression', linearRegression);
});
