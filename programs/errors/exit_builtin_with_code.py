# exit(n) with a non-zero code.
def check(items):
    if not items:
        print("nothing to do")
        exit(4)
    return len(items)
print(check([1]))
check([])
