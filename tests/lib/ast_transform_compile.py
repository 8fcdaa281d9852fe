import ast
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(node.value * 2)
        return node
tree = ast.parse("x = 1 + 2\nprint(x, 'k')\nfor i in range(3): print(i)")
tree = ast.fix_missing_locations(Double().visit(tree))
ns = {}
exec(compile(tree, "<transformed>", "exec"), ns)
print(ns["x"])
class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "a":
            return ast.copy_location(ast.Name("b", node.ctx), node)
        return node
t = Rename().visit(ast.parse("a * 10", mode="eval"))
print(eval(compile(t, "<e>", "eval"), {"b": 4}))
