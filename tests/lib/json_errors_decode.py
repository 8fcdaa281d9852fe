import json
for s in ['"abc', '"a\x01"', '"\\x"', '"\\u12"', '"\\u12zz"', '"\\u1234', '"\\ud800\\u12zz"', '"\\', '', '  ',
          'nul', 'tru', '-', '[-]', '01', '1.5e', '\ufeff[]']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), e.msg, e.pos, e.lineno, e.colno)
