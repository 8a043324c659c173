# Implicit line joining inside (), [] and {}; indentation is ignored there.
values = [
    1,
        2,
  3,   # comment inside brackets
]
print(values)

d = {
'a': 1,
            'b': (
    2 +
3),
}
print(d)

def add(a,
            b,
    c=10
):
    return (a
        + b
            + c)

print(add(1,
2))

result = add(
    add(1, 2, 3),

    add(4, 5, 6),
)
print(result)
t = (
)
print(t)
print(max(
    [3, 9, 2]
        ))
