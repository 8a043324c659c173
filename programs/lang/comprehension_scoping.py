# Comprehension variables do not leak; class bodies and comprehensions.
x = "outer x"
result = [x for x in range(3)]
print(result, x)
i = 100
squares = {i: i * i for i in range(3)}
print(squares, i)
gen = (j for j in range(3))
print(list(gen))
print("j" in dir())
n = 10
print([n + k for k in range(3)])
def f():
    y = 5
    return [y * k for k in range(3)]
print(f())
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    factor = 3
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(C.doubled)
print(C.scaled)
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
print([[k for k in range(k)] for k in range(4)])
