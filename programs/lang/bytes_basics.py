# bytes: indexing gives ints, slicing gives bytes, repr, encode/decode.
data = "héllo wörld".encode("utf-8")
print(data)
print(len(data), len("héllo wörld"))
print(data[0], data[1], data[-1], type(data[0]).__name__)
print(data[:5], data[1:3], type(data[1:3]).__name__)
print(data.decode("utf-8"), data.decode())
print("ABC".encode(), "ABC".encode("ascii"), "日本".encode())
print(bytes([0, 65, 127, 128, 255]))
print(b"\t\n\r\x00\\'", repr(b'"'))
print(b"abc" == "abc".encode(), b"abc" == "abc")
print(list(b"hi"), [b for b in b"AZ"], sum(b"\x01\x02\x03"))
print(b"a b c".split(), b"-".join([b"x", b"y"]), b"abc".replace(b"b", b"B"))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".startswith(b"he"))
print(bytes(range(65, 70)), bytes.fromhex("48 69"), b"Hi".hex())
try:
    data.decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(bytearray(b"abc"), bytes(bytearray(b"x")))
