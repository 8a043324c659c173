# List slicing with steps, negative indices and out-of-range bounds.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7])
print(a[::2], a[1::2], a[::3], a[::-1], a[::-2])
print(a[8:2:-1], a[8:2:-3], a[2:8:-1], a[-1:-5:-1])
print(a[100:], a[-100:2], a[5:100], a[3:3])
print(a[None:None:None] == a, a[slice(1, 4)])
b = a[:]
b[0] = 99
print(a[0], b[0], a[:] is a)
print(a[-1], a[-10])
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
nested = [[1, 2], [3, 4], [5, 6]]
print(nested[1:][0][1], nested[::-1][0])
s = (0, 1, 2, 3, 4)
print(s[1:4], s[::-1], type(s[1:2]).__name__)
print(a[-3:-1], a[-1:], a[:-1][-1])
