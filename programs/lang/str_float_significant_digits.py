# Significant-digit formatting ('e', 'g', '%e', '%g', format with a
# precision) of floats just below a power of ten: the digits come from the
# exact binary value, so 1e-7 (a little under 10**-7) shows as
# 9.9999999999999995e-08 with 17 digits.

values = [1e-7, 1e-5, 1e-6, 1e-300, 1e-310, 1e22, 1e23, 0.001, 0.3, 1e-100, 1e-200, 5e-324, 9.5, 0.95]
for v in values:
    print(repr(v))
    for p in (1, 2, 15, 16, 17, 18, 20):
        print(" ", p, format(v, f".{p}e"), format(v, f".{p}g"), format(v, f"#.{p}G"), format(v, f".{p}"))
    print("  %", "%.17g|%.16e|%.20e" % (v, v, v))
print(format(1e-7, "^ z20.17g"), format(1e-7, "12_.17"), format(1e-7, "=+z#.17G"))
