# input() reads lines from stdin (fed from builtin_input_stdin.in).
name = input()
print("Hello,", name)
age = int(input("Age? "))
print("Next year:", age + 1)
numbers = [int(x) for x in input().split()]
print("sum =", sum(numbers))
line = input()
print(repr(line))
try:
    while True:
        print("extra:", input())
except EOFError:
    print("EOF reached")
