# Recursion through builtins (repr, sorted keys, map) ends in RecursionError,
# never in a crash of pygil itself.
class A:
    def __repr__(self):
        return repr(self)


def key(x):
    return sorted([x], key=key)


def m(x):
    return list(map(m, [x]))


for f in (lambda: repr(A()), lambda: key(1), lambda: m(1), lambda: str(A())):
    try:
        f()
    except RecursionError:
        print("RecursionError")
print("still running")
