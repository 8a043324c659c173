# Dict and set comprehensions.
squares = {x: x * x for x in range(6)}
print(squares)
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 4 for x in range(20)})
print({n for n in [5, 3, 5, 1, 3]})
print({w: len(w) for w in ["hi", "hello", "hey"] if len(w) > 2})
print({i: [j for j in range(i)] for i in range(4)})
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({c for c in "mississippi"}))
counts = {}
for ch in "banana":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({k: v for k, v in sorted(counts.items(), key=lambda kv: -kv[1])})
print({x: x for x in [3, 1, 3, 2]})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__, {})
