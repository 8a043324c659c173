# Format spec mini-language: fill, align, sign, width, zero padding.
for v in [42, -42, 0]:
    print(f"[{v:<8}][{v:>8}][{v:^8}][{v:=8}][{v:+}][{v: }][{v:-}]")
print(f"[{'s':*<5}][{'s':*>5}][{'s':*^5}][{'s':_^6}]")
print(f"[{3.5:+08.2f}][{-3.5:08.2f}][{3.5:=+10.1f}]")
print(f"[{42:010}][{-42:010}][{42:#010x}][{-42:#010b}]")
print(f"[{'abc':5}][{123:5}][{1.5:7}]")
print(format(12, "^7"), format("x", "->3"), format(7, "0>4"))
print(f"[{'中':*^5}][{True:>6}][{None!s:>6}]")
print(f"[{-0.0:+.1f}][{0.0:+.1f}][{float('inf'):+}][{float('nan'):>5}]")
print(f"[{5:x<4}][{5:0<4}][{'ab':<1}]")
