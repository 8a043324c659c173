# SyntaxError: missing colon (nothing is printed: the file does not compile).
print("never printed")
def f(x)
    return x
