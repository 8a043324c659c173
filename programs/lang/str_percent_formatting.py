# printf-style % formatting.
print("%s is %d years" % ("Ann", 30))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%08.2f|%+.1f" % (3.14159, 3.14159, 3.14159, 3.14159, 2.0))
print("%e|%.2E|%g|%g|%G" % (12345.678, 0.000123, 0.0001, 1e-5, 1e20))
print("%x|%X|%#x|%o|%#o" % (255, 255, 255, 8, 8))
print("%s|%r|%a" % ("hi", "hi", "é"))
print("%c%c" % (72, "i"))
print("100%% sure, %s" % "yes")
print("%(name)s is %(age)d" % {"name": "Bob", "age": 7})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % ("a", "b"))
print("%i %u" % (7, 8), "%.3s" % "abcdef", "%10.2s|" % "xyz")
print("%d" % 3.99, "%s" % None, "%5s|%-5s|" % ("ab", "cd"))
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
