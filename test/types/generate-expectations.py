#!/usr/bin/env python3
"""Regenerates the expectations of the str/bytes/int/float/math tests from
CPython 3.11. The tests themselves never run Python. Run from anywhere, then
review the diff:

    python3 test/types/generate-expectations.py

- cases/NAME.py is run; its stdout is written to cases/NAME.out.
- The one-line programs below must fail; the last line of their stderr (the
  exception line) goes to errors.ts, one array per test file.
"""

import json
import subprocess
import sys
from pathlib import Path

assert sys.version_info[:2] == (3, 11), 'expectations must come from CPython 3.11'

HERE = Path(__file__).resolve().parent
CASES = HERE / 'cases'

STR_ERRORS = [
    "'abc'[3]", "'abc'[-4]", "'abc'['x']", "'abc'[1.5]", "'abc'[10**20]", "'abc'[::0]", "'abc'['a':]",
    "'a' + 1", "1 + 'a'", "'a' * 'b'", "'a' * 2.0", "'a' < 1", "1 in 'abc'", "'abc'.index('x')",
    "'abc'.rindex('x')", "'abc'.find()", "'abc'.find(1)", "'abc'.find('a', 'x')", "'abc'.find('a', 1, 2, 3)",
    "'abc'.find(sub='a')", "'abc'.count(None)", "'abc'.startswith(1)", "'abc'.startswith(('x', 1))",
    "'abc'.endswith()", "'abc'.split(1)", "'abc'.split('')", "'abc'.split('x', 'y')", "'abc'.split('x', 1, 2)",
    "'abc'.split(foo=1)", "'abc'.split(',', sep=',')", "'abc'.rsplit('')", "'abc'.splitlines(1, 2)",
    "'abc'.splitlines('x')", "'abc'.strip(1)", "'abc'.strip('a', 'b')", "'abc'.strip(chars='a')",
    "'abc'.lstrip(5)", "'abc'.replace('a')", "'abc'.replace(1, 'b')", "'abc'.replace('a', None)",
    "'abc'.replace('a', 'b', 'c')", "'abc'.replace('a', 'b', 1, 2)", "'abc'.upper(1)", "'abc'.lower(x=1)",
    "'abc'.center()", "'abc'.center('x')", "'abc'.center(5, 'xy')", "'abc'.center(5, 1)", "'abc'.center(10**20)",
    "'abc'.ljust(5, '')", "'abc'.zfill()", "'abc'.zfill('5')", "'abc'.expandtabs('x')", "'abc'.partition('')",
    "'abc'.partition(1)", "'abc'.rpartition()", "','.join([1, 2])", "','.join(['a', 2])", "','.join(5)",
    "','.join()", "'abc'.removeprefix(1)", "'abc'.removesuffix(None)", "'{x}'.format()", "'{0}'.format()",
    "'{}'.format_map({})", "'{x}'.format_map({})", "'{'.format()", "'{:d}'.format('a')", "'%d' % 'a'",
    "'%s %s' % ('a',)", "'abc'.encode('bogus')", "'abc'.encode(1)", "'é'.encode('ascii')",
    "'aé€b'.encode('ascii')", "'€'.encode('latin-1')", "'\\ud800'.encode()", "'aé'.encode('ascii', 'bogus')",
    "str.maketrans('ab')", "str.maketrans('ab', 'c')", "str.maketrans(1, 'c')", "str.maketrans({'ab': 1})",
    "str.maketrans({1.5: 1})", "str.maketrans('a', 'b', 1)", "'abc'.translate({97: 1.5})",
    "'abc'.translate({97: -1})", "str.upper(5)", "str.upper()", "str.__add__(1, 2)", "str.__len__(5)",
    "'abc'.__len__(1)", "str('abc', 'ascii')", "str(1, 'ascii')", "str(b'\\xff', 'utf-8')", "str(b'a', 'bogus')",
    "str(foo=1)", "str(1, 2, 3, 4)", "'abc'.__format__(1)", "format('abc', 'd')",
]

BYTES_ERRORS = [
    "b'abc'[3]", "b'abc'['a']", "b'a' + 'b'", "'b' + b'a'", "b'a' < 'a'", "'b' in b'abc'", "300 in b'abc'",
    "bytes(-1)", "bytes('abc')", "bytes([1, 300])", "bytes([1, 'a'])", "bytes(1.5)", "bytes(5, 'ascii')",
    "bytes('a', 'bogus')", "bytes.fromhex('6x')", "bytes.fromhex('616')", "b'abc'.find('a')",
    "b'abc'.find(300)", "b'abc'.index(b'x')", "b'abc'.split('a')", "b'abc'.split(b'')", "b'abc'.join(['a'])",
    "b'abc'.startswith('a')", "b'abc'.replace('a', 'b')", "b'abc'.strip('a')", "b'\\xe4\\x41'.decode()",
    "b'\\xe4\\xb8\\x41'.decode()", "b'\\xe4\\xb8'.decode()", "b'\\xff'.decode()", "b'\\xe0\\x80'.decode()",
    "b'\\xed\\xa0\\x80'.decode()", "b'a\\xe9b'.decode('ascii')", "b'\\xc3'.decode()", "b'a'.decode('bogus')",
    "b'\\xff'.decode('utf-8', 'bogus')", "b'abc'.decode(1)", "b'abc'.hex(1)", "b'abc'.upper(1)",
    "bytes.decode('abc')",
]

NUMBER_ERRORS = [
    "int('abc')", "int('')", "int('1.5')", "int(' ')", "int('12', 2)", "int(b'x')", "int(None)", "int([])",
    "int(1, 2, 3)", "int(x=1)", "int(12, 10)", "int('12', base=2.0)", "int('z', 37)", "int(base=16)",
    "int(float('inf'))", "int(float('nan'))", "int('1' * 5000)", "str(10**5000)",
    "class A:\n    def __int__(self): return 'x'\nint(A())",
    "float('abc')", "float('')", "float('1e')", "float('0x10')", "float(None)", "float(x=1)", "float(1, 2)",
    "float(10**400)", "class A:\n    def __float__(self): return 1\nfloat(A())",
    "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1, 0)", "divmod(1.0, 0)",
    "0 ** -1", "(0.0).__pow__(-1)", "(10.0).__pow__(400)", "(1.5).__pow__(2, 3)", "(2).__pow__(2, 0)",
    "(5).__round__(None)", "(5).__round__(1, 2)", "(1.5).__round__(1, 2)", "round(float('inf'))",
    "round(float('nan'))", "round(1.7976931348623157e308, -308)", "round('a')", "round(1.5, 'a')", "round(1.5, 1.5)", "round()",
    "round(1, 2, 3)", "round(x=1)", "abs('a')", "abs()", "abs(1, 2)", "divmod('a', 1)", "divmod(1, 'a')",
    "divmod()", "pow(2)", "pow(2, 3, 0)", "pow(2.0, 3, 5)", "pow('a', 2)", "pow('a', 2, 3)", "pow(2, -1, 4)",
    "hex(1.5)", "hex('a')", "hex()", "bin(1, 2)", "oct(None)",
    "int.bit_length('a')", "int.__add__('a', 1)", "(5).bit_length(1)", "(5).to_bytes(2, 'middle')",
    "(-5).to_bytes(2, 'big')", "(256).to_bytes(1, 'big')", "(5).to_bytes(1, 2, 3)", "(5).to_bytes(foo=1)",
    "int.from_bytes()", "int.from_bytes('x', 'big')", "int.from_bytes(b'x', 5)",
    "float.__add__(1, 2.0)", "float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()",
    "float.fromhex('zz')", "float.fromhex('0x')", "float.fromhex('0x1p1024')", "float.fromhex(5)",
    "(2.5).is_integer(1)", "bool(1, 2)", "bool(x=1)",
]

MATH_ERRORS = [
    "import math\nmath.sqrt(-1)", "import math\nmath.sqrt('a')", "import math\nmath.sqrt()",
    "import math\nmath.sqrt(1, 2)", "import math\nmath.sqrt(x=1)", "import math\nmath.sqrt(10**400)",
    "import math\nmath.log(0)", "import math\nmath.log(-1)", "import math\nmath.log(1, 1)",
    "import math\nmath.log()", "import math\nmath.log(1, 2, 3)", "import math\nmath.log(x=1)",
    "import math\nmath.log('a')", "import math\nmath.log(10, 'a')", "import math\nmath.log(0.0, 2)",
    "import math\nmath.log2(-1)", "import math\nmath.log10(0)", "import math\nmath.log1p(-1)",
    "import math\nmath.exp(1000)", "import math\nmath.expm1(1000)", "import math\nmath.cosh(1000)",
    "import math\nmath.asin(2)", "import math\nmath.acos(2)", "import math\nmath.cos(math.inf)",
    "import math\nmath.atanh(1)", "import math\nmath.acosh(0)", "import math\nmath.pow(0, -1)",
    "import math\nmath.pow(-8, 1/3)", "import math\nmath.pow(2, 1024)", "import math\nmath.pow(1)",
    "import math\nmath.atan2(1)", "import math\nmath.floor('a')", "import math\nmath.ceil(1, 2)",
    "import math\nmath.trunc('a')", "import math\nmath.floor(math.inf)", "import math\nmath.floor(math.nan)",
    "import math\nmath.factorial(-1)", "import math\nmath.factorial(2.0)", "import math\nmath.factorial('a')",
    "import math\nmath.gcd(1.5, 2)", "import math\nmath.lcm(1.5)", "import math\nmath.isqrt(-1)",
    "import math\nmath.isqrt(2.0)", "import math\nmath.comb(5, -1)", "import math\nmath.comb(-5, 1)",
    "import math\nmath.comb(1)", "import math\nmath.perm(5, -2)", "import math\nmath.perm()",
    "import math\nmath.perm(1, 2, 3)", "import math\nmath.prod()", "import math\nmath.prod([1], 2)",
    "import math\nmath.fsum()", "import math\nmath.fsum(1)", "import math\nmath.fsum(['a'])",
    "import math\nmath.fsum([1e308, 1e308])", "import math\nmath.fsum([math.inf, -math.inf])",
    "import math\nmath.isclose(1)", "import math\nmath.isclose(1, 2, 3)", "import math\nmath.isclose(1, 2, foo=1)",
    "import math\nmath.isclose(1, 1.1, rel_tol=-1)", "import math\nmath.isclose(1, 'a')",
    "import math\nmath.fmod(5, 0)", "import math\nmath.fmod(math.inf, 1)", "import math\nmath.remainder(5, 0)",
    "import math\nmath.ldexp(1, 1024)", "import math\nmath.ldexp(1.0, 2.0)", "import math\nmath.dist([0], [3, 4])",
    "import math\nmath.dist(1, 2)", "import math\nmath.hypot('a')", "import math\nmath.gamma(0)",
    "import math\nmath.gamma(-1)", "import math\nmath.isfinite(10**400)", "import math\nmath.frexp('a')",
    "import math\nmath.fabs('a')", "import math\nmath.copysign(1)",
    "class A:\n    def __float__(self): return 1\nimport math\nmath.sqrt(A())",
]


def last_stderr_line(src):
    p = subprocess.run([sys.executable, '-c', src], capture_output=True, text=True)
    assert p.returncode != 0, f'expected {src!r} to fail'
    return p.stderr.rstrip('\n').split('\n')[-1]


def main():
    for py in sorted(CASES.glob('*.py')):
        p = subprocess.run([sys.executable, py.name], cwd=CASES, capture_output=True, text=True)
        assert p.returncode == 0, f'{py.name} failed:\n{p.stderr}'
        py.with_suffix('.out').write_text(p.stdout)
    lines = ['// Generated by test/types/generate-expectations.py from CPython 3.11. Do not edit.',
             '// [program, last line of stderr]']
    for name, errors in [('STR_ERRORS', STR_ERRORS), ('BYTES_ERRORS', BYTES_ERRORS),
                         ('NUMBER_ERRORS', NUMBER_ERRORS), ('MATH_ERRORS', MATH_ERRORS)]:
        lines.append(f'export const {name}: [string, string][] = [')
        for src in errors:
            lines.append(f'  [{json.dumps(src, ensure_ascii=False)}, {json.dumps(last_stderr_line(src), ensure_ascii=False)}],')
        lines.append('];')
    (HERE / 'errors.ts').write_text('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
