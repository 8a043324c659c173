# The names a script's module starts with, as CPython 3.11 sets them:
# dir() and the values that do not depend on the machine.
print(dir())
print(__name__, __doc__, __package__, __spec__, __cached__)
print(type(__loader__).__name__, type(__loader__).__module__)
print(__builtins__, __builtins__.len is len)
print(__annotations__)
limit: int = 10
print(__annotations__, sorted(k for k in globals() if not k.startswith('__')))
