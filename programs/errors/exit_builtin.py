# exit() with no argument exits with code 0.
print("before exit")
for i in range(3):
    if i == 1:
        exit()
    print("i =", i)
print("not reached")
