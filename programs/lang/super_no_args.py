# super() with no arguments outside a method: CPython checks for an
# argument before looking for the class.
def f():
    return super()


def g(x):
    return super()


class A:
    def m(self):
        def inner():
            return super()
        return inner()


for fn in (f, lambda: g(1), lambda: A().m()):
    try:
        fn()
    except RuntimeError as e:
        print('RuntimeError:', e)
