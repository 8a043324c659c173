# SyntaxError: 'return' outside function.
for i in range(3):
    print(i)
return i
