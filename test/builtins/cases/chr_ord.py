# chr() and ord()
print(chr(65), chr(0x1F600), chr(233), repr(chr(0)), repr(chr(10)), chr(True), ord(chr(0x10FFFF)) == 0x10FFFF)
print(ord("A"), ord("é"), ord("😀"), ord("\n"), ord(b"a"), ord("\x00"))
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) for c in "h😀"])
class Idx:
    def __index__(self):
        return 97
print(chr(Idx()))
for bad in [-1, 0x110000, 2**31 - 1]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["ab", "", "😀😀", b"ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
