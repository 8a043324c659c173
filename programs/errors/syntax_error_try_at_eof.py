# The file ends where an except or finally clause should start.
try:
    pass
