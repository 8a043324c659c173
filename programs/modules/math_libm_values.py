# The functions whose last digit depends on the algorithm (CPython's own
# gamma/lgamma, glibc's erf/erfc/cbrt/sinh/cosh/tanh/asinh/acosh/log10, and
# the correctly rounded exp/log/log2/sin/cos/tan) over a grid of arguments.
import math

fns = ['gamma', 'lgamma', 'erf', 'erfc', 'cbrt', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh',
       'atanh', 'log10', 'log2', 'tan', 'atan', 'expm1', 'log1p', 'exp', 'log', 'sin', 'cos',
       'asin', 'acos', 'sqrt', 'exp2']
xs = ([k / 4 for k in range(-32, 33)] + [k * 15.5 for k in range(-15, 16)]
      + [10.0 ** k for k in range(-12, 13, 2)] + [1.1 ** k for k in range(1, 200, 14)])
for name in fns:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
    print(name, ' '.join(out))

# Edge cases: errors, huge and tiny arguments.
def show(text, fn):
    try:
        print(text, '->', repr(fn()))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(text, '->', type(e).__name__, e)

show('math.atan(1e308)', lambda: math.atan(1e308))
show('math.atan(-2**1000)', lambda: math.atan(-2**1000))
show('math.atan2(1e308, 1e-308)', lambda: math.atan2(1e308, 1e-308))
show('math.atan2(-1e-308, -1e308)', lambda: math.atan2(-1e-308, -1e308))
show('math.atan2(3e300, 4e300)', lambda: math.atan2(3e300, 4e300))
show('math.gamma(0.0)', lambda: math.gamma(0.0))
show('math.gamma(-2.0)', lambda: math.gamma(-2.0))
show('math.gamma(171.5)', lambda: math.gamma(171.5))
show('math.gamma(172)', lambda: math.gamma(172))
show('math.gamma(-201.5)', lambda: math.gamma(-201.5))
show('math.gamma(1e-320)', lambda: math.gamma(1e-320))
show('math.gamma(-30.5)', lambda: math.gamma(-30.5))
show('math.lgamma(0)', lambda: math.lgamma(0))
show('math.lgamma(5e-324)', lambda: math.lgamma(5e-324))
show('math.lgamma(1e308)', lambda: math.lgamma(1e308))
show('math.lgamma(-2.5)', lambda: math.lgamma(-2.5))
show('math.erfc(30)', lambda: math.erfc(30))
show('math.erfc(-30)', lambda: math.erfc(-30))
show('math.erf(1e-310)', lambda: math.erf(1e-310))
show('math.cbrt(1e-320)', lambda: math.cbrt(1e-320))
show('math.cbrt(-1e300)', lambda: math.cbrt(-1e300))
show('math.sinh(710)', lambda: math.sinh(710))
show('math.sinh(711)', lambda: math.sinh(711))
show('math.cosh(-710.4)', lambda: math.cosh(-710.4))
show('math.tanh(1e-20)', lambda: math.tanh(1e-20))
show('math.tanh(3e-10)', lambda: math.tanh(3e-10))
show('math.acosh(1e300)', lambda: math.acosh(1e300))
show('math.asinh(-1e300)', lambda: math.asinh(-1e300))
show('math.log10(1e-310)', lambda: math.log10(1e-310))
show('math.log10(10**400)', lambda: math.log10(10**400))
show('math.log2(2**2000)', lambda: math.log2(2**2000))
show('math.log2(3**500)', lambda: math.log2(3**500))
show('math.tan(1e10)', lambda: math.tan(1e10))
show('math.cos(1e12)', lambda: math.cos(1e12))
