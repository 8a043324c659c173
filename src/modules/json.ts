// The json module: dumps/dump with CPython's formatting (separators,
// indent, sort_keys, ensure_ascii escapes, NaN/Infinity, default=,
// skipkeys, circular-reference detection) and loads/load with its decoder's
// error messages and positions (JSONDecodeError). Written in Python.

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { hiddenFiles } from '../vm/traceback.js';

const FILE = '<pygil json>';

const SOURCE = `
class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\\n', 0, pos) + 1
        colno = pos - doc.rfind('\\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# ---------------------------------------------------------------- encoding

_ESCAPES = {'"': '\\\\"', '\\\\': '\\\\\\\\', '\\n': '\\\\n', '\\r': '\\\\r', '\\t': '\\\\t', '\\b': '\\\\b', '\\f': '\\\\f'}


def _quote(s, ensure_ascii):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ch < ' ' or (ensure_ascii and ch > '~'):
            code = ord(ch)
            if code > 0xFFFF:
                # Outside the BMP: a surrogate pair, as JSON spells it.
                code -= 0x10000
                out.append('\\\\u%04x\\\\u%04x' % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                out.append('\\\\u%04x' % code)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _float_text(f, allow_nan):
    if f != f:
        text = 'NaN'
    elif f == float('inf'):
        text = 'Infinity'
    elif f == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.markers = {} if check_circular else None
        self.allow_nan = allow_nan
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is None:
            separators = (', ', ': ') if indent is None else (',', ': ')
        self.item_separator, self.key_separator = separators
        self.default = default
        self.sort_keys = sort_keys

    def _mark(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[id(o)] = o

    def _unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level, out):
        if isinstance(o, str):
            out.append(_quote(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._array(o, level, out)
        elif isinstance(o, dict):
            self._object(o, level, out)
        else:
            self._mark(o)
            if self.default is None:
                raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')
            self.encode(self.default(o), level, out)
            self._unmark(o)

    def _open(self, bracket, level, out):
        out.append(bracket)
        if self.indent is None:
            return self.item_separator
        newline = '\\n' + self.indent * (level + 1)
        out.append(newline)
        return self.item_separator + newline

    def _close(self, bracket, level, out):
        if self.indent is not None:
            out.append('\\n' + self.indent * level)
        out.append(bracket)

    def _array(self, lst, level, out):
        if not lst:
            out.append('[]')
            return
        self._mark(lst)
        separator = self._open('[', level, out)
        for i, value in enumerate(lst):
            if i:
                out.append(separator)
            self.encode(value, level + 1, out)
        self._close(']', level, out)
        self._unmark(lst)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def _object(self, dct, level, out):
        if not dct:
            out.append('{}')
            return
        self._mark(dct)
        separator = self._open('{', level, out)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                out.append(separator)
            first = False
            out.append(_quote(key, self.ensure_ascii))
            out.append(self.key_separator)
            self.encode(value, level + 1, out)
        self._close('}', level, out)
        self._unmark(dct)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    out = []
    _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys).encode(obj, 0, out)
    return ''.join(out)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


# ---------------------------------------------------------------- decoding

_WS = ' \\t\\n\\r'
_SIMPLE_ESCAPES = {'"': '"', '\\\\': '\\\\', '/': '/', 'b': '\\b', 'f': '\\f', 'n': '\\n', 'r': '\\r', 't': '\\t'}
_HEX = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'


class _Decoder:
    def __init__(self, s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict):
        self.s = s
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or float
        self.strict = strict

    def skip(self, i):
        s = self.s
        while i < len(s) and s[i] in _WS:
            i += 1
        return i

    def fail(self, msg, pos):
        raise JSONDecodeError(msg, self.s, pos)

    def value(self, i):
        s = self.s
        if i >= len(s):
            self.fail('Expecting value', i)
        ch = s[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == '{':
            return self.object(i + 1)
        if ch == '[':
            return self.array(i + 1)
        for word, result in (('null', None), ('true', True), ('false', False)):
            if s.startswith(word, i):
                return result, i + len(word)
        for word in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(word, i):
                return self.parse_constant(word), i + len(word)
        return self.number(i)

    def number(self, start):
        s = self.s
        n = len(s)
        i = start
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and s[i] in '123456789':
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            self.fail('Expecting value', start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def string(self, i):
        s = self.s
        begin = i - 1
        parts = []
        while True:
            j = i
            while j < len(s) and s[j] != '"' and s[j] != '\\\\' and (s[j] >= ' ' or not self.strict):
                j += 1
            parts.append(s[i:j])
            if j >= len(s):
                self.fail('Unterminated string starting at', begin)
            ch = s[j]
            if ch == '"':
                return ''.join(parts), j + 1
            if ch != '\\\\':
                self.fail('Invalid control character at', j)
            if j + 1 >= len(s):
                self.fail('Unterminated string starting at', begin)
            esc = s[j + 1]
            if esc == 'u':
                digits = s[j + 2:j + 6]
                if len(digits) != 4 or any(c not in _HEX for c in digits):
                    self.fail('Invalid \\\\uXXXX escape', j + 1)
                parts.append(chr(int(digits, 16)))
                i = j + 6
            elif esc in _SIMPLE_ESCAPES:
                parts.append(_SIMPLE_ESCAPES[esc])
                i = j + 2
            else:
                self.fail('Invalid \\\\escape', j)

    def object(self, i):
        s = self.s
        pairs = []
        i = self.skip(i)
        if i < len(s) and s[i] == '}':
            return self.finish_object(pairs), i + 1
        if i >= len(s) or s[i] != '"':
            self.fail('Expecting property name enclosed in double quotes', i)
        while True:
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(s) or s[i] != ':':
                self.fail("Expecting ':' delimiter", i)
            i = self.skip(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.skip(i)
            if i < len(s) and s[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                self.fail("Expecting ',' delimiter", i)
            i = self.skip(i + 1)
            if i >= len(s) or s[i] != '"':
                self.fail('Expecting property name enclosed in double quotes', i)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def array(self, i):
        s = self.s
        values = []
        i = self.skip(i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = self.skip(i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                self.fail("Expecting ',' delimiter", i)
            i = self.skip(i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, strict=True, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if s.startswith('\\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    d = _Decoder(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict)
    obj, end = d.value(d.skip(0))
    end = d.skip(end)
    if end != len(s):
        d.fail('Extra data', end)
    return obj


def load(fp, **kw):
    return loads(fp.read(), **kw)
`;

registerModule('json', (proc, ns) => {
  hiddenFiles.add(FILE);
  const internal = runPythonSource(proc, FILE, SOURCE, { __name__: 'json' });
  for (const name of ['dumps', 'dump', 'loads', 'load', 'JSONDecodeError']) ns.set(name, internal.get(name));
});
