# f-strings with expressions.
name = "world"
n = 42
items = [1, 2, 3]
d = {"k": "v", "n": 5}
print(f"hello {name}")
print(f"{n + 1} {n * 2} {n // 5} {n % 5}")
print(f"{items[0]} {items[-1]} {len(items)}")
print(f"{d['k']} {d['n']}")
print(f"{'nested quotes'}")
print(f"{name.upper()} {name[::-1]}")
print(f"{[x * 2 for x in items]}")
print(f"{ {'a': 1} }")
print(f"{{literal braces}} {{{n}}}")
print(f"{n if n > 40 else 0}")
print(f"{(lambda x: x + 1)(n)}")
print(F"capital F {n}")
print(f"{3.5} {True} {None}")
print(f"{'a' + 'b'}{1}{2}")
print(f"""triple {name}
second line {n}""")
print(rf"raw \n {name}", fr"{n}\t")
x = 7
print(f"{x}{x}{x}")
print(f"{ x }")
