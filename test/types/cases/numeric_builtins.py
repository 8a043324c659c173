# abs, round, divmod, pow, hex, oct and bin, including their fallbacks to special methods.
print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-10**30), abs(-0.0), abs(False))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(True, 2), divmod(10**20, 7))
print(pow(2, 10), pow(2, -1), pow(2, 0.5), pow(2, 10, 1000), pow(3, -2, 7), pow(-2, 3, 5), pow(2, 3, -5), pow(base=2, exp=3), pow(2, exp=3, mod=5))
print(pow(10**20, 3, 10**9 + 7), pow(7, 0, 1), pow(0, 0), pow(2.0, 3), pow(-8, 1 / 3) if False else "")
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), bin(True), hex(2**70))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(7), round(7, -1), round(True), round(1.5, ndigits=None), round(number=2.5))
class Idx:
    def __index__(self):
        return 10
class V:
    def __abs__(self):
        return "abs!"
    def __round__(self, n=None):
        return ("round", n)
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
print(hex(Idx()), bin(Idx()), oct(Idx()), abs(V()), round(V()), round(V(), 2), round(V(), None))
print(divmod(V(), 1), divmod(1, V()), pow(V(), 2), pow(V(), 2, 3))
