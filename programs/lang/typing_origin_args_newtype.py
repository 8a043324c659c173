# typing.get_origin and get_args of the common forms (typing's aliases, builtin generics, unions, Callable), and NewType.
import typing
from typing import List, Dict, Optional, Union, Tuple, Callable, Generic, TypeVar, get_origin, get_args, NewType
T = TypeVar('T')
for tp in (List[int], Dict[str, int], Optional[int], Union[int, str], list[int], dict[str, list[int]],
           int | None, Tuple[int, ...], int, Generic, List, Generic[T], Callable[[int], str]):
    print(repr(tp), get_origin(tp), get_args(tp))
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)
def f(u: UserId) -> None: pass
print(typing.get_type_hints(f))
