import ast
# __match_args__ lets class patterns take AST fields positionally
for src in ["x + 1", "f(a)", "y", "-3"]:
    match ast.parse(src, mode="eval").body:
        case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(v)):
            print("add", id, v)
        case ast.Call(func=ast.Name(id=fn), args=[arg]):
            print("call", fn, type(arg).__name__)
        case ast.UnaryOp(ast.USub(), ast.Constant(v)):
            print("neg", v)
        case other:
            print("other", type(other).__name__)
