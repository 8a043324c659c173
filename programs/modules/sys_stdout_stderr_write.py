# sys.stdout.write and sys.stderr.write.
import sys
n = sys.stdout.write("no newline; ")
sys.stdout.write("same line\n")
print("write returned", n)
sys.stderr.write("error line 1\n")
sys.stderr.write("error ")
sys.stderr.write("line 2\n")
sys.stdout.write("multi\nline\n")
print("via print", file=sys.stdout)
sys.stdout.flush()
print("after flush")
for i in range(3):
    sys.stdout.write(str(i))
sys.stdout.write("\n")
