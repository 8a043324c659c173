# return, break and continue inside finally blocks that run for a return:
# the value being returned is dropped when the finally leaves the loop.
def f():
    for x in [1, 2, 3, 4]:
        try:
            return x
        finally:
            if x < 3:
                continue
    return "done"
print(f())
def g():
    for x in [1, 2]:
        try:
            return x
        finally:
            continue
    return "done"
print(g())
def h():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            print("caught")
print(h())
def h2():
    for i in range(3):
        try:
            return i
        finally:
            try:
                if i < 2:
                    continue
            finally:
                print("inner finally", i)
    return 'x'
print(h2())
def h3():
    while True:
        try:
            return 'r'
        finally:
            break
    return 'after break'
print(h3())
def h4():
    with open_ctx() as c:
        try:
            return 'w'
        finally:
            print('fin')
class open_ctx:
    def __enter__(self): return self
    def __exit__(self, *a): print('exit'); return False
print(h4())
