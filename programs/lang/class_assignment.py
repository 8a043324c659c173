# obj.__class__ = cls: allowed between classes of the same layout.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class L(list):
    pass


a = A()
for v in (5, int, L):
    try:
        a.__class__ = v
    except TypeError as e:
        print(e)
print(a.who())
a.__class__ = B
print(type(a).__name__, isinstance(a, B), isinstance(a, A), a.who())
