# if / elif / else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for v in [-5, 0, 3, 42, 1000]:
    print(v, classify(v))
for val in [0, 1, "", "a", [], [0], {}, None, 0.0, -1]:
    if val:
        print(repr(val), "truthy")
    else:
        print(repr(val), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("x > 4")
    else:
        print("3 < x <= 4")
if not x:
    print("no")
elif x:
    print("elif taken")
