# sorted(): key, reverse, stability, mixed numbers, tuples, user __lt__
print(sorted([3, 1, 2]), sorted("cba"), sorted({3: 0, 1: 0}), sorted((2.5, 1, True, -3)))
print(sorted([1, 2, 3], key=lambda x: -x), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted([[3], [1, 2], [1]]))
data = [("apple", 3), ("pear", 1), ("fig", 3), ("kiwi", 1), ("plum", 2)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted([3, 1, 2], reverse=False), sorted([3, 1, 2], reverse=1), sorted([], key=len), sorted(["x"], key=len))
print(sorted(x % 7 for x in range(20)))
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted(["b", "A", "a", "B"]))
big = [(i * 37) % 101 for i in range(200)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s))
stable = sorted([(i % 3, i) for i in range(100)], key=lambda p: p[0])
print(stable[:4], stable[33:36], stable[-2:])
rstable = sorted([(i % 3, i) for i in range(100)], key=lambda p: p[0], reverse=True)
print(rstable[:3], rstable[-3:])
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "V(%d)" % self.v
print(sorted([V(2), V(3), V(1)]))
orig = [3, 1, 2]
res = sorted(orig)
print(orig, res, res is not orig)
print(sorted([2**70, -1, 2**53, 0.5]), sorted([float("inf"), 1, -float("inf")]))
