# min() and max()
print(max([3, 1, 2]), min([3, 1, 2]), max(3, 1, 2), min(3, 1, 2), max("hello"), min("hello"))
print(max([1, 2.5, 2]), min([1, 1.0]), max([1, 1.0]), max([1.0, 1]), min(2**70, 3), max(-2**70, -0.5))
print(max([], default=None), min([], default="none"), max([4], default=0), max([1, 5], key=None))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc", "d"], key=len), max(1, 2, 3, key=lambda x: -x))
print(max([[1, 2], [3], [4]], key=len), max([(1, "b"), (1, "c"), (0, "z")]), min({"x": 1, "a": 2}))
print(max(x % 5 for x in range(12)), min(map(abs, [-3, 2, -1])))
print(max([3, 3.0], key=int), min([2, 1, 1.0], key=lambda v: v))
class W:
    def __init__(self, w):
        self.w = w
    def __gt__(self, other):
        return self.w > other.w
    def __lt__(self, other):
        return self.w < other.w
    def __repr__(self):
        return "W%d" % self.w
print(max([W(1), W(3), W(2)]), min([W(1), W(3), W(0)]), max(W(5), W(4)))
