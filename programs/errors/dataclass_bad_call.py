# A wrong call of a dataclass's generated __init__: the message a generated
# __init__ gives, at the call site.
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float = 0.0


print(Point(1))
Point(1, 2, 3)
