# break and continue in nested loops only affect the innermost loop.
for i in range(4):
    for j in range(4):
        if j == i:
            break
        if (i + j) % 2 == 0:
            continue
        print(i, j)
result = []
for i in range(10):
    if i % 3 == 0:
        continue
    if i > 7:
        break
    result.append(i)
print(result)
i = 0
found = None
while i < 5:
    j = 0
    while j < 5:
        if i * j == 6:
            found = (i, j)
            break
        j += 1
    if found:
        break
    i += 1
print(found)
words = ["apple", "", "banana", "stop", "cherry"]
for w in words:
    if not w:
        continue
    if w == "stop":
        break
    print(w.upper())
