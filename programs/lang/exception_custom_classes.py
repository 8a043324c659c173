# Custom exception classes with args and extra attributes.
class MyError(Exception):
    pass
class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class Detailed(Exception):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return f"error code {self.code}"
try:
    raise MyError("simple", 42)
except MyError as e:
    print(type(e).__name__, e.args, e)
try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(e, e.field, e.args, isinstance(e, ValidationError))
try:
    raise Detailed(404)
except Exception as e:
    print(e, e.code, e.args, repr(e))
class Base(Exception): pass
class Child(Base): pass
for cls in (Base, Child):
    try:
        raise cls("x")
    except Child:
        print("caught Child")
    except Base:
        print("caught Base")
print([c.__name__ for c in Child.__mro__])
e = MyError()
print(repr(e), str(e) == "", e.args)
print(repr(MyError("one")), repr(MyError(1, 2)))
