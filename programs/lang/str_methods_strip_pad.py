# strip family, padding and alignment methods.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."))
print("hello".rstrip("lo"), "--x--".rstrip("-"))
print(repr("hi".center(6)), repr("hi".center(7, "*")), repr("hi".center(1)))
print(repr("hi".ljust(5)), repr("hi".rjust(5, ".")), repr("hello".ljust(3)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("a\tb\tc".expandtabs(4), "x\ty".expandtabs())
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
print(repr("odd".center(6, "-")), repr("even".center(7, "-")))
