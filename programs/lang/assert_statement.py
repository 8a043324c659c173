# assert statements.
assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert False, "with message"
except AssertionError as e:
    print("AssertionError:", e)
try:
    x = 5
    assert x < 0, f"x was {x}"
except AssertionError as e:
    print(e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
def check(n):
    assert isinstance(n, int), "need int"
    return n * 2
print(check(4))
try:
    check("a")
except AssertionError as e:
    print("failed:", e)
