# enumerate, zip, map, filter, sorted, reversed.
fruits = ["apple", "banana", "cherry"]
print(list(enumerate(fruits)), list(enumerate(fruits, start=1)))
for i, f in enumerate(fruits, 10):
    print(i, f)
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], "abcd", (True, False, None))))
print(list(zip()), list(zip([1])), dict(zip(["k1", "k2"], [1, 2])))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(len, ["", "ab", "abc"])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted("cba"), sorted({3: 0, 1: 0}), sorted([1, 2, 3], key=lambda x: -x))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
z = zip("ab", "cd")
print(type(z).__name__, list(z))
e = enumerate("x")
print(type(e).__name__, next(e))
print(type(filter(None, [])).__name__)
