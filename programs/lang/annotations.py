# Annotations: a function's __annotations__, a class's and a module's, and
# when an annotation is evaluated at all.
from collections import deque

counter: int = 0
names: list = []
print(__annotations__)


def scale(v: float, /, factor: float = 2.0, *rest: int, clip: bool = False, **opts: str) -> float:
    return v * factor


print(scale.__annotations__)
print(scale(1.5))


def plain(a, b=1):
    return a


print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
plain.__annotations__ = {'a': int}
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print('TypeError:', e)


class Account:
    owner: str
    balance: float = 0.0
    history: deque

    def deposit(self, amount: 'float') -> None:
        self.balance += amount
        note: str = 'deposit'  # inside a function: never evaluated, never stored
        self.last: str = note


print(Account.__annotations__)
print(Account.deposit.__annotations__)
a = Account()
a.deposit(5)
print(a.balance, a.last, 'owner' in vars(Account))


class Secret:
    def __hide(self, __x: int):
        pass
    __level: int = 1


print(Secret._Secret__hide.__annotations__, Secret.__annotations__)


def lazy():
    undefined_in_function: NoSuchName = 1
    return undefined_in_function


print(lazy())
if counter == 0:
    inside_if: bytes = b''
print(list(__annotations__))
try:
    broken: NoSuchName = 3
except NameError as e:
    print('NameError:', e)
print(broken, 'broken' in __annotations__)
