# dataclasses: @dataclass's __init__, __repr__, __eq__, ordering, frozen
# instances, hashing, field() options, KW_ONLY, inheritance and the helpers.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, KW_ONLY, MISSING
@dataclass
class P:
    x: int
    y: int = 0
print(P(1), P(1, 2) == P(1, 2), P(1) == (1, 0), P.__init__.__qualname__, P.__match_args__)
for bad in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, q=2), lambda: P(1, x=2)]:
    try: bad()
    except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'z'
print(V(1) < V(2), sorted([V(3), V(1, 'a'), V(1)]), hash(V(1)) == hash(V(1)))
try: V(1).a = 5
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
@dataclass
class Inv:
    items: list = field(default_factory=list)
    n: int = field(default=3, repr=False)
    tag: str = field(default='t', compare=False)
    def __post_init__(self):
        self.total = len(self.items) * self.n
i = Inv([1, 2])
print(i, i.total, Inv() == Inv(tag='x'), fields(i)[0].name, [f.name for f in fields(Inv)])
print(asdict(i), astuple(i), replace(i, n=5), is_dataclass(i), is_dataclass(Inv), is_dataclass(3))
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print(e)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(kw_only=True, default=9)
print(K(1, b=3), K.__match_args__)
try: K(1, 2)
except TypeError as e: print(e)
@dataclass
class Base:
    a: int
@dataclass
class Derived(Base):
    b: int = 5
print(Derived(1), Derived(1, 2).a, [f.name for f in fields(Derived)])
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class Mut:
    a: int
print(Mut.__hash__)
@dataclass(repr=False)
class NR:
    a: int
print(repr(NR(1)).startswith('<'))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2)])
print(n, asdict(n))
@dataclass(unsafe_hash=True)
class UH:
    a: int
print(hash(UH(1)) == hash((1,)))
try:
    fields(3)
except TypeError as e: print(e)
@dataclass
class Point:
    x: float
    y: float = 0.0

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

@dataclass
class Post:
    a: int
    def __post_init__(self):
        if self.a < 0:
            raise ValueError('negative')

print(Point(3, 4).dist(), Point(1.5))
try:
    Post(-1)
except ValueError as e:
    print('ValueError', e)
print(Point.__repr__.__qualname__, Point.__eq__.__name__, Point.__init__.__qualname__)
print(fields(P)[1].name, fields(P)[1].default, fields(P)[1].metadata, fields(P)[1].kw_only)
