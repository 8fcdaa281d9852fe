# SyntaxWarning "perhaps you missed a comma?" for calling or wrongly subscripting a literal
import warnings
for s in ['(1,2)["a"]','[1,2][1.0]','(1,2)[(1,2)]','"ab"[None]', '[x for x in y]["a"]', 'f"a"["x"]', '(1,2)[x]', '{1}[1]', '(1,2)[1:2]','b"a"["x"]', '[1]()', '(1)(2)', '"a"(1)', '(1,)(2)','{1:2}["x"]', 'None[1]', '...()', '(1,2)[True]', '"a"[-1]', '{1:2}()', '(x for x in y)()', '(lambda: 1)[0]', '(1,2)[f"x"]', '[1][[0]]', 'x.y()', '1j[0]']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(s,'<c>','eval')
    print(s, [str(x.message) for x in w])
