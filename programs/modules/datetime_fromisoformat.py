# fromisoformat of date, time and datetime (3.11): extended and basic forms,
# ISO week dates, any separator character, fractions with '.' or ',', time
# zones (Z, +HH, +HHMM, +HH:MM[:SS[.ffffff]]), the isoformat round trip,
# and the strings CPython refuses.
from datetime import date, time, datetime, timedelta, timezone


def show(f, s):
    try:
        r = repr(f(s))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(f'{f.__self__.__name__}.fromisoformat({s!r}) -> {r}')


for s in ['2020-01-01', '20200101', '2020-W01-3', '2020W013', '2020W01', '2020-W01', '2020-W53-7', '2021-W53-7',
          '2020-W01-8', '2020-W00', '2020-1-01', '2020-001', '2020-02-30', '0000-01-01', '2020-00-01', '20200101xy',
          '2020W0112', '2020-W011', '2020W01-1', '2020-01-01T00:00', '２０２０-01-01', '', 20200101]:
    show(date.fromisoformat, s)
for s in ['01:02', '01', '0102', 'T01:02:03', '010203.5', '01:02:03.1234567', '01:02:03,12', '01:02:03Z',
          'T05:06Z', '01:02:03+05', '01:02:03-0530', '01:02:03+05:30:15.5', '05:06:07-23:59:59.999999',
          '05:06:07:08', '05.5', '05:06.5', '05,5', '24:00', '05:06:07+24:00', '1:02', 'Tx', 'T', '', '5',
          '05:06:07.', '05:06:07 ', '05:06:07Z ', '05:06:07z', '05:6', '0506:07', None]:
    show(time.fromisoformat, s)
for s in ['2020-01-01', '2020-01-01T05', '2020-01-01T0506', '2020-01-01 05:06:07.123', '2020-01-01x05:06:07.123Z',
          '2020-01-01é05:06', '20200101T050607', '2020-W01-3T05:06+01:00', '2020-W01T05', '2020-W01-1T05',
          '2020W01T05', '2020W011T05', '2020W01105', '2020-W01-105', '2020W0105', '2020-01-01T05:06:07+0100',
          '2020-01-01T05:06:07-01', '2020-01-01T05-00', '2020-01-01T05-00:00:00.000001', '2020-01-01T05:06:07+01:00:00',
          '2020-01-01T05:06:07+00:00', '2020-01-01T05:06:07.5Z', '2020-01-01T05:06:07.123456789', '2020-01-01T05:06:07:08',
          '2020-01-01T05:06:07+0130', '2020-01-01T05:06:07+013045', '2020-01-01T05:06:07+01:30:45.123',
          '2020-01-01T05:06:07+01:30:45,1', '2020-01-01T05:06+01:00.5', '2020-01-01T05:06:07.1234567+01',
          '2020-01-01T', '2020-01-01T5', '2020-01-01T05:06:07+24:00', '2020-01-01T05:06:07.5+0', '2020-01-01T05:06:07 ',
          '2020-01-01T24:00:00', '2020-13-01', '2020-01-01T05:06:07.', '2020-01-01T05:06:07,', '2020-01-01T05:6',
          '2020-0101', '202001-01', '', '2020-01', '2020-01-01T05:06:07Z+01', '2020-01-01T05:06:07+01:00Z',
          '2020-01-01T05:06:07ZZ', '2020-01-01T:05', '2020-01-01T05:06:07+', '2020-01-01T05:06:07+01:',
          '2020-01-01T05:06:07+01:0', '2020-01-01T05:06:07.12a', '2020-01-01T05z', b'2020-01-01']:
    show(datetime.fromisoformat, s)
samples = [datetime(2021, 3, 4, 5, 6, 7, 891011), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999),
           datetime(2021, 3, 4, 5, tzinfo=timezone(timedelta(hours=-3, minutes=-30))), datetime(2021, 3, 4, tzinfo=timezone.utc),
           datetime(2021, 3, 4, tzinfo=timezone(timedelta(seconds=1, microseconds=5)))]
for d in samples:
    for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
        s = d.isoformat(timespec=spec)
        print(s, datetime.fromisoformat(s) == d, repr(time.fromisoformat(d.timetz().isoformat(spec))))
    print(date.fromisoformat(d.date().isoformat()) == d.date(), datetime.fromisoformat(str(d)) == d)
