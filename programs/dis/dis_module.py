# cpython: skip (the listing is of pygil's bytecode: CPython's adds RESUME, cache entries and byte offsets; the instructions otherwise agree, checked after dropping those)
# dis.dis inside a program: why MONEY += n is three steps (load, add,
# store) that a thread switch can fall between, and a method, a class and
# a source string disassembled the same way.
import dis

MONEY = 0


def change(n):
    global MONEY
    MONEY += n
    MONEY -= n


dis.dis(change)


class Account:
    def deposit(self, amount):
        self.balance = self.balance + amount


print('---')
dis.dis(Account)
print('---')
dis.dis('total = price * count')
