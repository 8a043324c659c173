# Adjacent string literals are concatenated at compile time.
s = "abc" 'def' """ghi"""
print(s)
t = ("first line "
     "second line "
     'third')
print(t)
print("a" r"\n" "b")
print(len("x" "y" "z"))
name = "py"
print("hello " f"{name}" " world")
print(b"by" b"tes")
print(("no" "space"), ("with", "comma"))
