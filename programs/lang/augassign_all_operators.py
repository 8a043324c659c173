# Every augmented assignment operator.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x /= 4; print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 0b0101; print(y)
y ^= 0b1111; print(y)
y <<= 3; print(y)
y >>= 1; print(y)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"n": 1}
d["n"] += 10
print(d)
class C: pass
c = C()
c.v = 3
c.v **= 3
print(c.v)
f = 7.5
f //= 2; print(f)
f %= 2; print(f)
n = -7
n //= 2; print(n)
n = -7
n %= 3; print(n)
