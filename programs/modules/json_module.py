# json: dumps/dump formatting (indent, separators, sort_keys, escapes, NaN,
# default=, skipkeys, cycles) and loads/load with the decoder's errors.
import json
data = {'name': 'Ada', 'age': 36, 'langs': ['en', 'fr'], 'ok': True, 'none': None, 'pi': 3.14, 'n': -0.0, 'big': 10**20, 'nested': {'a': [1, {'b': 2}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2], indent='\t'), json.dumps({'a': 1}, separators=(',', ':')), json.dumps('héllo ✓ \n "q" \\ \x01'), json.dumps('héllo', ensure_ascii=False))
print(json.dumps({1: 'int', True: 'bool', None: 'none', 2.5: 'f'}), json.dumps([float('inf'), float('nan')]), json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps({'a': {}}, indent=1))
print(json.dumps((1, 2)), json.dumps('😀'), json.dumps({'b': 1, 'a': 2}, sort_keys=True))
for bad in ({1, 2}, {(1, 2): 3}, object):
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError:', e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError:', e)
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps({'s': {1, 2}}, default=sorted), json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True))
s = json.dumps(data)
print(json.loads(s) == data, json.loads('[1, 2.5, "x", true, false, null, {"a": -1e3}]'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\/"'), json.loads(' {"a" : [ ] } '), json.loads('NaN'), json.loads('-Infinity'), json.loads('1E2'), json.loads('12'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1]', object_hook=None), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)), json.loads('1.5', parse_float=str))
for bad in ('', '[1,]', '{"a" 1}', '{a: 1}', '[1 2]', '"abc', '[1] x', 'tru', '{"a": 1,}', '"\x01"', '01', '[', '{"a":', '-', '"\\x"', '1.', '[1, 2', '  '):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.loads('[\n  1,\n  2\n]'), repr(json.dumps(None)), json.dumps("\u2028"))
try:
    json.loads('{\n  "a": 1\n  "b": 2\n}')
except json.JSONDecodeError as e:
    print(e)
import io
buf = io.StringIO()
json.dump({'x': [1, 2], 'y': 'z'}, buf, indent=2)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=2, separators=(',', ' = ')), json.dumps([1, [2, {}]], indent=0))
print(json.loads(b'[1]'), json.loads('[1.0, 1e400, -0]'), json.loads('{"a": [1, 2]}', object_pairs_hook=list))
for bad in ['"\\u12"', '"\\u12zz"', '"\\', '"abc\\', '\ufeff[1]', '{"a": 1 "b": 2}', '[1, 2]]', 'nul', '{"a"', '["a\nb"]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e)
try:
    json.loads(5)
except TypeError as e:
    print(e)
class Color:
    def __init__(self, r):
        self.r = r
print(json.dumps({'c': Color(5)}, default=lambda o: o.__dict__), json.dumps('\x7f\u00ff'), json.dumps(True), json.dumps(12.0), json.dumps(1e16))
print(json.loads(json.dumps({'k': '😀 é'}, ensure_ascii=False)), json.loads('"\\ud83d\\ude00"') == '😀')
