# typing names of 3.10/3.11 at run time: TypedDict (plain dicts, required
# keys), Annotated, Self, ParamSpec, Concatenate, the Supports* protocols,
# assert_never and reveal_type (which writes to stderr).
from typing import TypedDict, Annotated, Self, LiteralString, TypeGuard, ParamSpec, Concatenate, Required, NotRequired, SupportsInt, assert_never, reveal_type, KeysView, SupportsFloat, SupportsIndex
class M(TypedDict):
    name: str
    year: int
m = M(name='x', year=1)
print(type(m), m, M.__annotations__, M.__total__, sorted(M.__required_keys__), M.__optional_keys__)
class N(M, total=False):
    extra: bool
    must: Required[int]
print(sorted(N.__required_keys__), sorted(N.__optional_keys__), N.__annotations__)
print(Annotated[int, 'meta'], Annotated[int, 'a'].__metadata__, Annotated[int, 'a'].__origin__)
print(Self, LiteralString, TypeGuard[int], Required[int], NotRequired[str])
P = ParamSpec('P'); print(P, P.args, P.kwargs, Concatenate[int, P])
print(SupportsInt, isinstance(3, SupportsInt), isinstance('a', SupportsInt), KeysView[int], isinstance(2.5, SupportsFloat), isinstance(3, SupportsIndex))
reveal_type(3)
try:
    assert_never(5)
except AssertionError as e: print(e)
print(M)
T2 = TypedDict('T2', {'a': int}); print(T2(a=1), T2.__annotations__, T2)
try:
    isinstance({}, M)
except TypeError as e:
    print(e)
def f(x: Annotated[int, 'positive']) -> Self: pass
print(f.__annotations__)
