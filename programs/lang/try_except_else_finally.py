# try/except/else/finally in every combination of paths.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("bad")
        if action == "other":
            raise KeyError("k")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run("ok"))
print(run("raise"))
try:
    run("other")
except KeyError as e:
    print("propagated", repr(e))
try:
    pass
finally:
    print("finally without except")
try:
    int("x")
except (TypeError, ValueError):
    print("tuple caught")
try:
    {}["missing"]
except LookupError as e:
    print("base class caught:", type(e).__name__, e)
try:
    [][0]
except KeyError:
    print("not here")
except IndexError as e:
    print("second clause:", e)
except Exception:
    print("not here either")
e = "before"
try:
    raise RuntimeError("x")
except RuntimeError as e:
    pass
print("e" in dir())
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError as err:
    print("outer caught", err)
