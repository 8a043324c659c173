// The datetime module: timedelta, date, time, datetime, tzinfo, timezone
// (with timezone.utc and the 3.11 alias UTC), MINYEAR and MAXYEAR, written in
// Python and behaving as CPython's C implementation (_datetime) does: the
// same normalisation and rounding, reprs, isoformat/fromisoformat forms,
// strftime (the %z, %Z and %f directives here, the others by time.strftime)
// and strptime (matched as CPython's _strptime regular expressions match),
// and the same error messages, argument errors included.
//
// now(), today(), utcnow() and fromtimestamp() read the process's virtual
// clock through the time module: a program starts at 2025-01-01 00:00:00
// UTC, and the machine's local time zone is UTC (as time.localtime() says),
// so naive local times equal UTC times and astimezone() with no argument
// gives timezone(timedelta(0), 'UTC'). Pickling is not supported.
//
// The classes are Python classes whose tp_name (the name error messages and
// reprs show) is set to CPython's ('datetime.date'); their instances keep
// their fields in __slots__ behind read-only properties.

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { hiddenFiles } from '../vm/traceback.js';
import { PyType } from '../runtime/object.js';
import { PyBuiltin } from '../runtime/function.js';
import { typeError } from '../runtime/exceptions.js';
import * as ops from '../runtime/ops.js';

const FILE = '<pygil datetime>';

const SOURCE = `
import time as _time
import math as _math
from operator import index as _index, attrgetter as _attrgetter

MINYEAR = 1
MAXYEAR = 9999

# Absent optional argument.
_NO = object()

_MAXORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DBM = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)
_MONTHNAMES = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_DAYNAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_OFFSET_RANGE = 'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)'


# ---------------------------------------------------------------- calendar arithmetic

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DIM[m]


def _ymd2ord(y, m, d):
    """Days since 0001-01-00 (so that 0001-01-01 is day 1)."""
    p = y - 1
    n = p * 365 + p // 4 - p // 100 + p // 400 + _DBM[m] + d
    if m > 2 and _is_leap(y):
        n += 1
    return n


def _ord2ymd(n):
    n -= 1
    c400, n = divmod(n, 146097)
    c100, n = divmod(n, 36524)
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    y = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c1 == 4 or c100 == 4:
        # The last day of a leap year closing a 4 (or 400) year cycle.
        return y - 1, 12, 31
    leap = 1 if _is_leap(y) else 0
    m = n // 31 + 1
    while m < 12 and n >= _DBM[m + 1] + (leap if m + 1 > 2 else 0):
        m += 1
    return y, m, n - _DBM[m] - (leap if m > 2 else 0) + 1


def _week1_monday(y):
    """Ordinal of the Monday starting ISO week 1 of year y (the week holding January 4)."""
    jan4 = _ymd2ord(y, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _iso_weeks(y):
    return (_week1_monday(y + 1) - _week1_monday(y)) // 7


def _check_date(y, m, d):
    if not 1 <= y <= 9999:
        raise ValueError('year %d is out of range' % y)
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= d <= _days_in_month(y, m):
        raise ValueError('day is out of range for month')


def _check_time(h, mi, s, us, fold):
    if not 0 <= h <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= mi <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= s <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= us <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % _tpname(tz))


# ---------------------------------------------------------------- arguments, parsed as CPython's C code does

def _cint(v):
    """An argument converted to a C int."""
    if type(v) is not int:
        v = int(_index(v))
    if -2147483648 <= v <= 2147483647:
        return v
    if not -9223372036854775808 <= v <= 9223372036854775807:
        raise OverflowError('Python int too large to convert to C long')
    if v > 0:
        raise OverflowError('signed integer is greater than maximum')
    raise OverflowError('signed integer is less than minimum')


def _fname(fname):
    return fname + '()' if fname else 'function'


def _parse(fname, args, kwargs, names, nreq, conv=None, maxpos=-1):
    """The arguments named names (absent ones _NO), checked as PyArg_ParseTupleAndKeywords checks them."""
    n = len(names)
    nargs = len(args)
    nkw = len(kwargs)
    if nargs + nkw > n:
        raise TypeError('%s takes at most %d %sargument%s (%d given)' % (
            _fname(fname), n, '' if nargs else 'keyword ', '' if n == 1 else 's', nargs + nkw))
    out = [_NO] * n
    for i in range(n):
        if i == maxpos and nargs > maxpos:
            raise TypeError('%s takes at most %d positional argument%s (%d given)' % (
                _fname(fname), maxpos, '' if maxpos == 1 else 's', nargs))
        if i < nargs:
            v = args[i]
        elif nkw:
            v = kwargs.get(names[i], _NO)
            if v is not _NO:
                nkw -= 1
        else:
            v = _NO
        if v is not _NO:
            if conv is not None and conv[i] is not None:
                v = conv[i](v)
            out[i] = v
            continue
        if i < nreq:
            raise TypeError("%s missing required argument '%s' (pos %d)" % (_fname(fname), names[i], i + 1))
        if not nkw:
            return out
    if nkw:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError("argument for %s given by name ('%s') and position (%d)" % (
                    _fname(fname), names[i], i + 1))
        for k in kwargs:
            if k not in names:
                raise TypeError("'%s' is an invalid keyword argument for %s" % (
                    k, fname + '()' if fname else 'this function'))
    return out


def _noargs(fname, args, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % fname)
    raise TypeError('%s() takes no arguments (%d given)' % (fname, len(args)))


def _onearg(fname, args, kwargs):
    """The one positional argument of a METH_O method."""
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % fname)
    if len(args) != 1:
        raise TypeError('%s() takes exactly one argument (%d given)' % (fname, len(args)))
    return args[0]


def _argtype(v):
    """How CPython's argument errors name the type of v."""
    return 'None' if v is None else _tpname(v)


def _str_arg(v, fname, pos):
    if not isinstance(v, str):
        raise TypeError('%s() argument %d must be str, not %s' % (fname, pos, _argtype(v)))
    return v


def _with_fold(cls, args):
    """Rebuilds a time or datetime whose fold is 1 (see their __reduce__)."""
    return cls(*args, fold=1)


def _ro(name, owner):
    msg = "attribute '%s' of '%s' objects is not writable" % (name, owner)

    def refuse(self, value=None):
        raise AttributeError(msg)
    return refuse


def _field(slot, name, owner):
    refuse = _ro(name, owner)
    return property(_attrgetter(slot), refuse, refuse)


def _member(slot):
    def refuse(self, value=None):
        raise AttributeError('readonly attribute')
    return property(_attrgetter(slot), refuse, refuse)


# ---------------------------------------------------------------- timedelta

def _div_nearest(a, b):
    """a / b rounded to the nearest int, halves to even."""
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q & 1):
            q += 1
    elif r2 < b or (r2 == b and q & 1):
        q += 1
    return q


def _round_away(x):
    """C's round(): halves away from zero."""
    a = abs(x)
    w = _math.floor(a)
    if a - w >= 0.5:
        w += 1
    return w if x >= 0 else -w


def _mktd(d, s, us, cls=None):
    """A timedelta from normalised fields (0 <= s < 86400, 0 <= us < 10**6)."""
    if not -999999999 <= d <= 999999999:
        if not -2147483648 <= d <= 2147483647:
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
    self = object.__new__(timedelta if cls is None else cls)
    self._days = d
    self._seconds = s
    self._microseconds = us
    return self


def _td(d, s, us):
    """A timedelta from any days, seconds and microseconds."""
    if not 0 <= us < 1000000:
        q, us = divmod(us, 1000000)
        s += q
    if not 0 <= s < 86400:
        q, s = divmod(s, 86400)
        d += q
    return _mktd(d, s, us)


def _tdus(td):
    """A timedelta in microseconds."""
    return (td._days * 86400 + td._seconds) * 1000000 + td._microseconds


def _td_us(us, cls=None):
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    return _mktd(d, s, us, cls)


def _accum(tag, total, num, factor, left):
    """Adds num * factor microseconds: (exact int total, float leftover below a microsecond)."""
    if isinstance(num, int):
        return total + num * factor, left
    if isinstance(num, float):
        frac, whole = _math.modf(num)
        total += int(whole) * factor
        if frac == 0.0:
            return total, left
        frac, whole = _math.modf(float(factor) * frac)
        return total + int(whole), left + frac
    raise TypeError('unsupported type for timedelta %s component: %s' % (tag, _tpname(num)))


_TD_NAMES = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')


class timedelta:
    """A duration: days, seconds and microseconds.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)
    """

    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, *args, **kwargs):
        days, seconds, us, ms, minutes, hours, weeks = _parse('__new__', args, kwargs, _TD_NAMES, 0)
        total = 0
        left = 0.0
        if us is not _NO:
            total, left = _accum('microseconds', total, us, 1, left)
        if ms is not _NO:
            total, left = _accum('milliseconds', total, ms, 1000, left)
        if seconds is not _NO:
            total, left = _accum('seconds', total, seconds, 1000000, left)
        if minutes is not _NO:
            total, left = _accum('minutes', total, minutes, 60000000, left)
        if hours is not _NO:
            total, left = _accum('hours', total, hours, 3600000000, left)
        if days is not _NO:
            total, left = _accum('days', total, days, 86400000000, left)
        if weeks is not _NO:
            total, left = _accum('weeks', total, weeks, 604800000000, left)
        if left:
            whole = _round_away(left)
            if abs(whole - left) == 0.5:
                # Halfway: round to even, counting the microseconds gathered so far.
                odd = total & 1
                whole = 2 * _round_away((left + odd) * 0.5) - odd
            total += whole
        return _td_us(total, cls)

    days = _member('_days')
    seconds = _member('_seconds')
    microseconds = _member('_microseconds')

    def total_seconds(self, *args, **kwargs):
        if args or kwargs:
            _noargs('timedelta.total_seconds', args, kwargs)
        return ((self._days * 86400 + self._seconds) * 1000000 + self._microseconds) / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_tpname(self), ', '.join(parts) if parts else '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._microseconds:
            s += '.%06d' % self._microseconds
        d = self._days
        if d:
            s = '%d day%s, %s' % (d, '' if d == 1 or d == -1 else 's', s)
        return s

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self._days == other._days and self._seconds == other._seconds
                    and self._microseconds == other._microseconds)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return (self._days, self._seconds, self._microseconds) < (other._days, other._seconds, other._microseconds)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return (self._days, self._seconds, self._microseconds) <= (other._days, other._seconds, other._microseconds)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return (self._days, self._seconds, self._microseconds) > (other._days, other._seconds, other._microseconds)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return (self._days, self._seconds, self._microseconds) >= (other._days, other._seconds, other._microseconds)
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._days + other._days, self._seconds + other._seconds,
                       self._microseconds + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._days - other._days, self._seconds - other._seconds,
                       self._microseconds - other._microseconds)
        return NotImplemented

    def __neg__(self):
        return _td(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return _mktd(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return _td(-self._days, -self._seconds, -self._microseconds)
        return _mktd(self._days, self._seconds, self._microseconds)

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_us(_tdus(self) * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_us(_div_nearest(_tdus(self) * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return _tdus(self) / _tdus(other)
        if isinstance(other, int):
            return _td_us(_div_nearest(_tdus(self), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_us(_div_nearest(_tdus(self) * d, n))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return _tdus(self) // _tdus(other)
        if isinstance(other, int):
            return _td_us(_tdus(self) // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_us(_tdus(self) % _tdus(other))
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(_tdus(self), _tdus(other))
            return q, _td_us(r)
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


timedelta.min = _mktd(-999999999, 0, 0)
timedelta.max = _mktd(999999999, 86399, 999999)
timedelta.resolution = _mktd(0, 0, 1)
_ZERO = _mktd(0, 0, 0)
_ONE_DAY = _mktd(1, 0, 0)
_MINUS_ONE_DAY = _mktd(-1, 0, 0)


# ---------------------------------------------------------------- formatting helpers

def _format_offset(off, sep):
    """'+HH:MM[:SS[.ffffff]]' (sep ':') or '+HHMM[SS[.ffffff]]' (sep ''); '' for None."""
    if off is None:
        return ''
    sign = '+'
    if off._days < 0:
        sign = '-'
        off = -off
    mm, ss = divmod(off._seconds, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off._microseconds:
        s += '%s%02d' % (sep, ss)
        if off._microseconds:
            s += '.%06d' % off._microseconds
    return s


def _format_time(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (h, m, s)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, m, s, us)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, m, s, us // 1000)
    if timespec == 'minutes':
        return '%02d:%02d' % (h, m)
    if timespec == 'hours':
        return '%02d' % h
    raise ValueError('Unknown timespec value')


def _call_offset(tz, which, arg):
    """tz.utcoffset(arg) or tz.dst(arg), checked: None or a timedelta within a day."""
    if tz is None:
        return None
    if which == 'utcoffset':
        if type(tz) is timezone:
            return tz._offset
        off = tz.utcoffset(arg)
    else:
        off = tz.dst(arg)
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (which, _tpname(off)))
    if not _MINUS_ONE_DAY < off < _ONE_DAY:
        raise ValueError(_OFFSET_RANGE + '.')
    return off


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _tpname(name))
    return name


def _wrap_strftime(fmt, tt, us, tz, tzarg):
    """strftime() for date, time and datetime: %z, %Z and %f here, the rest by time.strftime."""
    i = fmt.find('%')
    if i < 0:
        return _time.strftime(fmt, tt)
    pieces = []
    start = 0
    n = len(fmt)
    z = zz = f = None
    while 0 <= i < n - 1:
        c = fmt[i + 1]
        if c == 'z':
            if z is None:
                z = _format_offset(_call_offset(tz, 'utcoffset', tzarg), '')
            rep = z
        elif c == 'Z':
            if zz is None:
                name = _call_tzname(tz, tzarg)
                zz = '' if name is None else name.replace('%', '%%')
            rep = zz
        elif c == 'f':
            if f is None:
                f = '%06d' % us
            rep = f
        else:
            i = fmt.find('%', i + 2)
            continue
        pieces.append(fmt[start:i])
        pieces.append(rep)
        start = i + 2
        i = fmt.find('%', start)
    if pieces:
        pieces.append(fmt[start:])
        fmt = ''.join(pieces)
    return _time.strftime(fmt, tt)


def _format(self, args, kwargs, owner):
    """__format__ of date, time and datetime: strftime(fmt), or str() for ''."""
    if kwargs:
        raise TypeError('%s.__format__() takes no keyword arguments' % owner)
    if len(args) != 1:
        raise TypeError('__format__() takes exactly 1 argument (%d given)' % len(args))
    fmt = args[0]
    if not isinstance(fmt, str):
        raise TypeError('__format__() argument 1 must be str, not %s' % _argtype(fmt))
    if fmt:
        return self.strftime(fmt)
    return str(self)


def _ctime(y, mo, d, h, mi, s):
    wd = (_ymd2ord(y, mo, d) + 6) % 7
    return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[wd], _MONTHNAMES[mo], d, h, mi, s, y)


# ---------------------------------------------------------------- timestamps

def _timestamp_parts(ts, rounding_floor):
    """(seconds, microseconds) of a timestamp argument, as CPython's _PyTime conversions give them."""
    if isinstance(ts, float):
        if ts != ts:
            raise ValueError('Invalid value NaN (not a number)')
        if rounding_floor:
            whole = _math.floor(ts) if ts - ts == 0 else ts
            us = 0
        else:
            frac, whole = _math.modf(ts)
            us = round(frac * 1e6)
            if us >= 1000000:
                us -= 1000000
                whole += 1.0
            elif us < 0:
                us += 1000000
                whole -= 1.0
        if not -9223372036854775808 <= whole <= 9223372036854775807:
            raise OverflowError('timestamp out of range for platform time_t')
        return int(whole), us
    secs = int(_index(ts))
    if not -9223372036854775808 <= secs <= 9223372036854775807:
        raise OverflowError('timestamp out of range for platform time_t')
    return secs, 0


def _broken_down(secs):
    """(y, m, d, hh, mm, ss) of a time_t, as gmtime() (and localtime() in UTC) gives them."""
    days, rem = divmod(secs, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORDINAL)
    if not -2147483648 <= y - 1900 <= 2147483647:
        raise OSError(75, 'Value too large for defined data type')
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss


def _check_local(secs):
    """localtime(secs) must give a year datetime can represent (CPython checks it while looking for folds)."""
    o = secs // 86400 + _EPOCH_ORDINAL
    if o < 1:
        raise ValueError('year %d is out of range' % _ord2ymd(o)[0])
    if o > _MAXORDINAL:
        raise ValueError('year %d is out of range' % _ord2ymd(o)[0])


def _local_seconds(dt):
    """Seconds since the epoch of a naive datetime in local time (UTC)."""
    t = ((_ymd2ord(dt._year, dt._month, dt._day) - _EPOCH_ORDINAL) * 86400
         + dt._hour * 3600 + dt._minute * 60 + dt._second)
    _check_local(t + 86400 if dt._fold else t - 86400)
    return t


def _local_timezone():
    return _mktz(_ZERO, _time.localtime(0).tm_zone)


def _from_timestamp(cls, secs, us, tz, utc):
    y, m, d, hh, mm, ss = _broken_down(secs)
    if ss > 59:
        ss = 59
    if tz is None and not utc:
        if not 1 <= y <= 9999:
            raise ValueError('year %d is out of range' % y)
        _check_local(secs - 86400)
    dt = _newdt(cls, y, m, d, hh, mm, ss, us, tz, 0)
    if tz is not None:
        dt = tz.fromutc(dt)
    return dt


# ---------------------------------------------------------------- date

def _mkdate(cls, y, m, d):
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    return self


def _newdate(cls, y, m, d):
    """A date of class cls, as CPython makes one for a subclass (by calling it)."""
    if cls is date:
        return _mkdate(date, y, m, d)
    if cls is datetime:
        return _mkdt(datetime, y, m, d, 0, 0, 0, 0, None, 0)
    return cls(y, m, d)


_DATE_NAMES = ('year', 'month', 'day')
_DATE_CONV = (_cint, _cint, _cint)


class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_tpname(self), self[0], self[1], self[2])

    def __reduce__(self):
        return tuple, (tuple(self),)


class date:
    """A date of the proleptic Gregorian calendar.

    date(year, month, day)
    """

    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, *args, **kwargs):
        if len(args) == 3 and not kwargs:
            y, m, d = args
            if type(y) is int and type(m) is int and type(d) is int and 1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= 28:
                return _mkdate(cls, y, m, d)
        y, m, d = _parse(None, args, kwargs, _DATE_NAMES, 3, _DATE_CONV)
        _check_date(y, m, d)
        return _mkdate(cls, y, m, d)

    year = _field('_year', 'year', 'datetime.date')
    month = _field('_month', 'month', 'datetime.date')
    day = _field('_day', 'day', 'datetime.date')

    # -- other constructors

    @classmethod
    def today(cls, *args, **kwargs):
        if args or kwargs:
            _noargs('date.today', args, kwargs)
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, *args, **kwargs):
        ts = _onearg('date.fromtimestamp', args, kwargs)
        secs = _timestamp_parts(ts, True)[0]
        y, m, d = _broken_down(secs)[:3]
        _check_date(y, m, d)
        return _newdate(cls, y, m, d)

    @classmethod
    def fromordinal(cls, *args, **kwargs):
        if kwargs:
            raise TypeError('fromordinal() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('fromordinal() takes exactly 1 argument (%d given)' % len(args))
        n = _cint(args[0])
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return _newdate(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, *args, **kwargs):
        s = _onearg('date.fromisoformat', args, kwargs)
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        ymd = None
        if len(s) in (7, 8, 10):
            ymd = _parse_iso_date(s, len(s))
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        _check_date(ymd[0], ymd[1], ymd[2])
        return _newdate(cls, ymd[0], ymd[1], ymd[2])

    @classmethod
    def fromisocalendar(cls, *args, **kwargs):
        y, w, d = _parse('fromisocalendar', args, kwargs, ('year', 'week', 'day'), 3, _DATE_CONV)
        if not 1 <= y <= 9999:
            raise ValueError('Year is out of range: %d' % y)
        if not 1 <= w <= 52 and not (w == 53 and _iso_weeks(y) == 53):
            raise ValueError('Invalid week: %d' % w)
        if not 1 <= d <= 7:
            raise ValueError('Invalid day: %d (range is [1, 7])' % d)
        y, m, d = _ord2ymd(_week1_monday(y) + (w - 1) * 7 + d - 1)
        return _newdate(cls, y, m, d)

    # -- conversions to string

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tpname(self), self._year, self._month, self._day)

    def isoformat(self, *args, **kwargs):
        if args or kwargs:
            _noargs('date.isoformat', args, kwargs)
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def ctime(self, *args, **kwargs):
        if args or kwargs:
            _noargs('date.ctime', args, kwargs)
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, *args, **kwargs):
        fmt = _parse('strftime', args, kwargs, ('format',), 1)[0]
        _str_arg(fmt, 'strftime', 1)
        return _wrap_strftime(fmt, self.timetuple(), 0, None, None)

    def __format__(self, *args, **kwargs):
        return _format(self, args, kwargs, 'date')

    # -- queries

    def timetuple(self, *args, **kwargs):
        if args or kwargs:
            _noargs('date.timetuple', args, kwargs)
        y, m, d = self._year, self._month, self._day
        o = _ymd2ord(y, m, d)
        return _time.struct_time((y, m, d, 0, 0, 0, (o + 6) % 7, o - _ymd2ord(y, 1, 1) + 1, -1))

    def toordinal(self, *args, **kwargs):
        if args or kwargs:
            _noargs('date.toordinal', args, kwargs)
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self, *args, **kwargs):
        if args or kwargs:
            _noargs('date.weekday', args, kwargs)
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self, *args, **kwargs):
        if args or kwargs:
            _noargs('date.isoweekday', args, kwargs)
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self, *args, **kwargs):
        if args or kwargs:
            _noargs('date.isocalendar', args, kwargs)
        y = self._year
        o = _ymd2ord(y, self._month, self._day)
        start = _week1_monday(y)
        if o < start:
            y -= 1
            start = _week1_monday(y)
        else:
            nxt = _week1_monday(y + 1)
            if o >= nxt:
                y += 1
                start = nxt
        week, day = divmod(o - start, 7)
        return IsoCalendarDate(y, week + 1, day + 1)

    def replace(self, *args, **kwargs):
        y, m, d = _parse('replace', args, kwargs, _DATE_NAMES, 0, _DATE_CONV)
        if y is _NO:
            y = self._year
        if m is _NO:
            m = self._month
        if d is _NO:
            d = self._day
        _check_date(y, m, d)
        return _mkdate(type(self), y, m, d)

    # -- comparisons and arithmetic

    def __eq__(self, other):
        if isinstance(other, date):
            return self._year == other._year and self._month == other._month and self._day == other._day
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return (self._year, self._month, self._day) < (other._year, other._month, other._day)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return (self._year, self._month, self._day) <= (other._year, other._month, other._day)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return (self._year, self._month, self._day) > (other._year, other._month, other._day)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return (self._year, self._month, self._day) >= (other._year, other._month, other._day)
        return NotImplemented

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = _ymd2ord(self._year, self._month, self._day) + other._days
            if not 1 <= o <= _MAXORDINAL:
                raise OverflowError('date value out of range')
            y, m, d = _ord2ymd(o)
            return _newdate(type(self), y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            o = _ymd2ord(self._year, self._month, self._day) - other._days
            if not 1 <= o <= _MAXORDINAL:
                raise OverflowError('date value out of range')
            y, m, d = _ord2ymd(o)
            return _newdate(type(self), y, m, d)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _mktd(_ymd2ord(self._year, self._month, self._day)
                         - _ymd2ord(other._year, other._month, other._day), 0, 0)
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


date.min = _mkdate(date, 1, 1, 1)
date.max = _mkdate(date, 9999, 12, 31)
date.resolution = _ONE_DAY


# ---------------------------------------------------------------- tzinfo and timezone

class tzinfo:
    """The base class of time zones: subclasses define utcoffset(), dst() and tzname()."""

    __slots__ = ()

    def tzname(self, *args, **kwargs):
        _onearg('tzinfo.tzname', args, kwargs)
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, *args, **kwargs):
        _onearg('tzinfo.utcoffset', args, kwargs)
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, *args, **kwargs):
        _onearg('tzinfo.dst', args, kwargs)
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, *args, **kwargs):
        dt = _onearg('tzinfo.fromutc', args, kwargs)
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = _call_offset(self, 'utcoffset', dt)
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = _call_offset(self, 'dst', dt)
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        dt = _dt_add(dt, off - dst, 1)
        dst = _call_offset(dt._tzinfo, 'dst', dt)
        if dst is None:
            raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return _dt_add(dt, dst, 1)

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs is not None else ()
        state = getattr(self, '__dict__', None)
        if state:
            return type(self), args, state
        return type(self), args


def _mktz(offset, name):
    self = object.__new__(timezone)
    self._offset = offset
    self._name = name
    return self


def _check_tz_arg(dt, fname):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError('%s(dt) argument must be a datetime instance or None, not %s' % (fname, _tpname(dt)))


class timezone(tzinfo):
    """A time zone at a fixed offset from UTC.

    timezone(offset, name=None)
    """

    __slots__ = ('_offset', '_name')

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __new__(cls, *args, **kwargs):
        offset, name = _parse('timezone', args, kwargs, ('offset', 'name'), 1)
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % _argtype(offset))
        if name is _NO:
            if not offset:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % _argtype(name))
        if offset._days < -1 or offset._days >= 1 or (offset._days == -1 and offset._seconds == 0
                                                      and offset._microseconds < 1):
            raise ValueError('%s, not %r.' % (_OFFSET_RANGE, offset))
        return _mktz(offset, name)

    def utcoffset(self, *args, **kwargs):
        _check_tz_arg(_onearg('timezone.utcoffset', args, kwargs), 'utcoffset')
        return self._offset

    def dst(self, *args, **kwargs):
        _check_tz_arg(_onearg('timezone.dst', args, kwargs), 'dst')
        return None

    def tzname(self, *args, **kwargs):
        _check_tz_arg(_onearg('timezone.tzname', args, kwargs), 'tzname')
        if self._name is not None:
            return self._name
        off = self._offset
        if self is _UTC or not off:
            return 'UTC'
        return 'UTC' + _format_offset(off, ':')

    def fromutc(self, *args, **kwargs):
        dt = _onearg('timezone.fromutc', args, kwargs)
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return _dt_add(dt, self._offset, 1)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_tpname(self), self._offset)
        return '%s(%r, %r)' % (_tpname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return timezone, self.__getinitargs__()


_UTC = _mktz(_ZERO, None)
timezone.utc = _UTC
timezone.min = _mktz(_mktd(-1, 60, 0), None)
timezone.max = _mktz(_mktd(0, 86340, 0), None)
UTC = _UTC


# ---------------------------------------------------------------- time

def _mktime(cls, h, m, s, us, tz, fold):
    self = object.__new__(cls)
    self._hour = h
    self._minute = m
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


def _time_cmp(self, other, eq):
    """-1, 0 or 1 for two times; for ==, 2 when one is naive and the other aware."""
    a = (self._hour, self._minute, self._second, self._microsecond)
    b = (other._hour, other._minute, other._second, other._microsecond)
    if self._tzinfo is not other._tzinfo:
        off1 = _call_offset(self._tzinfo, 'utcoffset', None)
        off2 = _call_offset(other._tzinfo, 'utcoffset', None)
        if off1 != off2:
            if off1 is None or off2 is None:
                if eq:
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware times")
            a = (a[0] * 3600 + a[1] * 60 + a[2] - off1._days * 86400 - off1._seconds, a[3])
            b = (b[0] * 3600 + b[1] * 60 + b[2] - off2._days * 86400 - off2._seconds, b[3])
    return 0 if a == b else (-1 if a < b else 1)


_TIME_NAMES = ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')
_TIME_CONV = (_cint, _cint, _cint, _cint, None, _cint)


class time:
    """A time of day, naive or aware.

    time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)
    """

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kwargs):
        h, m, s, us, tz, fold = _parse(None, args, kwargs, _TIME_NAMES, 0, _TIME_CONV, 5)
        if h is _NO:
            h = 0
        if m is _NO:
            m = 0
        if s is _NO:
            s = 0
        if us is _NO:
            us = 0
        if tz is _NO:
            tz = None
        if fold is _NO:
            fold = 0
        _check_time(h, m, s, us, fold)
        _check_tzinfo(tz)
        return _mktime(cls, h, m, s, us, tz, fold)

    hour = _field('_hour', 'hour', 'datetime.time')
    minute = _field('_minute', 'minute', 'datetime.time')
    second = _field('_second', 'second', 'datetime.time')
    microsecond = _field('_microsecond', 'microsecond', 'datetime.time')
    tzinfo = _field('_tzinfo', 'tzinfo', 'datetime.time')
    fold = _field('_fold', 'fold', 'datetime.time')

    @classmethod
    def fromisoformat(cls, *args, **kwargs):
        s = _onearg('time.fromisoformat', args, kwargs)
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        t = s[1:] if s[:1] == 'T' else s
        parts = _parse_iso_time(t)
        if parts is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        h, m, sec, us, tz = parts
        if cls is time:
            _check_time(h, m, sec, us, 0)
            return _mktime(time, h, m, sec, us, tz, 0)
        return cls(h, m, sec, us, tz)

    # -- strings

    def __repr__(self):
        if self._microsecond:
            s = '%s(%d, %d, %d, %d' % (_tpname(self), self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%s(%d, %d, %d' % (_tpname(self), self._hour, self._minute, self._second)
        else:
            s = '%s(%d, %d' % (_tpname(self), self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def isoformat(self, *args, **kwargs):
        timespec = _parse('isoformat', args, kwargs, ('timespec',), 0)[0]
        if timespec is _NO:
            timespec = 'auto'
        else:
            _str_arg(timespec, 'isoformat', 1)
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        if self._tzinfo is not None:
            s += _format_offset(_call_offset(self._tzinfo, 'utcoffset', None), ':')
        return s

    def __str__(self):
        return self.isoformat()

    def strftime(self, *args, **kwargs):
        fmt = _parse('strftime', args, kwargs, ('format',), 1)[0]
        _str_arg(fmt, 'strftime', 1)
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(fmt, tt, self._microsecond, self._tzinfo, None)

    def __format__(self, *args, **kwargs):
        return _format(self, args, kwargs, 'time')

    # -- time zone

    def utcoffset(self, *args, **kwargs):
        if args or kwargs:
            _noargs('time.utcoffset', args, kwargs)
        return _call_offset(self._tzinfo, 'utcoffset', None)

    def dst(self, *args, **kwargs):
        if args or kwargs:
            _noargs('time.dst', args, kwargs)
        return _call_offset(self._tzinfo, 'dst', None)

    def tzname(self, *args, **kwargs):
        if args or kwargs:
            _noargs('time.tzname', args, kwargs)
        return _call_tzname(self._tzinfo, None)

    def replace(self, *args, **kwargs):
        h, m, s, us, tz, fold = _parse('replace', args, kwargs, _TIME_NAMES, 0, _TIME_CONV, 5)
        if h is _NO:
            h = self._hour
        if m is _NO:
            m = self._minute
        if s is _NO:
            s = self._second
        if us is _NO:
            us = self._microsecond
        if tz is _NO:
            tz = self._tzinfo
        if fold is _NO:
            fold = self._fold
        _check_time(h, m, s, us, fold)
        _check_tzinfo(tz)
        return _mktime(type(self), h, m, s, us, tz, fold)

    # -- comparisons

    def __eq__(self, other):
        if isinstance(other, time):
            return _time_cmp(self, other, True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return _time_cmp(self, other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return _time_cmp(self, other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return _time_cmp(self, other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return _time_cmp(self, other, False) >= 0
        return NotImplemented

    def __hash__(self):
        t = self
        if t._fold:
            t = _mktime(time, t._hour, t._minute, t._second, t._microsecond, t._tzinfo, 0)
        off = _call_offset(t._tzinfo, 'utcoffset', None)
        if off is None:
            return hash((t._hour, t._minute, t._second, t._microsecond))
        return hash(_td(0, t._hour * 3600 + t._minute * 60 + t._second, t._microsecond) - off)

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)
        if self._fold:
            return _with_fold, (type(self), args)
        return type(self), args


time.min = _mktime(time, 0, 0, 0, 0, None, 0)
time.max = _mktime(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution


# ---------------------------------------------------------------- datetime

def _mkdt(cls, y, m, d, hh, mm, ss, us, tz, fold):
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


def _newdt(cls, y, m, d, hh, mm, ss, us, tz, fold):
    """A datetime of class cls, as CPython makes one for a subclass (by calling it)."""
    if cls is datetime:
        _check_date(y, m, d)
        return _mkdt(datetime, y, m, d, hh, mm, ss, us, tz, fold)
    if fold:
        return cls(y, m, d, hh, mm, ss, us, tz, fold=1)
    return cls(y, m, d, hh, mm, ss, us, tz)


def _dt_add(dt, td, sign):
    """dt + td (sign 1) or dt - td (sign -1)."""
    us = dt._microsecond + sign * td._microseconds
    s = dt._hour * 3600 + dt._minute * 60 + dt._second + sign * td._seconds
    if not 0 <= us < 1000000:
        q, us = divmod(us, 1000000)
        s += q
    q, s = divmod(s, 86400)
    o = _ymd2ord(dt._year, dt._month, dt._day) + sign * td._days + q
    if not 1 <= o <= _MAXORDINAL:
        raise OverflowError('date value out of range')
    y, m, d = _ord2ymd(o)
    hh, s = divmod(s, 3600)
    mm, s = divmod(s, 60)
    return _newdt(type(dt), y, m, d, hh, mm, s, us, dt._tzinfo, 0)


def _dt_sub(a, b):
    """a - b for two datetimes, as a timedelta."""
    off1 = off2 = None
    if a._tzinfo is not b._tzinfo:
        off1 = _call_offset(a._tzinfo, 'utcoffset', a)
        off2 = _call_offset(b._tzinfo, 'utcoffset', b)
        if (off1 is None) != (off2 is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
    days = _ymd2ord(a._year, a._month, a._day) - _ymd2ord(b._year, b._month, b._day)
    secs = (a._hour - b._hour) * 3600 + (a._minute - b._minute) * 60 + a._second - b._second
    r = _td(days, secs, a._microsecond - b._microsecond)
    if off1 is not None and off1 != off2:
        r = r - (off1 - off2)
    return r


def _flip_offset(dt):
    flipped = _mkdt(datetime, dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, dt._microsecond,
                    dt._tzinfo, 1 - dt._fold)
    return _call_offset(dt._tzinfo, 'utcoffset', flipped)


def _dt_cmp(self, other, eq):
    """-1, 0 or 1 for two datetimes; for ==, 2 when one is naive and the other aware."""
    a = (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)
    b = (other._year, other._month, other._day, other._hour, other._minute, other._second, other._microsecond)
    if self._tzinfo is other._tzinfo:
        return 0 if a == b else (-1 if a < b else 1)
    off1 = _call_offset(self._tzinfo, 'utcoffset', self)
    off2 = _call_offset(other._tzinfo, 'utcoffset', other)
    if off1 == off2:
        r = 0 if a == b else (-1 if a < b else 1)
    elif off1 is not None and off2 is not None:
        delta = _dt_sub(self, other)
        r = -1 if delta._days < 0 else (1 if delta else 0)
    elif eq:
        return 2
    else:
        raise TypeError("can't compare offset-naive and offset-aware datetimes")
    if r == 0 and eq and (_flip_offset(self) != off1 or _flip_offset(other) != off2):
        return 1
    return r


_DT_NAMES = ('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')
_DT_CONV = (_cint, _cint, _cint, _cint, _cint, _cint, _cint, None, _cint)


class datetime(date):
    """A date and a time of day, naive or aware.

    datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)
    """

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kwargs):
        y, m, d, hh, mm, ss, us, tz, fold = _parse(None, args, kwargs, _DT_NAMES, 3, _DT_CONV, 8)
        if hh is _NO:
            hh = 0
        if mm is _NO:
            mm = 0
        if ss is _NO:
            ss = 0
        if us is _NO:
            us = 0
        if tz is _NO:
            tz = None
        if fold is _NO:
            fold = 0
        _check_date(y, m, d)
        _check_time(hh, mm, ss, us, fold)
        _check_tzinfo(tz)
        return _mkdt(cls, y, m, d, hh, mm, ss, us, tz, fold)

    hour = _field('_hour', 'hour', 'datetime.datetime')
    minute = _field('_minute', 'minute', 'datetime.datetime')
    second = _field('_second', 'second', 'datetime.datetime')
    microsecond = _field('_microsecond', 'microsecond', 'datetime.datetime')
    tzinfo = _field('_tzinfo', 'tzinfo', 'datetime.datetime')
    fold = _field('_fold', 'fold', 'datetime.datetime')

    # -- other constructors

    @classmethod
    def now(cls, *args, **kwargs):
        tz = _parse('now', args, kwargs, ('tz',), 0)[0]
        if tz is _NO:
            tz = None
        _check_tzinfo(tz)
        secs, us = divmod(_time.time_ns() // 1000, 1000000)
        return _from_timestamp(cls, secs, us, tz, False)

    @classmethod
    def utcnow(cls, *args, **kwargs):
        if args or kwargs:
            _noargs('datetime.utcnow', args, kwargs)
        secs, us = divmod(_time.time_ns() // 1000, 1000000)
        return _from_timestamp(cls, secs, us, None, True)

    @classmethod
    def fromtimestamp(cls, *args, **kwargs):
        ts, tz = _parse('fromtimestamp', args, kwargs, ('timestamp', 'tz'), 1)
        if tz is _NO:
            tz = None
        _check_tzinfo(tz)
        secs, us = _timestamp_parts(ts, False)
        return _from_timestamp(cls, secs, us, tz, False)

    @classmethod
    def utcfromtimestamp(cls, *args, **kwargs):
        if kwargs:
            raise TypeError('utcfromtimestamp() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('utcfromtimestamp() takes exactly 1 argument (%d given)' % len(args))
        secs, us = _timestamp_parts(args[0], False)
        return _from_timestamp(cls, secs, us, None, True)

    @classmethod
    def combine(cls, *args, **kwargs):
        d, t, tz = _parse('combine', args, kwargs, ('date', 'time', 'tzinfo'), 2)
        if not isinstance(d, date):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' % _argtype(d))
        if not isinstance(t, time):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' % _argtype(t))
        if tz is _NO:
            tz = t._tzinfo
        else:
            _check_tzinfo(tz)
        if cls is datetime:
            return _mkdt(datetime, d._year, d._month, d._day, t._hour, t._minute, t._second, t._microsecond,
                         tz, t._fold)
        return _newdt(cls, d._year, d._month, d._day, t._hour, t._minute, t._second, t._microsecond, tz, t._fold)

    @classmethod
    def fromisoformat(cls, *args, **kwargs):
        s = _onearg('datetime.fromisoformat', args, kwargs)
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        parts = _parse_iso_datetime(s)
        if parts is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        y, m, d, hh, mm, ss, us, tz = parts
        if cls is datetime:
            _check_date(y, m, d)
            _check_time(hh, mm, ss, us, 0)
            return _mkdt(datetime, y, m, d, hh, mm, ss, us, tz, 0)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, *args, **kwargs):
        if kwargs:
            raise TypeError('strptime() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError('strptime() takes exactly 2 arguments (%d given)' % len(args))
        s, fmt = args
        _str_arg(s, 'strptime', 1)
        _str_arg(fmt, 'strptime', 2)
        return cls(*_strptime(s, fmt))

    # -- strings

    def __repr__(self):
        s = '%s(%d, %d, %d, %d, %d' % (_tpname(self), self._year, self._month, self._day, self._hour, self._minute)
        if self._microsecond:
            s += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s += ', %d' % self._second
        if self._fold:
            s += ', fold=1'
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        return s + ')'

    def isoformat(self, *args, **kwargs):
        sep, timespec = _parse('isoformat', args, kwargs, ('sep', 'timespec'), 0)
        if sep is _NO:
            sep = 'T'
        elif not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s' % _argtype(sep))
        if timespec is _NO:
            timespec = 'auto'
        else:
            _str_arg(timespec, 'isoformat', 2)
        s = '%04d-%02d-%02d%s%s' % (self._year, self._month, self._day, sep, _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec))
        if self._tzinfo is not None:
            s += _format_offset(_call_offset(self._tzinfo, 'utcoffset', self), ':')
        return s

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self, *args, **kwargs):
        if args or kwargs:
            _noargs('datetime.ctime', args, kwargs)
        return _ctime(self._year, self._month, self._day, self._hour, self._minute, self._second)

    def strftime(self, *args, **kwargs):
        fmt = _parse('strftime', args, kwargs, ('format',), 1)[0]
        _str_arg(fmt, 'strftime', 1)
        return _wrap_strftime(fmt, self.timetuple(), self._microsecond, self._tzinfo, self)

    # -- parts and conversions

    def date(self, *args, **kwargs):
        if args or kwargs:
            _noargs('datetime.date', args, kwargs)
        return _mkdate(date, self._year, self._month, self._day)

    def time(self, *args, **kwargs):
        if args or kwargs:
            _noargs('datetime.time', args, kwargs)
        return _mktime(time, self._hour, self._minute, self._second, self._microsecond, None, self._fold)

    def timetz(self, *args, **kwargs):
        if args or kwargs:
            _noargs('datetime.timetz', args, kwargs)
        return _mktime(time, self._hour, self._minute, self._second, self._microsecond, self._tzinfo, self._fold)

    def utcoffset(self, *args, **kwargs):
        if args or kwargs:
            _noargs('datetime.utcoffset', args, kwargs)
        return _call_offset(self._tzinfo, 'utcoffset', self)

    def dst(self, *args, **kwargs):
        if args or kwargs:
            _noargs('datetime.dst', args, kwargs)
        return _call_offset(self._tzinfo, 'dst', self)

    def tzname(self, *args, **kwargs):
        if args or kwargs:
            _noargs('datetime.tzname', args, kwargs)
        return _call_tzname(self._tzinfo, self)

    def timetuple(self, *args, **kwargs):
        if args or kwargs:
            _noargs('datetime.timetuple', args, kwargs)
        flag = -1
        if self._tzinfo is not None:
            dst = _call_offset(self._tzinfo, 'dst', self)
            if dst is not None:
                flag = 1 if dst else 0
        y, m, d = self._year, self._month, self._day
        o = _ymd2ord(y, m, d)
        return _time.struct_time((y, m, d, self._hour, self._minute, self._second, (o + 6) % 7,
                                  o - _ymd2ord(y, 1, 1) + 1, flag))

    def utctimetuple(self, *args, **kwargs):
        if args or kwargs:
            _noargs('datetime.utctimetuple', args, kwargs)
        dt = self
        off = _call_offset(self._tzinfo, 'utcoffset', self)
        if off is not None:
            dt = _dt_add(self, off, -1)
        y, m, d = dt._year, dt._month, dt._day
        o = _ymd2ord(y, m, d)
        return _time.struct_time((y, m, d, dt._hour, dt._minute, dt._second, (o + 6) % 7,
                                  o - _ymd2ord(y, 1, 1) + 1, 0))

    def timestamp(self, *args, **kwargs):
        if args or kwargs:
            _noargs('datetime.timestamp', args, kwargs)
        if self._tzinfo is None:
            return float(_local_seconds(self)) + self._microsecond / 1e6
        return _dt_sub(self, _EPOCH).total_seconds()

    def replace(self, *args, **kwargs):
        y, m, d, hh, mm, ss, us, tz, fold = _parse('replace', args, kwargs, _DT_NAMES, 0, _DT_CONV, 8)
        if y is _NO:
            y = self._year
        if m is _NO:
            m = self._month
        if d is _NO:
            d = self._day
        if hh is _NO:
            hh = self._hour
        if mm is _NO:
            mm = self._minute
        if ss is _NO:
            ss = self._second
        if us is _NO:
            us = self._microsecond
        if tz is _NO:
            tz = self._tzinfo
        if fold is _NO:
            fold = self._fold
        _check_date(y, m, d)
        _check_time(hh, mm, ss, us, fold)
        _check_tzinfo(tz)
        return _mkdt(type(self), y, m, d, hh, mm, ss, us, tz, fold)

    def astimezone(self, *args, **kwargs):
        tz = _parse('astimezone', args, kwargs, ('tz',), 0)[0]
        if tz is _NO:
            tz = None
        _check_tzinfo(tz)
        mytz = self._tzinfo
        off = None
        if mytz is not None:
            if mytz is tz:
                return self
            off = _call_offset(mytz, 'utcoffset', self)
        if off is None:
            # Naive: local time, which is UTC.
            _local_seconds(self)
            mytz = _local_timezone()
            if mytz is tz:
                return self
            off = _ZERO
        utc = _dt_add(self, off, -1)
        if tz is None:
            tz = _local_timezone()
        utc = _mkdt(type(utc), utc._year, utc._month, utc._day, utc._hour, utc._minute, utc._second,
                    utc._microsecond, tz, utc._fold)
        return tz.fromutc(utc)

    # -- comparisons and arithmetic

    def __eq__(self, other):
        if isinstance(other, datetime):
            return _dt_cmp(self, other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return _dt_cmp(self, other, False) < 0
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return _dt_cmp(self, other, False) <= 0
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return _dt_cmp(self, other, False) > 0
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return _dt_cmp(self, other, False) >= 0
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return NotImplemented

    def __hash__(self):
        t = self
        if t._fold:
            t = _mkdt(datetime, t._year, t._month, t._day, t._hour, t._minute, t._second, t._microsecond,
                      t._tzinfo, 0)
        off = _call_offset(t._tzinfo, 'utcoffset', t)
        if off is None:
            return hash((t._year, t._month, t._day, t._hour, t._minute, t._second, t._microsecond))
        return hash(_td(_ymd2ord(t._year, t._month, t._day), t._hour * 3600 + t._minute * 60 + t._second,
                        t._microsecond) - off)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_add(self, other, 1)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            return _dt_sub(self, other)
        if isinstance(other, timedelta):
            return _dt_add(self, other, -1)
        return NotImplemented

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond,
                self._tzinfo)
        if self._fold:
            return _with_fold, (type(self), args)
        return type(self), args


datetime.min = _mkdt(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _mkdt(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = timedelta.resolution
_EPOCH = _mkdt(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)


# ---------------------------------------------------------------- fromisoformat

def _digits(s, i, n):
    """The int of exactly n ASCII digits at s[i:], or -1."""
    if i + n > len(s):
        return -1
    v = 0
    for k in range(i, i + n):
        c = s[k]
        if not '0' <= c <= '9':
            return -1
        v = v * 10 + ord(c) - 48
    return v


def _at(s, i):
    return s[i] if i < len(s) else ''


def _iso_week_date(y, w, d):
    if not 1 <= y <= 9999:
        return None
    if not 1 <= w <= 52 and not (w == 53 and _iso_weeks(y) == 53):
        return None
    if not 1 <= d <= 7:
        return None
    return _ord2ymd(_week1_monday(y) + (w - 1) * 7 + d - 1)


def _parse_iso_date(s, n):
    """(y, m, d) of the date at the start of s (n characters long), or None."""
    y = _digits(s, 0, 4)
    if y < 0:
        return None
    dash = _at(s, 4) == '-'
    p = 5 if dash else 4
    if _at(s, p) == 'W':
        w = _digits(s, p + 1, 2)
        if w < 0:
            return None
        p += 3
        d = 1
        if p < n:
            if dash:
                if _at(s, p) != '-':
                    return None
                p += 1
            d = _digits(s, p, 1)
            if d < 0:
                return None
        return _iso_week_date(y, w, d)
    m = _digits(s, p, 2)
    if m < 0:
        return None
    p += 2
    if dash:
        if _at(s, p) != '-':
            return None
        p += 1
    d = _digits(s, p, 2)
    if d < 0:
        return None
    return y, m, d


def _parse_hms(s, start, end):
    """(status, h, m, s, us) of HH[:MM[:SS[.fff]]] in s[start:end]; status 0 at the end of s, 1 before more, -1 bad."""
    vals = [0, 0, 0]
    p = start
    sep = True
    for i in range(3):
        v = _digits(s, p, 2)
        if v < 0:
            return -1, 0, 0, 0, 0
        vals[i] = v
        p += 2
        c = _at(s, p)
        p += 1
        if i == 0:
            sep = c == ':'
        if p >= end:
            return (0 if c == '' else 1), vals[0], vals[1], vals[2], 0
        if sep and c == ':':
            continue
        if c == '.' or c == ',':
            break
        if not sep:
            p -= 1
        else:
            return -1, 0, 0, 0, 0
    left = end - p
    count = 6 if left >= 6 else left
    if count <= 0:
        return -1, 0, 0, 0, 0
    us = _digits(s, p, count)
    if us < 0:
        return -1, 0, 0, 0, 0
    us *= 10 ** (6 - count)
    p += count
    while '0' <= _at(s, p) <= '9':
        p += 1
    return (0 if p >= len(s) else 1), vals[0], vals[1], vals[2], us


def _parse_iso_time(s, start=0):
    """[h, m, s, us, tzinfo] of the time in s[start:], or None."""
    end = len(s)
    tzpos = start
    while tzpos < end and s[tzpos] not in 'Z+-':
        tzpos += 1
    rv, h, m, sec, us = _parse_hms(s, start, tzpos)
    if rv < 0:
        return None
    if tzpos == end:
        if rv == 1:
            return None
        return [h, m, sec, us, None]
    if s[tzpos] == 'Z':
        if tzpos + 1 != end:
            return None
        return [h, m, sec, us, _UTC]
    sign = -1 if s[tzpos] == '-' else 1
    rv, th, tm, ts, tus = _parse_hms(s, tzpos + 1, end)
    if rv:
        return None
    secs = sign * (th * 3600 + tm * 60 + ts)
    tus *= sign
    if secs == 0:
        return [h, m, sec, us, _UTC]
    return [h, m, sec, us, timezone(_td(0, secs, tus))]


def _iso_separator(s):
    n = len(s)
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] == 'W':
            if n > 8 and s[8] == '-':
                if n == 9:
                    return -1
                if n > 10 and '0' <= s[10] <= '9':
                    return 8
                return 10
            return 8
        return 10
    if s[4] == 'W':
        i = 7
        while i < n and '0' <= s[i] <= '9':
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _parse_iso_datetime(s):
    if len(s) < 7:
        return None
    sep = _iso_separator(s)
    if sep < 0:
        return None
    ymd = _parse_iso_date(s[:sep], sep)
    if ymd is None:
        return None
    if sep < len(s):
        t = _parse_iso_time(s, sep + 1)
        if t is None:
            return None
    else:
        t = [0, 0, 0, 0, None]
    return [ymd[0], ymd[1], ymd[2]] + t


# ---------------------------------------------------------------- strptime

_D = '0123456789'
_D1 = '123456789'
# Each directive's alternatives in the order CPython's _strptime regular expressions try them:
# a tuple of character sets per alternative.
_NUMERIC = {
    'd': (('3', '01'), ('12', _D), ('0', _D1), (_D1,), (' ', _D1)),
    'f': ((_D,) * 6, (_D,) * 5, (_D,) * 4, (_D,) * 3, (_D,) * 2, (_D,)),
    'H': (('2', '0123'), ('01', _D), (_D,)),
    'I': (('1', '012'), ('0', _D1), (_D1,)),
    'G': ((_D,) * 4,),
    'j': (('3', '6', '0123456'), ('3', '012345', _D), ('12', _D, _D), ('0', _D1, _D), ('0', '0', _D1),
          (_D1, _D), ('0', _D1), (_D1,)),
    'm': (('1', '012'), ('0', _D1), (_D1,)),
    'M': (('012345', _D), (_D,)),
    'S': (('6', '01'), ('012345', _D), (_D,)),
    'U': (('5', '0123'), ('01234', _D), (_D,)),
    'W': (('5', '0123'), ('01234', _D), (_D,)),
    'w': (('0123456',),),
    'u': (('1234567',),),
    'V': (('5', '0123'), ('0', _D1), ('1234', _D), (_D,)),
    'y': ((_D, _D),),
    'Y': ((_D,) * 4,),
}
_FULL_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_FULL_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
                'october', 'november', 'december')
_NAMES = {
    'A': _FULL_DAYS,
    'a': tuple(n[:3] for n in _FULL_DAYS),
    'B': _FULL_MONTHS,
    'b': tuple(n[:3] for n in _FULL_MONTHS),
    'p': ('am', 'pm'),
}
_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
_REGEX_SPECIAL = '.^$*+?(){}[]|' + chr(92)
_strptime_cache = {}


def _tz_names():
    names = ['utc', 'gmt']
    for n in _time.tzname[:1] + (_time.tzname[1:] if _time.daylight else ()):
        n = n.lower()
        if n not in names:
            names.append(n)
    return names


def _compile_format(fmt, whole, out):
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % whole)
            k = fmt[i + 1]
            if k in _EXPANSIONS:
                _compile_format(_EXPANSIONS[k], whole, out)
            elif k in _NUMERIC or k in _NAMES or k in 'zZ%':
                out.append((2, k))
            else:
                if k in _REGEX_SPECIAL or k.isspace():
                    k = '%'
                raise ValueError("'%s' is a bad directive in format '%s'" % (k, whole))
            i += 2
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append((1, None))
        else:
            out.append((0, c.lower()))
            i += 1
    return out


def _candidates(k, s, i):
    """End positions the directive k can match at s[i:], in the order a regular expression tries them."""
    n = len(s)
    alts = _NUMERIC.get(k)
    if alts is not None:
        ends = []
        for alt in alts:
            e = i + len(alt)
            if e > n:
                continue
            for j in range(len(alt)):
                if s[i + j] not in alt[j]:
                    break
            else:
                ends.append(e)
        return ends
    if k == '%':
        return [i + 1] if i < n and s[i] == '%' else []
    if k == 'z':
        return _z_candidates(s, i)
    names = _tz_names() if k == 'Z' else _NAMES[k]
    low = s[i:i + 9].lower()
    ends = [i + len(name) for name in names if low.startswith(name)]
    ends.sort(reverse=True)
    return ends


def _z_candidates(s, i):
    if _at(s, i) == 'Z':
        return [i + 1]
    if _at(s, i) not in ('+', '-') or _digits(s, i + 1, 2) < 0:
        return []
    p = i + 3
    if _at(s, p) == ':':
        p += 1
    if not '0' <= _at(s, p) <= '5' or not '0' <= _at(s, p + 1) <= '9':
        return []
    p += 2
    short = p
    ends = []
    if _at(s, p) == ':':
        p += 1
    if '0' <= _at(s, p) <= '5' and '0' <= _at(s, p + 1) <= '9':
        p += 2
        if _at(s, p) == '.':
            k = p + 1
            while k < p + 7 and '0' <= _at(s, k) <= '9':
                k += 1
            ends.extend(range(k, p + 1, -1))
        ends.append(p)
    ends.append(short)
    return ends


def _match(toks, t, s, i, found):
    """Matches toks[t:] at s[i:] as CPython's regular expression would; the end, or -1."""
    if t == len(toks):
        return i
    kind, val = toks[t]
    if kind == 0:
        if i < len(s) and s[i].lower() == val:
            return _match(toks, t + 1, s, i + 1, found)
        return -1
    if kind == 1:
        e = i
        while e < len(s) and s[e].isspace():
            e += 1
        while e > i:
            r = _match(toks, t + 1, s, e, found)
            if r >= 0:
                return r
            e -= 1
        return -1
    for e in _candidates(val, s, i):
        r = _match(toks, t + 1, s, e, found)
        if r >= 0:
            found.append((val, s[i:e]))
            return r
    return -1


def _calc_julian_from_week(year, week, weekday, monday_first):
    first = (_ymd2ord(year, 1, 1) + 6) % 7
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _strptime(s, fmt):
    """The arguments of the datetime s spells in format fmt."""
    toks = _strptime_cache.get(fmt)
    if toks is None:
        toks = _compile_format(fmt, fmt, [])
        if len(_strptime_cache) > 100:
            _strptime_cache.clear()
        _strptime_cache[fmt] = toks
    pairs = []
    end = _match(toks, 0, s, 0, pairs)
    if end < 0:
        raise ValueError('time data %r does not match format %r' % (s, fmt))
    if end != len(s):
        raise ValueError('unconverted data remains: %s' % s[end:])
    found = {}
    for k, v in reversed(pairs):
        found[k] = v
    year = iso_year = None
    month = day = 1
    hour = minute = second = fraction = 0
    julian = weekday = week = iso_week = None
    monday_first = False
    gmtoff = None
    gmtoff_fraction = 0
    for k, v in found.items():
        if k == 'y':
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif k == 'Y':
            year = int(v)
        elif k == 'G':
            iso_year = int(v)
        elif k == 'm':
            month = int(v)
        elif k == 'B':
            month = _FULL_MONTHS.index(v.lower()) + 1
        elif k == 'b':
            month = _NAMES['b'].index(v.lower()) + 1
        elif k == 'd':
            day = int(v)
        elif k == 'H':
            hour = int(v)
        elif k == 'I':
            hour = int(v)
            ampm = found.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif k == 'M':
            minute = int(v)
        elif k == 'S':
            second = int(v)
        elif k == 'f':
            fraction = int(v + '0' * (6 - len(v)))
        elif k == 'A':
            weekday = _FULL_DAYS.index(v.lower())
        elif k == 'a':
            weekday = _NAMES['a'].index(v.lower())
        elif k == 'w':
            weekday = (int(v) + 6) % 7
        elif k == 'u':
            weekday = int(v) - 1
        elif k == 'j':
            julian = int(v)
        elif k == 'U' or k == 'W':
            week = int(v)
            monday_first = k == 'W'
        elif k == 'V':
            iso_week = int(v)
        elif k == 'z':
            if v == 'Z':
                gmtoff = 0
            else:
                z = v
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError('Inconsistent use of : in %s' % v)
                        z = z[:5] + z[6:]
                gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                rest = z[8:]
                gmtoff_fraction = int(rest + '0' * (6 - len(rest)))
                if z[0] == '-':
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive "
                             "'%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _calc_julian_from_week(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            o = _week1_monday(iso_year) + (iso_week - 1) * 7 + weekday
            year = iso_year
            julian = o - _ymd2ord(iso_year, 1, 1) + 1
            if julian < 1:
                year -= 1
                julian = o - _ymd2ord(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        d = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
        year, month, day = d._year, d._month, d._day
    else:
        date(year, month, day)
    if leap_fix:
        year = 1900
    args = [year, month, day, hour, minute, second, fraction]
    if gmtoff is not None:
        off = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        name = found.get('Z')
        args.append(timezone(off, name) if name else timezone(off))
    return args
`;

/** The module's public names. */
const EXPORTS = ['MINYEAR', 'MAXYEAR', 'timedelta', 'date', 'time', 'datetime', 'tzinfo', 'timezone', 'UTC'];

/** Classes whose CPython tp_name carries the module. */
const C_NAMES = ['timedelta', 'date', 'time', 'datetime', 'tzinfo', 'timezone', 'IsoCalendarDate'];

registerModule('datetime', (proc, ns) => {
  hiddenFiles.add(FILE);
  const internal = runPythonSource(proc, FILE, SOURCE, {
    __name__: 'datetime',
    _tpname: new PyBuiltin('_tpname', (a) => {
      if (a.length !== 1) throw typeError(`_tpname() takes exactly one argument (${a.length} given)`);
      return ops.typeName(a[0]);
    }),
  });
  for (const name of C_NAMES) {
    const t = internal.get(name);
    if (t instanceof PyType) t.cName = `datetime.${name}`;
  }
  for (const name of EXPORTS) ns.set(name, internal.get(name));
});
