# strftime of date, time and datetime (and time.strftime underneath, as glibc
# spells it in the C locale): every directive, the flags - _ 0 ^ # and a
# width, the E and O modifiers, unknown directives, years below 1000, and
# %f %z %Z handled by datetime itself.
import time
from datetime import date, datetime, timedelta, timezone
from datetime import time as dtime

directives = 'aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%Qf'
moments = [datetime(2024, 2, 29, 13, 5, 9, 120), datetime(5, 1, 1), datetime(999, 12, 31, 23, 59, 59, 999999),
           datetime(2021, 1, 3, 0, 30, tzinfo=timezone(timedelta(hours=-3, minutes=-30), 'NST'))]
for m in moments:
    print(repr(m))
    for d in directives:
        print(f'  %{d}', repr(m.strftime('%' + d)), repr(m.date().strftime('%' + d)), repr(m.timetz().strftime('%' + d)))
for flag in ['-', '_', '0', '^', '#', '10', '-10', '_10', '010', '^10', '#10', '3', 'E', 'O', '^#', '_-', '-_']:
    row = [moments[0].strftime('%' + flag + d) for d in directives if d not in 'zZf']
    print(repr(flag), row)
print(repr(moments[3].strftime('%-z %_z %10z %^Z %#Z %10Z %-f %5f')))
for fmt in ['%', '%-', '%E', '%5', 'a%', '%%%', '%5%', '%E%', '%Ez', '%EY', '%Ey', '%OY', '%Ob', '%Ec', '%EC', '%Ex',
            '%-I:%M %p', '%-m/%-d/%Y', '%e-%b-%Y', '%A, %B %-d', '%H%%', '%%f', '%%%f', '%4Y', '%_3d|%-3d|%03e']:
    print(repr(fmt), repr(moments[0].strftime(fmt)), repr(time.strftime(fmt, (2024, 2, 29, 13, 5, 9, 3, 60, 0))))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %j %U %W %V %G %s', (1, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%Y %C %y %G %g %s', (50, 6, 15, 12, 0, 0, 1, 166, 0)), time.mktime((50, 6, 15, 12, 0, 0, 1, 166, 0)))
print(time.gmtime(-62135596800), time.gmtime(-61000000000).tm_yday)
print(dtime(7, 8).strftime('%c|%x|%X|%j|%U'), date(2020, 1, 1).strftime('%H:%M:%S %f %p %z|%Z'))
