# Triple-quoted strings.
s = """line one
line two
    indented line"""
print(s)
print(len(s.splitlines()))
t = '''single 'quoted' "mixed" triple'''
print(t)
u = """starts with newline
"""
print(repr(u))
v = """a "quote" and ""two"" inside"""
print(v)
w = """escaped \
newline"""
print(w)
def doc():
    """This is a docstring."""
    return 1
print(doc.__doc__)
print(doc())
x = """\tescape\tworks\n"""
print(repr(x))
print('''''' == "")
