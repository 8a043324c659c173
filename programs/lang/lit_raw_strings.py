# Raw strings keep backslashes.
print(r"C:\new\table")
print(R"\n is two chars", len(r"\n"))
print(r'\'', len(r'\''))
print(repr(r"\d+\.\d*"))
print(r"\u4e2d")
print(rb"\x00" == b"\\x00")
print(Rb"\t", bR"\t", BR"\n")
print(r"""raw
triple\n""")
print(len(r"\\"))
