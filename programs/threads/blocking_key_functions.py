# Key functions that wait for a lock: sorting accounts by a balance that a
# property reads under the account's lock, while another thread holds one
# of the locks for a while. sorted(), min() and max() wait too.
import threading
import time


class Account:
    def __init__(self, name, balance):
        self.name = name
        self._balance = balance
        self.lock = threading.Lock()

    @property
    def balance(self):
        with self.lock:
            return self._balance

    def __repr__(self):
        return self.name


accounts = [Account('ann', 30), Account('bob', 10), Account('cy', 20), Account('di', 10)]


def audit(account, seconds):
    with account.lock:
        print('  audit of', account.name, 'starts')
        time.sleep(seconds)
        account._balance += 5
        print('  audit of', account.name, 'ends')


def while_audited(account, use):
    t = threading.Thread(target=audit, args=(account, 0.05))
    t.start()
    time.sleep(0.01)
    print(use())
    t.join()


while_audited(accounts[1], lambda: sorted(accounts, key=lambda a: a.balance))
while_audited(accounts[0], lambda: sorted(accounts, key=lambda a: a.balance, reverse=True))
while_audited(accounts[2], lambda: min(accounts, key=lambda a: a.balance))
while_audited(accounts[3], lambda: max(accounts, key=lambda a: a.balance))
while_audited(accounts[3], lambda: max(*accounts, key=lambda a: a.balance))
print(sorted((a for a in accounts), key=lambda a: -a.balance))
print(min([], key=lambda a: a.balance, default='none'))
try:
    sorted(accounts, key=lambda a: a.balance, bad=1)
except TypeError as e:
    print('TypeError:', e)
