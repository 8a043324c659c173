# Builtin special methods read from their class show as slot wrappers, the others as methods, as in CPython.
for m in (object.__init__, int.__add__, list.append, str.join, type.__call__, list.__getitem__, int.__format__,
          list.__reversed__, dict.__contains__, str.__len__, object.__repr__, dict.__getitem__, float.__round__):
    print(repr(m))
