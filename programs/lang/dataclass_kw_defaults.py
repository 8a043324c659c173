# Keyword arguments to a dataclass's __init__ after an omitted defaulted
# field, and for kw_only and default_factory fields.
from dataclasses import dataclass, field, KW_ONLY


@dataclass
class P:
    x: int = 0
    y: int = 0
    z: int = 0


print(P(y=5), P(z=1), P(1, z=3), P())


@dataclass
class Card:
    rank: int
    suit: str = 'spades'
    tags: list = field(default_factory=list)
    _: KW_ONLY
    face_up: bool = False
    owner: str = 'nobody'


print(Card(2, tags=[1, 2]))
print(Card(3, owner='me'))
print(Card(4, 'hearts', face_up=True))
