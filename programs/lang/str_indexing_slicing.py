# String indexing, slicing, iteration, immutability, concatenation and repetition.
s = "Python"
print(s[0], s[5], s[-1], s[-6])
print(s[1:4], s[:2], s[2:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[4:1:-1], s[-1:-4:-1])
print(s[10:], s[-100:2], s[3:1], repr(s[6:]))
print(len(s), len(""), len("\n"))
for ch in "abc":
    print(ch, end=",")
print()
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print(s + "3", s * 2, 2 * "ab", "x" * 0, "x" * -1)
print(min(s), max(s), sorted(s), list(reversed(s)))
print("".join(reversed(s)), s.upper()[::-1])
print(str(123)[::-1], "a" + str(1) + "b")
print(s[1:5:2], s[5:0:-2], s[::-2])
