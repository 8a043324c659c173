# SyntaxError: unterminated triple-quoted string literal.
print("ok")
doc = """never closed
print(doc)
