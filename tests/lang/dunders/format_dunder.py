# __format__ receives the spec from format(), f-strings and str.format
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        print('spec=%r' % spec)
        if spec == 'cents':
            return f'{self.v * 100:.0f}c'
        return format(self.v, spec)
m = Money(1.25)
print(format(m, 'cents'), f'{m:.1f}', '{:>8}'.format(m), format(m))
w = 6
print(f'{m:{w}.2f}|')
class Default: pass
d = Default()
print(format(d, '') == str(d))
