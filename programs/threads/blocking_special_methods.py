# A class made safe for threads takes its lock in its properties and special
# methods, so each of them may wait while another thread holds the lock.
# Here a helper thread holds the lock for 50 ms before each use: the use
# waits, and its answer comes after the helper's "released".
import threading
import time

lock = threading.Lock()


def contended(label, use):
    """Runs use() while another thread holds the lock for 50 ms."""
    taken = threading.Event()

    def holder():
        with lock:
            taken.set()
            time.sleep(0.05)
            print('  released')

    t = threading.Thread(target=holder)
    t.start()
    taken.wait()
    print(label, use())
    t.join()


class Account:
    def __init__(self, balance):
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        with lock:
            return self._balance

    @balance.setter
    def balance(self, value):
        with lock:
            self.history.append(value)
            self._balance = value

    def __getitem__(self, i):
        with lock:
            return self.history[i]

    def __setitem__(self, i, value):
        with lock:
            self.history[i] = value

    def __delitem__(self, i):
        with lock:
            del self.history[i]

    def __len__(self):
        with lock:
            return len(self.history)

    def __contains__(self, value):
        with lock:
            return value in self.history

    def __iter__(self):
        with lock:
            return iter(list(self.history))

    def __str__(self):
        with lock:
            return 'Account(%d)' % self._balance

    def __repr__(self):
        with lock:
            return '<Account %d>' % self._balance

    def __format__(self, spec):
        with lock:
            return format(self._balance, spec)

    def __add__(self, amount):
        with lock:
            return Account(self._balance + amount)

    def __iadd__(self, amount):
        with lock:
            self._balance += amount
            return self

    def __eq__(self, other):
        with lock:
            return isinstance(other, Account) and other._balance == self._balance

    def __lt__(self, other):
        with lock:
            return self._balance < other._balance

    def __neg__(self):
        with lock:
            return -self._balance

    def __bool__(self):
        with lock:
            return self._balance > 0

    def __call__(self, amount):
        with lock:
            return self._balance >= amount


acct = Account(100)


def set_balance():
    acct.balance = 150
    return acct.history


def set_item():
    acct[0] = 160
    return acct.history


def delete_item():
    acct.history.append(170)
    del acct[-1]
    return acct.history


def add_in_place():
    global acct
    acct += 5
    return acct.balance


contended('property get:', lambda: acct.balance)
contended('property set:', set_balance)
contended('__getitem__:', lambda: acct[0])
contended('__setitem__:', set_item)
contended('__delitem__:', delete_item)
contended('len():', lambda: len(acct))
contended('in:', lambda: 160 in acct)
contended('for loop:', lambda: [x for x in acct])
contended('str():', lambda: str(acct))
contended('repr():', lambda: repr(acct))
contended('f-string:', lambda: f'{acct:>6}|{acct!s}')
contended('+:', lambda: (acct + 10).balance)
contended('+=:', add_in_place)
contended('==:', lambda: acct == Account(155))
contended('<:', lambda: acct < Account(1000))
contended('unary -:', lambda: -acct)
contended('bool():', lambda: bool(acct))
contended('if:', lambda: 'yes' if acct else 'no')
contended('not:', lambda: not acct)
contended('call:', lambda: acct(50))
print('print:', end=' ')
contended('', lambda: acct)
