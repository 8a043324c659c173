# sys.argv: the program name followed by the arguments from sys_argv_with_args.args.
import sys
print(sys.argv[0])
print(len(sys.argv), sys.argv[1:])
total = 0
for arg in sys.argv[1:]:
    if arg.isdigit():
        total += int(arg)
print("numeric total:", total)
print([a.upper() for a in sys.argv[1:] if not a.isdigit()])
