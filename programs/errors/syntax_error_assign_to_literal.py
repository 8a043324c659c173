# SyntaxError: cannot assign to literal.
print("start")
1 = x
