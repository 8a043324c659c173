# Semicolons and one-line compound statements.
a = 1; b = 2; c = a + b; print(a, b, c)
x = 5;
print(x)
if x > 3: print("big"); print("still big")
else: print("small")
for i in range(3): print(i, end=" "); print("|", end=" ")
print()
n = 0
while n < 3: n += 1
print(n)
def sq(v): return v * v
print(sq(7))
class P: pass
print(type(P()).__name__)
try: 1 / 0
except ZeroDivisionError: print("caught")
finally: print("finally")
if x: pass
while False: pass
else: print("while-else")
class CM:
    def __enter__(self): return "entered"
    def __exit__(self, *a): print("exited"); return False
with CM() as cm: print("with", cm)
