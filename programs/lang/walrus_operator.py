# Assignment expressions (:=).
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list of", n)
print(n)
values = []
i = 0
while (v := data[i]) < 10:
    values.append(v)
    i += 1
print(values, v)
print([y for x in data if (y := x * 2) > 10])
print(y)
results = [(s := x % 5, s * 2) for x in range(4)]
print(results, s)
def f():
    if any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]):
        return hit
print(f())
print((z := 3) + z)
total = 0
print([total := total + k for k in range(5)], total)
