# datetime.strptime: the common directives (and %c %x %X %j %U %W %G %V %u
# %z %Z), case-insensitive names, whitespace, defaults (1900-01-01), 12-hour
# clock, two-digit years, week-based dates, offsets with and without %Z,
# subclasses, and the errors _strptime reports.
from datetime import datetime, timezone


def show(s, fmt):
    try:
        r = repr(datetime.strptime(s, fmt))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(f'{s!r} {fmt!r} -> {r}')


cases = [
    ('2020-01-05', '%Y-%m-%d'), ('2020-01-05 13:45:10', '%Y-%m-%d %H:%M:%S'), ('05/01/20', '%d/%m/%y'),
    ('5 jan 2020 3:04:05 pm', '%d %b %Y %I:%M:%S %p'), ('  5 jan 2020', '%d %b %Y'), ('JANUARY 5, 2020', '%B %d, %Y'),
    ('Sunday, January 05 2020 +0530', '%A, %B %d %Y %z'), ('2020-01-05T10:00:00Z', '%Y-%m-%dT%H:%M:%S%z'),
    ('2020-01-05T10:00:00-05:30:15.5', '%Y-%m-%dT%H:%M:%S%z'), ('2020-01-05T10:00:00+05:30:15', '%Y-%m-%dT%H:%M:%S%z'),
    ('2020-01-05T10:00:00+0530:15', '%Y-%m-%dT%H:%M:%S%z'), ('10:00 z', '%H:%M %z'), ('2020-01-05 UTC', '%Y-%m-%d %Z'),
    ('2020-01-05 gmt', '%Y-%m-%d %Z'), ('2020-01-05 EST', '%Y-%m-%d %Z'), ('2020-01-05 +0100 GMT', '%Y-%m-%d %z %Z'),
    ('2020 100', '%Y %j'), ('2020-366', '%Y-%j'), ('2019-366', '%Y-%j'), ('12.5', '%S.%f'), ('12.1234567', '%S.%f'),
    ('99', '%y'), ('68', '%y'), ('69', '%y'), ('2020 10 3', '%Y %W %w'), ('2020 10 3', '%Y %U %w'), ('2020 0 0', '%Y %U %w'),
    ('2020 10 3', '%G %V %u'), ('2021 1 1', '%G %V %u'), ('2020 10', '%Y %U'), ('2020 10', '%G %V'), ('10 3', '%V %u'),
    ('2020 10 3', '%Y %V %u'), ('2020 10 3 5', '%G %V %u %j'), ('%2020', '%%%Y'), ('Wed Jan  1 05:06:07 2020', '%c'),
    ('01/02/20', '%x'), ('05:06:07', '%X'), ('5:6:7', '%H:%M:%S'), ('2020 6 Mon', '%Y %m %a'), ('20200105', '%Y%m%d'),
    ('2020111', '%Y%m%d'), ('24', '%H'), ('12 am', '%I %p'), ('12 PM', '%I %p'), ('1 pm', '%I %p'), ('12', '%I'),
    ('12 AM', '%H %p'), ('a.b', 'a.b'), ('A(B', 'a(b'), ('x  y', 'x y'), ('x\ty', 'x y'), ('xy', 'x y'), ('', ''),
    ('60', '%S'), ('61', '%S'), ('2020-02-30', '%Y-%m-%d'), ('02-29', '%m-%d'), ('2024-02-29', '%Y-%m-%d'),
    ('2020-01-05', '%Y-%m'), ('2020-01', '%Y-%m-%d'), ('2020-01-32', '%Y-%m-%d'), ('0000', '%Y'), ('2020', '%e'),
    ('2020', '%'), ('2020', '%Y%'), ('2020', '%Y% '), ('2020', '%.Y'), ('Mon', '%a'), ('monday', '%A'), ('Mo', '%a'),
    ('Sept', '%b'), ('Sep', '%B'), ('2020-01-05 10:00 +05:3', '%Y-%m-%d %H:%M %z'), ('10:00 +05:30:1', '%H:%M %z'),
    ('T10', 't%H'), ('2020-W02-1', '%G-W%V-%u'), ('2020-07-04 12:00:00.5 +0000', '%Y-%m-%d %H:%M:%S.%f %z'),
]
for s, fmt in cases:
    show(s, fmt)


class Stamp(datetime):
    pass


print(repr(Stamp.strptime('2021-06-07 08:09', '%Y-%m-%d %H:%M')), Stamp.strptime('2021', '%Y').year)
print(datetime.strptime('2021-06-07T08:09:10+02:00', '%Y-%m-%dT%H:%M:%S%z').astimezone(timezone.utc))
for args in [(2020, '%Y'), ('2020', 1), ('2020',), ('2020', '%Y', 1)]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    datetime.strptime(date_string='2020', format='%Y')
except TypeError as e:
    print('TypeError:', e)
