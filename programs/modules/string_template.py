# string.Template: $name, ${name}, $$ escapes, invalid placeholders with
# their line and column, safe_substitute, keywords over a mapping,
# get_identifiers/is_valid, and a subclass with its own delimiter.
from string import Template


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


s = Template('$who likes $what')
print(s.substitute(who='tim', what='kung pao'))
print(s.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(s.safe_substitute(who='tim'))
attempt('missing key', lambda: s.substitute(who='tim'))
print(Template('${noun}ification and $$5 and $$$x').substitute(noun='simple', x=1))
print(Template('$_a1 $A ${B_2}x').substitute(_a1=1, A=[2], B_2=3.5))
attempt('lone $ at end', lambda: Template('$$ and $').substitute())
attempt('unclosed brace', lambda: Template('a\n\n  ${x').substitute(x=1))
attempt('digit after $', lambda: Template('line one\nline $2').substitute())
attempt('non-ASCII name', lambda: Template('$é').substitute())
print(Template('${} ${ a} $ $1').safe_substitute(a=1))
print(Template('$a $b $a ${c} $$ $').get_identifiers())
print(Template('$a').is_valid(), Template('$').is_valid(), Template('$$').is_valid())
print(Template.delimiter, Template('x').template, type(Template('x')).__module__)
attempt('not a str', lambda: Template(5).substitute())


class Percent(Template):
    delimiter = '%'


print(Percent('%a %% ${b} %{c} 100%').safe_substitute(a=1, c=3))


class Angle(Template):
    delimiter = '<<'


print(Angle('<<a and <<<<, <<{b}').substitute(a=1, b=2))
print(Template('Hello, $name! You owe $$${amount}').safe_substitute(name='Bob', amount=3))
