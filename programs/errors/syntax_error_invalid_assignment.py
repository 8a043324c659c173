# SyntaxError: cannot assign to a function call / literal.
x = 1
f() = x
