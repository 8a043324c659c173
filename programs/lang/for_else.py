# for loops with else.
for i in range(3):
    print(i)
else:
    print("done, i =", i)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("else on empty loop")
for ch in "hello":
    if ch == "l":
        print("found l")
        break
else:
    print("not found")
for k in {"a": 1, "b": 2}:
    print("key", k)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(3):
    pass
print("loop var survives:", i)
