import json
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}, 't': [frozenset([1])]}, cls=E))
print(json.dumps([complex(1, 2)], default=lambda o: [o.real, o.imag]))
print(json.dumps('plain'), json.dumps(['a', 'b'], separators=('|', '=')))
