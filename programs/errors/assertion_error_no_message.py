# Uncaught AssertionError without a message.
def check_positive(n):
    assert n > 0
    return n

print(check_positive(5))
print(check_positive(-5))
