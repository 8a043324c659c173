# return/break/continue interacting with finally.
def return_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(return_in_finally())
def finally_overrides_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_overrides_exception())
def finally_runs_on_return():
    try:
        return "value"
    finally:
        print("cleanup before return")
print(finally_runs_on_return())
def return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
print(return_value_evaluated_first())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 1:
            break
    finally:
        print("finally for", i)
def loop_in_try():
    out = []
    for i in range(5):
        try:
            if i == 3:
                return out
            out.append(i)
        finally:
            out.append("f")
print(loop_in_try())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break"
print(break_in_finally())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
