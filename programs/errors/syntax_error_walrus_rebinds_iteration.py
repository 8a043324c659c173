# := may not rebind a comprehension's own iteration variable (CPython's SyntaxError).
print([i := 0 for i in range(3)])
