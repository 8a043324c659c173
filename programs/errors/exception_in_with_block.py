# __exit__ runs when an exception escapes a with block, then the traceback is printed.
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("release after", exc_type.__name__)
        return False

def use():
    with Resource():
        print("using")
        raise PermissionError("access denied")

use()
