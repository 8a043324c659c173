# // and % with every sign combination (Python floors toward -infinity).
for a in [7, -7]:
    for b in [2, -2, 3, -3]:
        print(f"{a:3} // {b:2} = {a // b:3}   {a:3} % {b:2} = {a % b:3}   divmod = {divmod(a, b)}")
print(0 // 5, 0 % 5, -0 // 5)
print(1 // 1, -1 // 1, 5 % 1)
print(10 ** 20 // 7, 10 ** 20 % 7, -(10 ** 20) // 7, -(10 ** 20) % 7)
print((-5) % 10, -5 % 10, -(5 % 10))
for a, b in [(13, 4), (-13, 4), (13, -4), (-13, -4)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
