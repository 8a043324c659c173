// The Python half of the string module: Template and Formatter, with the
// behaviour and messages of CPython 3.11's. CPython's Template is built on
// a regular expression and pygil has no `re`, so placeholders are found by
// a small scanner of the default pattern: `$$`, `$name` and `${name}` with
// ASCII identifiers, any other `$` being an invalid placeholder. A subclass
// may change the delimiter; one that changes the pattern itself gets a
// clear NotImplementedError rather than a silently different scan.
// Formatter's parsing comes from str.format's own parser (string.ts).

export const STRING_FILE = '<pygil string>';

export const STRING_SOURCE = `
def _is_id_start(c):
    return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z'


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


def _identifier_end(text, i):
    # Index just past the ASCII identifier starting at i (i itself if none).
    n = len(text)
    if i < n and _is_id_start(text[i]):
        i += 1
        while i < n and _is_id_char(text[i]):
            i += 1
    return i


def _placeholders(text, delimiter):
    # Yields (start, end, kind, name) for each placeholder, left to right,
    # where kind is 'escaped', 'named', 'braced' or 'invalid'.
    if not isinstance(text, str):
        raise TypeError(f"expected string or bytes-like object, got '{type(text).__name__}'")
    size = len(delimiter)
    i = text.find(delimiter)
    while i >= 0:
        after = i + size
        if text.startswith(delimiter, after):
            yield i, after + size, 'escaped', None
            end = after + size
        else:
            name_end = _identifier_end(text, after)
            if name_end > after:
                yield i, name_end, 'named', text[after:name_end]
                end = name_end
            else:
                name_end = _identifier_end(text, after + 1)
                braced = (text.startswith('{', after) and name_end > after + 1
                          and text.startswith('}', name_end))
                if braced:
                    yield i, name_end + 1, 'braced', text[after + 1:name_end]
                    end = name_end + 1
                else:
                    yield i, after, 'invalid', None
                    end = after
        i = text.find(delimiter, end)


class _KeywordsFirst:
    # substitute(mapping, **kws): a key is looked up in kws, then in mapping.
    def __init__(self, kws, mapping):
        self._kws = kws
        self._mapping = mapping

    def __getitem__(self, key):
        if key in self._kws:
            return self._kws[key]
        try:
            return self._mapping[key]
        except KeyError:
            pass
        raise KeyError(key)


_no_mapping = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        for name in ('pattern', 'idpattern', 'braceidpattern', 'flags'):
            if name in cls.__dict__:
                raise NotImplementedError(
                    f"pygil's string.Template has no regular expressions: "
                    f"a subclass may change the delimiter, not {name}")

    def __init__(self, template):
        self.template = template

    def _lookup(self, mapping, kws):
        if mapping is _no_mapping:
            return kws
        return _KeywordsFirst(kws, mapping) if kws else mapping

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if lines:
            lineno = len(lines)
            colno = i - len(''.join(lines[:-1]))
        else:
            lineno = colno = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _replace(self, mapping, kws, safe):
        """The template with its placeholders filled; safe: unknown or invalid ones stay as written."""
        mapping = self._lookup(mapping, kws)
        text = self.template
        parts = []
        pos = 0
        for start, end, kind, name in _placeholders(text, self.delimiter):
            parts.append(text[pos:start])
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
            pos = end
        parts.append(text[pos:])
        return ''.join(parts)

    def substitute(self, mapping=_no_mapping, /, **kws):
        return self._replace(mapping, kws, False)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        return self._replace(mapping, kws, True)

    def is_valid(self):
        for placeholder in _placeholders(self.template, self.delimiter):
            if placeholder[2] == 'invalid':
                return False
        return True

    def get_identifiers(self):
        names = []
        for _, _, kind, name in _placeholders(self.template, self.delimiter):
            if name is not None and name not in names:
                names.append(name)
        return names


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        text, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index: the next automatic index, or False once a field
        # has been numbered by hand (the two styles cannot be mixed).
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        parts = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                parts.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                auto_arg_index = False
            value, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1, auto_arg_index)
            parts.append(self.format_field(value, spec))
        return ''.join(parts), auto_arg_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            value = getattr(value, key) if is_attr else value[key]
        return value, first
`;
