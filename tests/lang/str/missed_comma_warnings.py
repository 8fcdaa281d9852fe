# SyntaxWarning 'perhaps you missed a comma?' for literals that are indexed or called wrongly
import warnings
warnings.simplefilter('always')
srcs = ["'abc'['a']", "'abc'[1.0]", "'abc'[None]", "'abc'[True]", "'abc'[1]", "'abc'[1:2]", "(1,2)['x']", "[1,2]['x']", "[x for x in 'a']['k']", "f'{1}'['x']", "b'ab'['x']",
 "1[0]", "None[0]", "...[0]", "1.5['x']", "{1}[0]", "(x for x in 'a')[0]", "(lambda: 0)[0]", "{'a':1}['x']", "x['a']",
 "'a'('b')", "1()", "None()", "[1]()", "(1,)()", "{1}()", "{}()", "f'x'()", "(lambda: 0)()", "(x for x in 'a')()", "x()", "'a'.upper()", "[1]['a'] = 2", "'a'[[0]]", "'abc'[f'x']", "'abc'[{1}]"]
for src in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, '<s>', 'exec')
            print(src, [str(x.message) for x in w], [x.category.__name__ for x in w])
        except SyntaxError as e:
            print(src, 'SyntaxError', e)
warnings.simplefilter('error')
try: compile("'a'['b']", '<s>', 'exec')
except SyntaxError as e: print('err', e)
