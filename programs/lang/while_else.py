# while loops with else (runs only without break).
n = 0
while n < 3:
    print("n", n)
    n += 1
else:
    print("else after normal exit, n =", n)
n = 0
while n < 10:
    if n == 2:
        print("breaking at", n)
        break
    n += 1
else:
    print("never printed")
while False:
    print("never")
else:
    print("else with false condition")
def find(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            return i
        i += 1
    else:
        return -1
print(find([4, 5, 6], 5), find([4, 5, 6], 9))
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
    print("even", count)
