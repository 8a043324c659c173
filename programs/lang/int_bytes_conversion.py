# int.to_bytes and int.from_bytes round trips, signed and unsigned, both byte orders, and a million-byte number (linear time).
import random
random.seed(5)
for n in (0, 1, 2, 3, 7, 8, 9, 100):
    for signed in (False, True):
        for order in ('big', 'little'):
            b = bytes(random.randrange(256) for _ in range(n))
            v = int.from_bytes(b, order, signed=signed)
            back = v.to_bytes(n, order, signed=signed) if n else b''
            print(n, signed, order, v % 1000003, back == b)
print((-1).to_bytes(3, 'big', signed=True), (255).to_bytes(2, 'little'), (2**64-1).to_bytes(8, 'big'))
print(int.from_bytes(b'\x00\x01', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes([1, 2, 3], 'big'))
big = int.from_bytes(b'\x01' * 1000000, 'big')
print(big.bit_length(), len(big.to_bytes(1000000, 'little')))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
