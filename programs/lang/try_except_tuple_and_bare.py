# except (A, B) as e, bare except, and exception attributes.
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [1][5]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("zz")
    if kind == 4:
        raise SystemError("sys")
    return "fine"
for k in range(6):
    try:
        print(risky(k))
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index:", type(e).__name__, e)
    except (KeyError, ValueError) as e:
        print("key/value:", type(e).__name__, e.args)
    except:
        print("bare except caught something")
errors = (TypeError, AttributeError)
try:
    None.foo
except errors as e:
    print("tuple in variable:", e)
try:
    raise ValueError("a", 1, [2])
except Exception as e:
    print(e.args, str(e), repr(e))
print(repr(ValueError()), str(ValueError()), repr(ValueError("x")), str(KeyError("k")))
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(Exception, BaseException), issubclass(SystemExit, Exception))
