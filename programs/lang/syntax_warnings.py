# The SyntaxWarnings CPython's compiler prints before the program runs: is with a literal, an always-true assert, a literal called or subscripted (a missing comma).
x = 5
if x is 5:
    pass
if x is not 'a':
    pass
print(x is None, x is True, x is ..., x is (1, 2), x is -1, x is [1], 1 is x is 2)
assert (x, "msg")
try:
    print((1, 2) (3, 4))
except TypeError as e:
    print(e)
try:
    print([1, 2] [0], [1, 2] ['a'])
except TypeError as e:
    print(e)
try:
    print({1, 2} [0])
except TypeError as e:
    print(e)
try:
    print('abc' [1], 'abc' [1.5])
except TypeError as e:
    print(e)
try:
    print(5 [0])
except TypeError as e:
    print(e)
try:
    print(5())
except TypeError as e:
    print(e)
try:
    print(-1())
except TypeError as e:
    print(e)
print((lambda: 3)())
print("a" "b" [0], f"{x}" [0])
try:
    print(f"{x}" ['k'])
except TypeError as e:
    print(e)
try:
    print((x, 2) [None])
except TypeError as e:
    print(e)
