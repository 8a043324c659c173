# String case methods.
s = "hello World, it's PYTHON 3"
print(s.upper())
print(s.lower())
print(s.capitalize())
print(s.title())
print(s.swapcase())
print(s.casefold())
print("ß".upper(), "éa".upper())
print("abc".upper().lower(), "".upper(), "123".upper())
print("hello world".title(), "o'neil mcdonald".title(), "ABC def".capitalize())
print("ÄÖÜ".lower(), "straße".casefold())
