# Keyword arguments of a class statement reach the base's __init_subclass__;
# object's own takes none (CPython's messages).
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class C1(Base, tag='one'): pass
class C2(Base): pass
print(Base.subs)
try:
    class C3(tag='x'): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class C4(Base, tag='y', other=1): pass
except TypeError as e:
    print('TypeError:', e)
class Req:
    def __init_subclass__(cls, *, required):
        cls.req = required
try:
    class R1(Req): pass
except TypeError as e:
    print('TypeError:', e)
class R2(Req, required=5): pass
print(R2.req)
try:
    X = type('X', (), {}, x=1)
except TypeError as e:
    print('TypeError:', e)
