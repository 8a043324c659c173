# sum, min, max, abs, divmod, pow, round.
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max([1, -5, 3], key=abs), min(["ccc", "a", "bb"], key=len), max([], default="empty"))
print(max([2, 2.0]), max([2.0, 2]), min([(1, "b"), (1, "a")]))
print(max([1, 3, 3, 2], key=lambda x: x // 2), min([], default=None))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-10 ** 30))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, -2), pow(2, 8, 10), pow(2.5, 2), pow(9, 0.5))
print(round(3.7), round(-3.7), round(3.14159, 2), round(12345, -2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(sum(range(1, 101)), sum(x * x for x in range(4)), sum((1.5, 2.5)))
