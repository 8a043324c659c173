# str.format with positional, keyword, indexed and attribute fields.
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=5))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "val"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:08.3f} {:,} {:x} {:b}".format(3.14159, 1234567, 255, 5))
print("{0:{1}}|".format("w", 5), "{:{}.{}f}".format(2.71828, 8, 2))
print("{{}} {{{}}}".format("inner"))
print("{!r} {!s} {!a}".format("s", "s", "ü"))
print("{0}{0}{0}".format("ab"))
d = {"a": 1, "b": 2}
print("{a}-{b}".format(**d), "{}-{}".format(*[7, 8]))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
print("{:%}".format(0.25), "{:.1%}".format(1 / 3))
