# A block that never comes: the file ends after the colon. CPython running a
# file reports the end of the input without a column, so no caret.
x = 1
try:
