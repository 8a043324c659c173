# Rich comparison methods and their reflection.
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"V({self.n})"
    def __eq__(self, o):
        print(f"  eq {self} {o}")
        return isinstance(o, V) and self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        return self.n > o.n
    def __ge__(self, o):
        return self.n >= o.n
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b)
print(a == V(1))
print(a != b)
print(a == 1)
print(sorted([V(3), V(1), V(2)]))
print(max(V(5), V(9)), min([V(4), V(2)]))
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f"  lt {self.n} {o.n}")
        return self.n < o.n
x, y = OnlyLt(1), OnlyLt(2)
print(y > x)
print(x == x, x == y, x != y)
class Ne:
    def __ne__(self, o):
        return "custom ne"
print(Ne() != 3)
print(V(1) < V(2) < V(3))
