# Subclasses of date, datetime and timedelta: reprs use the subclass's name,
# arithmetic and the alternate constructors make the subclass by calling it
# (as CPython's C code does), replace() does not call it, timedelta
# arithmetic gives plain timedeltas, and timezone cannot be subclassed.
from datetime import date, datetime, time, timedelta, timezone


class Day(date):
    def __new__(cls, *args, **kwargs):
        print('  Day.__new__', args, kwargs)
        return super().__new__(cls, *args, **kwargs)

    def describe(self):
        return f'day {self:%j} of {self.year}'


class Moment(datetime):
    def __new__(cls, *args, **kwargs):
        print('  Moment.__new__', args, kwargs)
        return super().__new__(cls, *args, **kwargs)


class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


def show(label, f):
    print(label)
    try:
        print('  ->', repr(f()))
    except Exception as e:
        print('  ->', type(e).__name__ + ':', e)


d = Day(2024, 3, 1)
show('Day', lambda: d)
show('describe', lambda: d.describe())
show('Day + timedelta', lambda: d + timedelta(days=1))
show('timedelta + Day', lambda: timedelta(days=-1) + d)
show('Day - timedelta', lambda: d - timedelta(days=1))
show('Day - date', lambda: d - date(2024, 1, 1))
show('Day.replace', lambda: d.replace(day=2))
show('Day.fromordinal', lambda: Day.fromordinal(738946))
show('Day.fromisoformat', lambda: Day.fromisoformat('2024-03-05'))
show('Day.fromisocalendar', lambda: Day.fromisocalendar(2024, 10, 1))
show('Day.fromtimestamp', lambda: Day.fromtimestamp(86400 * 365))
show('Day == date', lambda: d == date(2024, 3, 1))
show('Day < datetime', lambda: d < datetime(2024, 3, 2))
show('Day == datetime', lambda: d == datetime(2024, 3, 1))
m = Moment(2024, 3, 1, 12, 30)
show('Moment + timedelta', lambda: m + timedelta(hours=1))
show('Moment(fold=1) + timedelta', lambda: Moment(2024, 3, 1, fold=1) + timedelta(0))
show('Moment - timedelta', lambda: m - timedelta(days=1))
show('Moment - Moment', lambda: m - Moment(2024, 1, 1))
show('Moment.replace', lambda: m.replace(minute=0))
show('Moment.combine', lambda: Moment.combine(date(2024, 3, 1), time(9, tzinfo=timezone.utc)))
show('Moment.fromisoformat', lambda: Moment.fromisoformat('2024-03-01T01:02:03+01:00'))
show('Moment.strptime', lambda: Moment.strptime('2024-03-01 10:11', '%Y-%m-%d %H:%M'))
show('Moment.fromtimestamp', lambda: Moment.fromtimestamp(1e9, timezone(timedelta(hours=2))))
show('Moment.utcfromtimestamp', lambda: Moment.utcfromtimestamp(1e9))
show('Moment.fromordinal', lambda: Moment.fromordinal(5))
show('Moment.astimezone', lambda: m.astimezone(timezone.utc))
show('Moment.date and time', lambda: (m.date(), m.time(), m.timetz()))
show('Span', lambda: Span(hours=36))
show('Span.hours', lambda: Span(hours=36).hours())
show('Span + Span', lambda: Span(1) + Span(2))
show('Span * 2', lambda: Span(1) * 2)
show('-Span', lambda: -Span(1))
show('abs(Span)', lambda: abs(Span(-1)))
show('Span == timedelta', lambda: Span(1) == timedelta(days=1))
show('subclass timezone', lambda: type('Zone', (timezone,), {}))
