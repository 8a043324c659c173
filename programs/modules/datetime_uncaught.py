# An uncaught error from inside the datetime module: the traceback shows only
# the program's frames, as CPython's does for its C implementation.
from datetime import date, timedelta


def next_birthday(born, today):
    candidate = born.replace(year=today.year)
    if candidate < today:
        candidate = candidate.replace(year=today.year + 1)
    return candidate - today


print(next_birthday(date(1990, 6, 15), date(2025, 1, 1)))
print(next_birthday(date(2000, 2, 29), date(2025, 1, 1)))
