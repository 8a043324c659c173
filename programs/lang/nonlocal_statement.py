# nonlocal statement.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x
print(outer())
def accumulator():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, items
    return add
acc = accumulator()
acc(5)
print(acc(10))
def shadowing():
    x = 1
    def inner():
        x = 2
        return x
    inner()
    return x
print(shadowing())
def two_levels():
    a = 1
    def l1():
        a = 10
        def l2():
            nonlocal a
            a += 1
        l2()
        return a
    return l1(), a
print(two_levels())
