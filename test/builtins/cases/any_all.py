# any() and all(): short-circuit, any iterable
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any("a"), all(""))
def check(v):
    print("  check", v)
    return v
print(any(check(v) for v in [0, 3, 5]))
print(all(check(v) for v in [1, 0, 5]))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(any(x > 10 for x in naturals()), all(x < 5 for x in naturals()))
print(any({0: 1}), all({0: 1}), any(range(0)), all(range(1, 4)), any(iter([0, 0.0, -0.0])))
