# NameError with CPython 3.11's "Did you mean" suggestion.
def compute():
    counter = 10
    return countr + 1

print("before")
print(compute())
