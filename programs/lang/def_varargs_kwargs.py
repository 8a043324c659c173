# *args and **kwargs, and unpacking at call sites.
def f(*args, **kwargs):
    print("args =", args, "kwargs =", kwargs)
f()
f(1, 2)
f(a=1, b=2)
f(1, *[2, 3], x=4, **{"y": 5})
def total(*nums):
    return sum(nums)
print(total(), total(1), total(1, 2, 3))
nums = [4, 5, 6]
print(total(*nums), total(*nums, *nums))
def point(x, y, z=0):
    return (x, y, z)
print(point(*[1, 2]))
print(point(**{"x": 1, "y": 2, "z": 3}))
print(point(1, **{"z": 9, "y": 8}))
def describe(name, **info):
    parts = [name]
    for k, v in info.items():
        parts.append(f"{k}={v}")
    return ", ".join(parts)
print(describe("cat", legs=4, sound="meow"))
def wrapper(*a, **k):
    return point(*a, **k)
print(wrapper(7, y=8))
print(type(()).__name__, type({}).__name__)
def g(a, *rest):
    return a, rest
print(g(*"xyz"))
print(*[1, 2, 3], sep="-")
print({**{"a": 1}, "b": 2, **{"a": 3}})
print([*range(3), *"ab"])
