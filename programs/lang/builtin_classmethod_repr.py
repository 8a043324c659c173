# Builtin class methods bound to their class print as CPython prints them
# (addresses left out here), and still work through the class or an instance.
for m in (dict.fromkeys, int.from_bytes, object.__init_subclass__, {}.fromkeys):
    print(repr(m).split(' at ')[0])
print(dict.fromkeys("ab", 1), int.from_bytes(b"\x01\x00", "big"), {}.fromkeys([1]))
