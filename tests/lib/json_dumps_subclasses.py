import json, collections
class S(str): pass
class I(int):
    def __repr__(self): return 'I!'
class F(float):
    def __repr__(self): return 'F!'
class L(list): pass
class D(dict): pass
print(json.dumps([S('a"'), I(5), F(1.5), L([1]), D(a=1), collections.OrderedDict(b=2, a=1), (1,), {'k': (2, [3])}]))
print(json.dumps({'a': 1, 'b': {'c': [None]}}, check_circular=False))
print(json.dumps("\x7f\x00\u2028", ensure_ascii=True), json.dumps("\x7f\x00", ensure_ascii=False))
print(json.dumps(json.loads('{"a": [1, 2, {"b": "c"}]}'), separators=(', ', ': ')))
