// The io module's StringIO: an in-memory text file (write, read, readline,
// seek, tell, truncate, getvalue, iteration, with), enough for capturing
// output (print(file=...), contextlib.redirect_stdout). Written in Python.

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { hiddenFiles } from '../vm/traceback.js';

const FILE = '<pygil io>';

const SOURCE = `
class UnsupportedOperation(OSError, ValueError):
    pass


class StringIO:
    def __init__(self, initial_value='', newline='\\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._text = initial_value
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        text = self._text
        if self._pos > len(text):
            text += '\\0' * (self._pos - len(text))
        self._text = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._text)
        else:
            end = min(len(self._text), self._pos + size)
        out = self._text[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check()
        text = self._text
        end = text.find('\\n', self._pos)
        end = len(text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = text[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def getvalue(self):
        self._check()
        return self._text

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._text)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        self._text = self._text[:size]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()
`;

registerModule('io', (proc, ns) => {
  hiddenFiles.add(FILE);
  const internal = runPythonSource(proc, FILE, SOURCE, { __name__: 'io' });
  for (const name of ['StringIO', 'UnsupportedOperation']) ns.set(name, internal.get(name));
});
