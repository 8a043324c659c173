# and/or return one of their operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "value" or "default", None or 0 or [] or "last")
print([] and "unused", [1] and "used", 0 and 1 or 2)
print(None and None, None or None, False or None, True and 0)
def side(v):
    print("called", v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
x = None
name = x or "anonymous"
print(name)
print(not 0, not "a", not None, not [])
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None)
print(type(1 and 2.5).__name__, 0.0 or 0, 0 or 0.0)
