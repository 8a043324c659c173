# datetime.timezone (fixed offsets, utc, min/max, names, str/repr, equality,
# hash), datetime.UTC, astimezone (to UTC, fixed offsets and the local zone,
# which is UTC here as in pygil), and tzinfo subclasses: utcoffset/dst/tzname
# results checked, fromutc, DST in timetuple, comparisons across zones.
import datetime as dtmod
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


print(repr(timezone.utc), timezone.utc, UTC is timezone.utc, dtmod.UTC is dtmod.timezone.utc, repr(timezone(timedelta(0))), timezone(timedelta(0)) is UTC)
print(repr(timezone(timedelta(0), 'UTC')), repr(timezone(timedelta(hours=5, minutes=30))), repr(timezone(offset=timedelta(hours=-8), name='PST')))
print(repr(timezone.min), repr(timezone.max), timezone.min, timezone.max)
for off in (timedelta(hours=5, minutes=30), timedelta(hours=-5, seconds=30), timedelta(hours=-5, microseconds=30), timedelta(0), timedelta(minutes=-1)):
    tz = timezone(off)
    print(str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None), datetime(2020, 1, 1, tzinfo=tz).strftime('%z|%Z'), datetime(2020, 1, 1, tzinfo=tz).isoformat())
print(str(timezone(timedelta(0), 'Zulu')), timezone(timedelta(hours=1), 'A') == timezone(timedelta(hours=1), 'B'), timezone(timedelta(hours=1)) != UTC, UTC == 0)
print(hash(timezone(timedelta(hours=1), 'A')) == hash(timezone(timedelta(hours=1))), hash(UTC), isinstance(UTC, tzinfo), issubclass(timezone, tzinfo))
p9 = timezone(timedelta(hours=9))
print(timezone.__mro__, repr(p9.fromutc(datetime(2020, 1, 1, 20, tzinfo=p9))))
p1 = timezone(timedelta(hours=1))
m5 = timezone(timedelta(hours=-5), 'EST')
d = datetime(2020, 1, 1, 5, 6, 7, 8, p1)
print(repr(d.astimezone(UTC)), repr(d.astimezone(m5)), repr(d.astimezone()), repr(d.astimezone(p1) is d))
print(repr(datetime(2020, 1, 1, 5, 6, 7, 8).astimezone()), repr(datetime(2020, 1, 1, 5, 6, 7, 8).astimezone(p1)), repr(datetime(2020, 1, 1).astimezone(tz=UTC)))
print(d.astimezone(UTC) == d, d.astimezone(m5) - d, d.astimezone(m5).strftime('%Y-%m-%d %H:%M %Z %z'), datetime.fromtimestamp(0, m5))


class Eastern(tzinfo):
    """A toy zone: EST in winter, EDT from April to October."""

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None or not 4 <= dt.month <= 10:
            return timedelta(0)
        return timedelta(hours=1)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'Eastern()'


ea = Eastern()
w = datetime(2020, 3, 1, 12, tzinfo=ea)
s = datetime(2020, 7, 1, 12, tzinfo=ea)
print(w.utcoffset(), w.dst(), w.tzname(), s.utcoffset(), s.dst(), s.tzname(), w.isoformat(), s.isoformat())
print(s - w, repr(s.astimezone(UTC)), repr(datetime(2020, 7, 1, 16, tzinfo=UTC).astimezone(ea)), repr(ea.fromutc(datetime(2020, 7, 1, 16, tzinfo=ea))))
print(w.strftime('%H:%M %Z %z'), w.timetuple().tm_isdst, s.timetuple().tm_isdst, s.utctimetuple())
print(time(1, tzinfo=ea).isoformat(), time(1, tzinfo=ea).utcoffset(), time(1, tzinfo=ea).tzname(), time(1, tzinfo=ea).dst())
print(w == datetime(2020, 3, 1, 17, tzinfo=UTC), hash(w) == hash(datetime(2020, 3, 1, 17, tzinfo=UTC)), s < datetime(2020, 7, 1, 17, tzinfo=UTC))
print(sorted([s, w, datetime(2020, 5, 1, tzinfo=UTC)]), {w: 1, datetime(2020, 3, 1, 17, tzinfo=UTC): 2})


class Bad(tzinfo):
    def __init__(self, result):
        self.result = result

    def utcoffset(self, dt):
        return self.result

    def dst(self, dt):
        return self.result

    def tzname(self, dt):
        return self.result


class Named(tzinfo):
    def __init__(self, name):
        self.name = name

    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return self.name


class NoName(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return None


print(datetime(2020, 1, 1, tzinfo=NoName()).strftime('[%Z] [%z]'), repr(datetime(2020, 1, 1, tzinfo=Bad(None)).utcoffset()), repr(datetime(2020, 1, 1, tzinfo=Bad(None)).astimezone(UTC)))
print(datetime(2020, 1, 1, tzinfo=Bad(timedelta(hours=2))).timetuple().tm_isdst, datetime(2020, 1, 1, tzinfo=Bad(timedelta(0))).timetuple().tm_isdst, datetime(2020, 1, 1, tzinfo=Named('%H%%')).strftime('%Z|%%Z|%z'))
show('utcoffset int', lambda: datetime(2020, 1, 1, tzinfo=Bad(1)).utcoffset())
show('dst int', lambda: datetime(2020, 1, 1, tzinfo=Bad(1)).dst())
show('tzname int', lambda: datetime(2020, 1, 1, tzinfo=Bad(1)).tzname())
show('utcoffset one day', lambda: datetime(2020, 1, 1, tzinfo=Bad(timedelta(1))).utcoffset())
show('isoformat one day', lambda: time(1, tzinfo=Bad(timedelta(days=-1))).isoformat())
show('fromutc None offset', lambda: NoName().fromutc(datetime(2020, 1, 1)))
b = Bad(None)
show('fromutc None', lambda: b.fromutc(datetime(2020, 1, 1, tzinfo=b)))
nn = NoName()
show('fromutc no dst', lambda: nn.fromutc(datetime(2020, 1, 1, tzinfo=nn)))
show('fromutc int', lambda: ea.fromutc(1))
show('tzinfo().utcoffset', lambda: tzinfo().utcoffset(None))
show('tzinfo().dst', lambda: tzinfo().dst(None))
show('tzinfo().tzname', lambda: tzinfo().tzname(None))
show('base tzinfo in datetime', lambda: datetime(2020, 1, 1, tzinfo=tzinfo()).utcoffset())
show('timezone int', lambda: timezone(1))
show('timezone 24h', lambda: timezone(timedelta(hours=24)))
show('timezone -24h', lambda: timezone(timedelta(hours=-24)))
show('timezone name int', lambda: timezone(timedelta(hours=1), 5))
show('timezone name None', lambda: timezone(timedelta(0), None))
show('timezone 3 args', lambda: timezone(timedelta(hours=1), 'A', 3))
show('timezone no args', lambda: timezone())
show('utcoffset(1)', lambda: p1.utcoffset(1))
show('tzname(date)', lambda: p1.tzname(date(2020, 1, 1)))
show('dst(1)', lambda: p1.dst('x'))
show('fromutc naive', lambda: p1.fromutc(datetime(2020, 1, 1)))
show('fromutc other tz', lambda: p1.fromutc(datetime(2020, 1, 1, tzinfo=UTC)))
show('fromutc not datetime', lambda: p1.fromutc(date(2020, 1, 1)))
show('timezone < timezone', lambda: p1 < UTC)
show('call timezone', lambda: p1(1))
show('astimezone int', lambda: d.astimezone(1))
show('min astimezone', lambda: datetime.min.astimezone(UTC))
show('max -1h to UTC', lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))).astimezone(UTC))
show('subclass timezone', lambda: type('X', (timezone,), {}))
show('utcoffset()', lambda: p1.utcoffset())
show('tzname(dt=None)', lambda: p1.tzname(dt=None))
show('fromutc()', lambda: p1.fromutc())
show('tzinfo().fromutc()', lambda: tzinfo().fromutc())
show('tzinfo().dst(1, 2)', lambda: tzinfo().dst(1, 2))
