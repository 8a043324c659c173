# A function definition with annotations leaves the stack as it found it:
# a try statement compiled after one (here, in a loop, whose iterator is on
# the stack) must restore the right stack depth when its handler runs.
def area(width: float, height: float = 1.0) -> float:
    return width * height


def check(value):
    if value < 0:
        raise ValueError(f'negative: {value}')
    return value


for v in [3, -1, 4, -5, 9]:
    try:
        print('ok', check(v))
    except ValueError as e:
        print('error', e)


class Shape:
    def scale(self, by: int) -> 'Shape':
        return self

    for name in ('a', 'b'):
        try:
            raise KeyError(name)
        except KeyError as e:
            print('in class body', e)


def outer():
    def inner(x: int, *, y: str = 'y') -> None:
        pass
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError(i)
            print('loop', i)
        except RuntimeError as e:
            print('caught', e)
    return inner.__annotations__


print(outer())
print(area(2.5), area.__annotations__)
