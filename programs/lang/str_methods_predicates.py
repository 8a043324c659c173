# is* predicate methods.
tests = ["abc", "ABC", "Abc", "123", "abc123", "", " ", "\t\n", "Hello World", "hello world", "a_b", "Ab1 "]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isnumeric(), t.isdecimal())
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "中文".isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii())
print("Hello".isprintable(), "a\nb".isprintable())
