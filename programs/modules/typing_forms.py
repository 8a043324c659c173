# typing: the special forms and aliases annotations use, how they print and
# compare, Generic classes, NamedTuple classes, Protocol, cast and overload.
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generic, Iterable, Iterator, List, Literal,
                    Mapping, NamedTuple, Optional, Sequence, Set, Tuple, Type, TypeVar, Union, Generator, Deque,
                    DefaultDict, Protocol, cast, overload, TYPE_CHECKING, get_type_hints, NoReturn)
T = TypeVar('T')
K = TypeVar('K', bound=int)
C = TypeVar('C', covariant=True)
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Optional[Union[int, str]], Union[int])
print(Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int], Any, T, K, C, Set[T], FrozenSet[str])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, int], Type[int], Deque[int], DefaultDict[str, int])
print(Literal['a', 1], ClassVar[int], Final[int], Union[int, None] == Optional[int], List[int] == List[int], NoReturn)
print(List[int].__origin__, List[int].__args__, Optional[int].__args__, Union[int, str].__origin__)
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
def f(x: List[int], y: Optional[str] = None) -> Dict[str, int]:
    return {}
print(f.__annotations__)
print(get_type_hints(f))
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(3)
print(s.pop(), Stack[int], Stack.__mro__)
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return self.x + self.y
p = Point(1)
print(p, p.norm(), p._asdict(), Point._fields, Point.__annotations__, isinstance(p, tuple))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1))
print(cast(int, '3'), TYPE_CHECKING)
class Greeter(Protocol):
    def greet(self) -> str: ...
class G:
    def greet(self) -> str: return 'hi'
def use(g: Greeter) -> str:
    return g.greet()
print(use(G()))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(2))
MAX: Final = 10
Vector = List[float]
def scale(v: Vector) -> Vector:
    return [2 * x for x in v]
print(scale([1.0]), Vector)
