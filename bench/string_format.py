# String formatting: f-strings, %-formatting, str.format and join.
total = 0
last = ""
for i in range(200000):
    a = f"{i}:{i * 2:05d}"
    b = "%s-%d" % ("x", i)
    c = "{}/{}".format(i, "y")
    last = ",".join([a, b, c])
    total += len(last)
print(total, last)
