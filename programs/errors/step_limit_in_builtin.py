# pygil: --max-steps 100000
# cpython: skip (--max-steps is pygil's: CPython would run for hours)
# A builtin looping over a huge iterator stops at --max-steps like a Python loop.
print(sum(range(1000)))
print(sum(range(10**12)))
print("not reached")
