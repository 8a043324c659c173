# cpython: skip (numpy may be installed for CPython; pygil has no numpy, expected output is CPython's without it)
# ModuleNotFoundError for a real third-party package that pygil does not provide.
print("importing numpy")
import numpy
print("not reached")
