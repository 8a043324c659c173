# cpython: skip (CPython names the file by its absolute path in this message)
# Bytes that are not UTF-8, with no coding comment, are a SyntaxError (PEP 263).
print("café")
