# ValueError: too many values to unpack.
def split_pair(s):
    key, value = s.split("=")
    return key, value

print(split_pair("a=1"))
print(split_pair("a=1=2"))
