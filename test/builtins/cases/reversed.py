# reversed() over builtins, __reversed__ and the sequence protocol
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(1, 10, 3))))
print(list(reversed([])), list(reversed("")), list(reversed({"a": 1, "b": 2})))
class Backwards:
    def __reversed__(self):
        return iter("zyx")
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "s" + str(i)
print(list(reversed(Backwards())), list(reversed(Seq())))
r = reversed(Seq())
print(iter(r) is r, next(r), type(r).__name__, repr(r).startswith("<reversed object at 0x"))
print(type(reversed((1,))).__name__, type(reversed("a")).__name__, type(reversed([1])).__name__)
lst = [1, 2, 3, 4]
rl = reversed(lst)
print(next(rl))
lst.pop()
lst.pop()
print(list(rl))
print(list(reversed("h😀i")))
class Short:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(list(reversed(Short())))
