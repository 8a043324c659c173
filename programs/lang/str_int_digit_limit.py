# CPython 3.11's cap on decimal digits in int <-> str conversions: the
# digits counted up to the first non-digit, and sys.get/set_int_max_str_digits.
import sys


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, str(e)[:160])
    else:
        print(label, repr(r)[:60])


show("4300 underscored digits", lambda: int("1_" * 4300 + "1") > 0)
show("4301 digits then junk", lambda: int("9" * 4301 + "x"))
show("4301 digits then space junk", lambda: int("1" * 4301 + " x"))
show("4300 digits then junk", lambda: int("9" * 4300 + "x"))
show("trailing underscore", lambda: int("1_" * 4301))
show("double underscore", lambda: int("1" * 4301 + "__"))
show("base 16 has no cap", lambda: int("1" * 4301, 16) > 0)
show("base 7 has one", lambda: int("1" * 4301, 7))
show("octal digits then a 9", lambda: int("1" * 4301 + "9", 8) > 0)
show("str of 10**4300", lambda: str(-10**4300))
show("str of 10**4299", lambda: len(str(-10**4299)))

show("default", lambda: sys.get_int_max_str_digits())
show("too small", lambda: sys.set_int_max_str_digits(100))
show("negative", lambda: sys.set_int_max_str_digits(-1))
show("not an int", lambda: sys.set_int_max_str_digits("a"))
show("no argument", lambda: sys.set_int_max_str_digits())
show("get with argument", lambda: sys.get_int_max_str_digits(1))
show("set 700", lambda: sys.set_int_max_str_digits(maxdigits=700))
show("now", lambda: sys.get_int_max_str_digits())
show("str of 701 digits", lambda: str(10**700))
show("int of 701 digits", lambda: int("1" * 701))
show("f-string", lambda: f"{10**700}")
show("%d", lambda: "%d" % 10**700)
show("700 digits fine", lambda: len(str(10**699)))
show("set 0", lambda: sys.set_int_max_str_digits(0))
show("no cap", lambda: len(str(10**5000)))
show("int_info", lambda: sys.int_info.default_max_str_digits)
