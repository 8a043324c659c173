# Explicit line joining with backslash.
total = 1 + \
        2 + \
    3
print(total)

if total > 5 and \
   total < 10:
    print("between")

s = "abc" \
    "def"
print(s)

def f(a,
      b):
    return a * \
b
print(f(6, 7))

x = [1, 2, \
     3]
print(x)
y = 10 \
    if total == 6 \
    else 20
print(y)
