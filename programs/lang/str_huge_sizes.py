# Sizes and indices between 2**53 and 2**63 fit CPython's 64-bit Py_ssize_t:
# they are out of range or too big to allocate (MemoryError), not an
# OverflowError. Only values beyond 64 bits overflow.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


for n in [2**53, 2**62, -2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1]:
    print("n =", n)
    show("  str index", lambda: "abc"[n])
    show("  bytes index", lambda: b"abc"[n])
    show("  empty str *", lambda: "" * n)
    show("  empty list *", lambda: [] * n)
    show("  empty tuple *", lambda: () * n)
    show("  empty bytes *", lambda: b"" * n)
    show("  str *", lambda: "x" * n)
    show("  two-char str *", lambda: "xy" * n)
    show("  two-char bytes *", lambda: b"xy" * n)
    show("  list *", lambda: [1] * n)
    show("  ljust", lambda: "x".ljust(n))
    show("  zfill", lambda: "x".zfill(n))
    show("  split maxsplit", lambda: "a b".split(None, n))
    show("  replace count", lambda: "aaa".replace("a", "b", n))
    show("  find start", lambda: "abc".find("b", n))

    def imul():
        items = []
        items *= n
        return items

    show("  empty list *=", imul)

# Width and precision digits in a format spec: up to 2**63-1 is a width
# (too big to allocate); one more is "Too many decimal digits".
for digits in ["9223372036854775806", "9223372036854775807", "9223372036854775808"]:
    show("format width " + digits, lambda: format("a", digits))
    show("format int width", lambda: format(1, digits))
    show("format float precision", lambda: format(1.0, "." + digits))
    show("str.format width", lambda: ("{:" + digits + "}").format(1))
    show("%-format width", lambda: ("%" + digits + "d") % 1)
show("%-format precision", lambda: "%.2147483648f" % 1)
show("%-format width 2**63+92", lambda: "%9223372036854775900d" % 1)
