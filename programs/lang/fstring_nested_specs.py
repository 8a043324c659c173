# f-strings with nested replacement fields inside the format spec.
width = 10
prec = 3
value = 2.718281828
print(f"{value:{width}.{prec}f}|")
print(f"{value:>{width}.{prec - 1}f}|")
for w in range(4, 8):
    print(f"[{'ab':^{w}}]")
fill = "*"
align = "<"
print(f"{'x':{fill}{align}{width}}|")
spec = ".4f"
print(f"{value:{spec}}")
print(f"{f'{value:.1f}':>8}|")
print(f"{'nested' + f'{1 + 1}'}")
rows = [("apple", 1.5), ("kiwi", 12.25), ("banana", 100.0)]
for name, price in rows:
    print(f"{name:<{width}}{price:>{width}.2f}")
