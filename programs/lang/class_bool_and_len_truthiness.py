# Truthiness: __bool__, falling back to __len__, default True.
class AlwaysFalse:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class NonEmpty:
    def __len__(self):
        return 3
class Both:
    def __bool__(self):
        print("__bool__ called")
        return True
    def __len__(self):
        print("__len__ called")
        return 0
class Plain:
    pass
for obj in [AlwaysFalse(), Empty(), NonEmpty(), Both(), Plain()]:
    name = type(obj).__name__
    print(name, bool(obj), "yes" if obj else "no", not obj)
print(AlwaysFalse() or "fallback")
print(NonEmpty() and "second")
x = Empty()
while x:
    print("never")
print(len(NonEmpty()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
