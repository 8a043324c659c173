# A dataclass without a docstring gets its __init__ signature as one; frozen
# and non-frozen dataclasses cannot inherit from each other.
from dataclasses import dataclass, field, KW_ONLY
from typing import List, Optional


@dataclass
class P:
    x: int
    y: str = "a"
    tags: List[int] = field(default_factory=list)
    parent: Optional['P'] = None
    hidden: int = field(default=0, init=False)
    _: KW_ONLY
    flag: bool = False


print(P.__doc__)


@dataclass
class Documented:
    """Mine."""
    a: int


print(Documented.__doc__)


class Plain:
    pass


@dataclass
class Q:
    p: Plain
    q: 'Plain'


print(Q.__doc__)


@dataclass(frozen=True)
class FrozenBase:
    x: int


@dataclass(frozen=True)
class FrozenChild(FrozenBase):
    y: int = 0


print(FrozenChild(1))
try:
    @dataclass
    class Child(FrozenBase):
        y: int = 0
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Loose:
    x: int


try:
    @dataclass(frozen=True)
    class Stiff(Loose):
        y: int = 0
except TypeError as e:
    print('TypeError:', e)
