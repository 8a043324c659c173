# SyntaxError: '(' was never closed.
print("never printed")
result = max(1, 2
print(result)
