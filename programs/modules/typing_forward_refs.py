# typing: forward references, abstract aliases in isinstance(), Union rules.
from typing import List, Optional, Dict, Any, Callable, Tuple, Union, Iterable, Sequence, Set
class Node:
    def __init__(self, val: int, children: 'List[Node]' = None) -> None:
        self.val = val
print(List['Node'], Optional['Node'], Dict[str, Any], Callable[[], None], Tuple[int, str], Union[int, 'Node'])
print(Node.__init__.__annotations__)
def total(xs: Iterable[int]) -> int:
    return sum(xs)
print(total([1, 2]), isinstance([1], Iterable), isinstance(3, Iterable), isinstance((1,), Sequence), isinstance({1}, Sequence))
print(int | None, (int | str).__args__, isinstance(3, int | str))
x: Optional[List[int]] = None
print(__annotations__)
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
try:
    Union[()]
except TypeError as e:
    print(e)
try:
    List[int, str]
except TypeError as e:
    print(e)
print(Set[int], List[Tuple[int, int]])
