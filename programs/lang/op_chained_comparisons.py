# Chained comparisons evaluate each operand at most once.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x > 6, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 > 3 < 4)
print(1 == 1 != 2, 1 != 2 != 1)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
a = [1, 2]
print(1 in a in [[1, 2]], a == [1, 2] is not None)
print(0 <= 0 <= 0, "a" < "b" < "c", (1, 2) < (1, 3) <= (1, 3))
print(1 < 2 == 2 < 3 != 4)
print(not 1 < 2, not (1 > 2))
