# Multiple inheritance: attribute lookup order, mixins.
class Walker:
    def move(self):
        return "walk"
    def who(self):
        return "walker"
class Swimmer:
    def move(self):
        return "swim"
    def swim_only(self):
        return "only swimmers"
class Duck(Walker, Swimmer):
    pass
class Seal(Swimmer, Walker):
    pass
d, s = Duck(), Seal()
print(d.move(), s.move())
print(d.who(), d.swim_only())
print([c.__name__ for c in Duck.__mro__])
class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"
class ReprMixin:
    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"
class Point(JsonMixin, ReprMixin):
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.to_json())
print(repr(p), [p])
print(isinstance(p, JsonMixin), isinstance(p, ReprMixin))
