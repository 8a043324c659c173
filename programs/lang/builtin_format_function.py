# format() builtin and __format__.
print(format(3.14159, ".2f"), format(42), format(42, "5"), format("s", "^5"))
print(format(255, "x"), format(255, "08b"), format(1234567, ","), format(0.5, "%"))
print(format(True), format(None), format([1, 2]), format(1e10, "g"))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:.2f}"
        return f"{self.v:{spec}}"
m = Money(3.5)
print(format(m, "usd"), f"{m:usd}", f"{m:>8.1f}", "{:usd}".format(m))
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}", f"{Plain()!s:>7}")
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
