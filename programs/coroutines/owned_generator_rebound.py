# A local bound to generators more than once: each rebinding closes the one before (its finally runs there), and the last is closed when the function returns, as CPython does.
def g(n):
    try:
        yield 1
        yield 2
    finally:
        print("g finally", n)
def h2():
    x = g(2)
    next(x)
    x = g(3)
    print(next(x))
    print("h2 end")
h2()
def h3(flag):
    if flag:
        it = g(4)
    else:
        it = g(5)
    for v in it:
        print('v', v)
        break
    print('h3 end')
h3(True)
h3(False)
def h4():
    x = g(6)
    next(x)
    x = g(7)
    x = g(8)
    next(x)
    print('h4 end')
h4()
def g(n):
    try:
        yield 1
    finally:
        print("fin", n)
def h(i):
    x = g(i)
    next(x)
    x = g(i + 100)
    next(x)
    return i
for i in range(25):
    h(i)
print("done")
