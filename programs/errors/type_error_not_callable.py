# TypeError: 'int' object is not callable.
def run(callback, value):
    return callback(value)

def process():
    handler = 42
    return run(handler, "data")

print(run(len, "data"))
process()
