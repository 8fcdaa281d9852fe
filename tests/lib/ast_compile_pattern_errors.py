import ast, re
def t(pattern):
    m = ast.Match(ast.Name("x", ast.Load()), [ast.match_case(pattern, None, [ast.Pass()])])
    try:
        compile(ast.fix_missing_locations(ast.Module(body=[m], type_ignores=[])), "<t>", "exec")
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, re.sub(" at 0x[0-9a-f]+", "", str(e)))
t(ast.MatchValue(ast.Constant(1)))
t(ast.MatchSingleton(None))
t(ast.MatchSingleton(5))
t(ast.MatchMapping([ast.Constant(1)], [], None))
t(ast.MatchClass(ast.Name("C", ast.Load()), [], ["a"], []))
t(ast.MatchAs(ast.MatchSingleton(None), None))
t(ast.MatchAs(None, None))
t(ast.MatchOr([ast.MatchValue(ast.Constant(1)), ast.MatchValue(ast.Constant(2))]))
t(ast.Pass())
m = ast.Match(ast.Name("x", ast.Load()), [ast.match_case(ast.MatchAs(None, "y"), None, [])])
try:
    compile(ast.fix_missing_locations(ast.Module([m], [])), "<t>", "exec")
except ValueError as e:
    print(type(e).__name__, e)
