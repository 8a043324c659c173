# An enum member's name given twice in the class body, and deleting a member.
from enum import Enum, IntEnum, auto


class Color(Enum):
    RED = 1
    GREEN = auto()

    def describe(self):
        return self.name.lower()


print(list(Color), Color.GREEN.describe())
try:
    class Bad(Enum):
        RED = 1
        RED = 2
except TypeError as e:
    print('TypeError:', e)
try:
    class Worse(IntEnum):
        A = 1

        def A(self):
            pass
except TypeError as e:
    print('TypeError:', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError:', e)
try:
    Color.RED = 3
except AttributeError as e:
    print('AttributeError:', e)
