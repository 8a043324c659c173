# input() reads stdin lines (prompt to stdout); EOF raises EOFError
name = input()
age = input("Age? ")
print("Hello", repr(name), "age", age)
print(repr(input("> ")))
print(repr(input(42)))
try:
    input("last? ")
except EOFError as e:
    print()
    print("EOFError:", e)
