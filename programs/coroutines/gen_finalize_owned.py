# A generator kept only in a local variable is closed when the function
# returns, or when the variable is bound to a new generator, as CPython's
# reference counting does: its finally blocks run at that moment. A
# generator that escapes (returned, stored, passed on) is not closed there.
def numbers(name):
    try:
        n = 0
        while True:
            n += 1
            yield n
    finally:
        print("  numbers", name, "closed")


def take_two():
    g = numbers("local")
    print("  took", next(g), g.send(None))
    print("  leaving take_two")
    return "done"


def each_round():
    for i in range(3):
        g = numbers(f"round {i}")
        print("  round", i, "got", next(g))
    print("  rounds over")


def iterate():
    g = numbers("iterated")
    for x in g:
        if x == 2:
            break
    print("  loop left, generator still referenced")


kept = []


def escapes():
    g = numbers("kept in a list")
    next(g)
    kept.append(g)
    print("  leaving escapes")


def returns_it():
    g = numbers("returned")
    next(g)
    return g


def conditional(flag):
    if flag:
        g = numbers("maybe")
        next(g)
    print("  flag", flag)


print("take_two:")
print(take_two())
print("each_round:")
each_round()
print("iterate:")
iterate()
print("escapes:")
escapes()
print("returns_it:")
r = returns_it()
print("  got it back:", next(r))
r.close()
print("conditional:")
conditional(False)
conditional(True)
print("end of program")
