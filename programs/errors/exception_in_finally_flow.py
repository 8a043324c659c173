# finally runs, output is printed, then the exception propagates.
def work():
    try:
        print("working")
        raise ValueError("work failed")
    finally:
        print("cleanup")

try:
    work()
finally:
    print("outer cleanup")
