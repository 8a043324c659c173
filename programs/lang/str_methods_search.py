# find, rfind, index, rindex, count, startswith, endswith, in.
s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.find("at", 6, 9), s.find("dog"))
print(s.rfind("at"), s.rfind("the"), s.rfind("x"))
print(s.index("sat"), s.rindex("t"))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
print(s.count("at"), s.count("t"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith("cat", 4), s.startswith(("x", "th")))
print(s.endswith("mat"), s.endswith(("dog", "at")), s.endswith("sat", 0, 11))
print("" in s, "cat" in s, s.find(""), s.find("", 100))
print("abc".find("c", -1), "abcabc".rfind("abc", 0, 5))
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("", "-")[:10])
print("mississippi".partition("ss"), "mississippi".rpartition("ss"))
print("abc".partition("x"), "abc".rpartition("x"))
