# chr, ord, hex, oct, bin, ascii.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("€"), ord("中"))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(8364), chr(0x4E2D))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "az"], chr(ord("a") + 25))
print(hex(10), hex(-10), oct(10), bin(10), bin(-1))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
print(ascii("abc"), ascii("é"), ascii(["ü", 1]))
caesar = "".join(chr((ord(c) - ord("a") + 3) % 26 + ord("a")) for c in "xyzabc")
print(caesar)
