# Errors from special methods and properties, which pygil runs as frames of
# the thread: the same messages and the same traceback as CPython's.
import functools


class Odd:
    def __len__(self):
        return -1

    def __str__(self):
        return 42

    def __iter__(self):
        return 7

    def __bool__(self):
        return 1

    def __format__(self, spec):
        return None

    def __add__(self, other):
        return NotImplemented

    def __lt__(self, other):
        return NotImplemented

    @property
    def broken(self):
        return 1 / 0


def show(label, use):
    try:
        use()
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


odd = Odd()
show('len:', lambda: len(odd))
show('str:', lambda: str(odd))
show('print:', lambda: print(odd))
show('iter:', lambda: [x for x in odd])
show('bool:', lambda: bool(odd))
show('if:', lambda: 1 if odd else 0)
show('format:', lambda: f'{odd:>3}')
show('add:', lambda: odd + 1)
show('radd:', lambda: 1 + odd)
show('lt:', lambda: odd < odd)
show('property:', lambda: odd.broken)
show('partial:', lambda: functools.partial(len, 1, 2)())


class Countdown:
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def __iter__(self):
        return self


print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)))


def total(account):
    return account.broken + 1


total(odd)
