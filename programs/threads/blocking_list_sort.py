# list.sort(key=...) whose key reads a property under a lock another thread
# holds: the sort waits for it. As in CPython, the list looks empty while
# the keys are made (the auditing thread sees 0 items), a key function that
# raises leaves the list as it was, and growing it meanwhile is reported.
import threading, time
lock = threading.Lock()
class Account:
    def __init__(self, name, b):
        self.name = name; self._b = b
    @property
    def balance(self):
        with lock:
            return self._b
    def __repr__(self):
        return self.name
accounts = [Account('a', 3), Account('b', 1), Account('c', 2)]
audited = accounts[0]
def hold():
    with lock:
        print('  audit starts')
        time.sleep(0.05)
        audited._b = 0
        print('  audit ends, the list has', len(accounts), 'items')
t = threading.Thread(target=hold); t.start(); time.sleep(0.01)
accounts.sort(key=lambda a: a.balance)
print(accounts)
t.join()
accounts.sort(key=lambda a: a.balance, reverse=True)
print(accounts)
def peek(a):
    print('  key sees', len(accounts), 'items')
    return a.name
accounts.sort(key=peek)
print(accounts)
def bad(a):
    if a.name == 'b':
        raise KeyError('b')
    return 0
try:
    accounts.sort(key=bad)
except KeyError as e:
    print('KeyError', e, accounts)
def grow(a):
    accounts.append(a)
    return a.name
try:
    accounts.sort(key=grow)
except ValueError as e:
    print('ValueError', e, accounts)
try:
    accounts.sort(key=lambda a: a.name, bogus=1)
except TypeError as e:
    print('TypeError', e)
