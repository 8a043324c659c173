# A string as a module's first statement is its docstring: __doc__ (as for
# functions and classes).
"""Module doc."""
print(__doc__)
def f():
    "fdoc"
print(f.__doc__)
class C:
    "cdoc"
print(C.__doc__, __name__)
