// string.Template, in Python (run by py-source.ts). CPython finds the
// placeholders with a regular expression; pygil has no `re`, so the scan is
// written out by hand with the same rules: after the delimiter comes a second
// delimiter (an escape), an ASCII identifier, an identifier in braces, or
// anything else (an invalid placeholder, reported with its line and column).
// A subclass may change `delimiter`; `idpattern`, `braceidpattern` and
// `pattern` are regular expressions and are not consulted.

export const TEMPLATE_FILE = '<pygil string>';

export const TEMPLATE_SOURCE = `
__name__ = 'string'

_ID_START = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_')
_ID_CONTINUE = _ID_START | frozenset('0123456789')
_sentinel_dict = {}


def _identifier_end(text, i):
    """Where the ASCII identifier starting at text[i] ends (i if there is none)."""
    n = len(text)
    if i < n and text[i] in _ID_START:
        i += 1
        while i < n and text[i] in _ID_CONTINUE:
            i += 1
    return i


class _Chain:
    """The keywords first, then the mapping (CPython's ChainMap(kws, mapping))."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """(start, end, kind, name) of each placeholder, left to right, as re.finditer would."""
        text = self.template
        # The errors re.finditer gives for a template that is not a str.
        if isinstance(text, (bytes, bytearray)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        if not isinstance(text, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(text).__name__)
        delim = self.delimiter
        size = len(delim)
        i = text.find(delim) if size else -1
        while i >= 0:
            k = i + size
            if text.startswith(delim, k):
                yield i, k + size, 'escaped', None
                k += size
            else:
                end = _identifier_end(text, k)
                if end > k:
                    yield i, end, 'named', text[k:end]
                    k = end
                else:
                    end = _identifier_end(text, k + 1)
                    if text.startswith('{', k) and end > k + 1 and text.startswith('}', end):
                        yield i, end + 1, 'braced', text[k + 1:end]
                        k = end + 1
                    else:
                        yield i, k, 'invalid', None
            i = text.find(delim, k)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _render(self, mapping, safe):
        text = self.template
        parts = []
        last = 0
        for start, end, kind, name in self._placeholders():
            parts.append(text[last:start])
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                parts.append(text[start:end])
            elif safe:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(text[start:end])
            else:
                parts.append(str(mapping[name]))
            last = end
        parts.append(text[last:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        return self._render(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        return self._render(mapping, True)

    def is_valid(self):
        for start, end, kind, name in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
`;
