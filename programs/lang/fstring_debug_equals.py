# f-string self-documenting expressions with '='.
x = 10
y = 3.5
name = "Ada"
print(f"{x=}")
print(f"{x = }")
print(f"{x + 1=}")
print(f"{y=:.2f}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name.upper()=}")
print(f"{[x, y]=}")
print(f"{x=}, {y=}")
print(f"{x*2 = :>5}|")
