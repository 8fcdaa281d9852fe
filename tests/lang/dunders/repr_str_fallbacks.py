# __repr__/__str__ defaults and fallbacks: str() falls back to __repr__
class R:
    def __repr__(self): return 'R()'
class S:
    def __str__(self): return 'S-str'
class Both(R):
    def __str__(self): return 'both-str'
print(str(R()), repr(R()), f'{R()}', f'{R()!r}', [R()], (R(),))
print(str(S()), repr(S()).startswith('<__main__.S object at 0x'))
print(str(Both()), repr(Both()), '%s %r' % (Both(), Both()))
print(f'{Both()!s:>10}|', '{0!r}'.format(Both()))
class Plain: pass
pl = Plain()
print(repr(pl).startswith('<__main__.Plain object at'), str(pl) == repr(pl))
print(repr(Plain).__eq__("<class '__main__.Plain'>"), str(Plain))
