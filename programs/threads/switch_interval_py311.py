# pygil: --gil-model py311
# Under the py311 GIL model sys.getswitchinterval() is CPython 3.11's 5 ms and can be changed.
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
