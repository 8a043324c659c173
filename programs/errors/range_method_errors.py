# range methods: argument counts, a self of the wrong type, and index() of
# what is not in the range, with CPython's messages.
cases = [
    ('range(5).index()', lambda: range(5).index()),
    ('range(5).count()', lambda: range(5).count()),
    ('range(5).index(1,2)', lambda: range(5).index(1,2)),
    ('range.index(5,1)', lambda: range.index(5,1)),
    ('range(5).__contains__()', lambda: range(5).__contains__()),
    ('range(5).count(1, x=2)', lambda: range(5).count(1, x=2)),
    ('range(5).index(x=1)', lambda: range(5).index(x=1)),
    ('range.count([], 1)', lambda: range.count([], 1)),
    ('range.__contains__(3, 1)', lambda: range.__contains__(3, 1)),
    ('range(5).__eq__()', lambda: range(5).__eq__()),
    ('range.__eq__(1, 2)', lambda: range.__eq__(1, 2)),
    ('range(5).__eq__(3)', lambda: range(5).__eq__(3)),
    ('range(5) == range(0, 5)', lambda: range(5) == range(0, 5)),
    ('range(5).__hash__(1)', lambda: range(5).__hash__(1)),
    ('range.__bool__(0)', lambda: range.__bool__(0)),
    ('range(5).index(3)', lambda: range(5).index(3)),
    ('range(5).count(7)', lambda: range(5).count(7)),
    ('range(0, 10, 2).index(4)', lambda: range(0, 10, 2).index(4)),
    ('range(5).index("a")', lambda: range(5).index("a")),
    ('range(5).index(7)', lambda: range(5).index(7)),
    ('range(5).index(True)', lambda: range(5).index(True)),
    ('range(2, 3).index(False)', lambda: range(2, 3).index(False)),
    ('range(10**20, 10**20 + 3).index(10**20 + 5)', lambda: range(10**20, 10**20 + 3).index(10**20 + 5)),
    ('range.__len__(4)', lambda: range.__len__(4)),
    ('range(3).__reversed__(1)', lambda: range(3).__reversed__(1)),
    ('range(5).__getitem__()', lambda: range(5).__getitem__()),
    ('range.__getitem__(3, 1)', lambda: range.__getitem__(3, 1)),
    ('range.__repr__(5)', lambda: range.__repr__(5)),
    ('range(3).__iter__(1)', lambda: range(3).__iter__(1)),
    ('list(range(3).__reversed__())', lambda: list(range(3).__reversed__())),
    ('range(5).count(2.0)', lambda: range(5).count(2.0)),
    ('range(5).index(2.0)', lambda: range(5).index(2.0)),
]
for text, fn in cases:
    try:
        print(text, '->', fn())
    except Exception as e:
        print(text, '->', type(e).__name__, e)
