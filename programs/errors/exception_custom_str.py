# Uncaught custom exception subclass with a custom __str__.
class HttpError(RuntimeError):
    def __init__(self, status):
        super().__init__(status)
        self.status = status
    def __str__(self):
        return f"HTTP {self.status}"

class NotFound(HttpError):
    pass

def fetch(path):
    if path != "/":
        raise NotFound(404)
    return "index"

print(fetch("/"))
print(fetch("/missing"))
