# Generator expressions.
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(sorted((x % 3, x) for x in range(6)))
print(",".join(str(n) for n in range(4)))
print(dict((k, len(k)) for k in ["one", "three"]))
print(tuple(c for c in "abc" if c != "b"))
pairs = ((a, b) for a in range(3) for b in range(3) if a < b)
print(list(pairs))
def consume(it):
    return [v for v in it]
print(consume(x for x in "hi"))
data = [3, 1, 2]
lazy = (d * 10 for d in data)
data.append(4)
print(list(lazy))
print(min((abs(v), v) for v in [-3, 2, -1]))
