# SyntaxError: unterminated string literal.
print("ok")
message = "hello
print(message)
