# any() and all(), including short-circuiting and empty iterables.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any([0, 0, 1]), all([1, 1, 0]), any("abc"), all(""))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)))
def check(v):
    print("checking", v)
    return v
print(any(check(v) for v in [0, 3, 5]))
print(all(check(v) for v in [1, 0, 5]))
print(any([[], [0]]), all([[], [0]]), all([[1], (2,), "s"]))
words = ["apple", "avocado", "banana"]
print(all(w.islower() for w in words), any(w.startswith("b") for w in words))
print(any({0: "a", 1: "b"}), all({0: "a"}))
