# is, is not, in, not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
x = None
print(x is None, x is not None, not x is None)
print(1 in [1, 2], 3 not in [1, 2], not 3 in [1, 2])
print("ell" in "hello", "" in "abc", "x" not in "abc")
print(2 in (1, 2), 2 in {1, 2}, 2 in {2: "v"}, "v" in {2: "v"})
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print([1] in [[1], [2]], (1,) in [(1,)], 1.0 in [1])
print(True in [1], 0 in [False])
s = "abc"
print(s is s, id(a) == id(b), id(a) == id(c))
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan])
print(True is True, () == ())
