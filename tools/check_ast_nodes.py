#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks src/module/ast_nodes.def against the running python3's ast module (3.11):
every class, its base, its _fields in order with their ASDL types and
quantifiers (from the class docstrings), and which classes carry locations.
Prints the differences and exits 1 if there are any.

    python3 tools/check_ast_nodes.py [path/to/ast_nodes.def]
"""
import ast
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEF = os.path.join(HERE, "..", "src", "module", "ast_nodes.def")

# The .def's type names -> the ASDL's.
TYPES = {"EXPR": "expr", "STMT": "stmt", "PATTERN": "pattern", "ARG": "arg", "ARGUMENTS": "arguments",
         "KEYWORD": "keyword", "COMP": "comprehension", "HANDLER": "excepthandler", "ALIAS": "alias",
         "WITHITEM": "withitem", "MATCHCASE": "match_case", "CTX": "expr_context", "BOOLOP": "boolop",
         "BINOP": "operator", "UNARYOP": "unaryop", "CMPOP": "cmpop", "IDENT": "identifier",
         "STRING": "string", "CONST": "constant", "INT": "int", "COMMENT": "string", "IGNORES": "type_ignore"}
QUANT = {"ONE": "", "OPT": "?", "SEQ": "*", "NSEQ": "*"}
LOCATED = {"EXPR", "STMT", "PATTERN", "ARG", "KEYWORD", "HANDLER", "ALIAS"}


def read_def(path):
    classes = {}  # name -> (base, kind, [(field, asdl type)])
    order = []
    current = None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"(SUM|NODE|NODE_IF|OP|F)\((.*)\)\s*$", line.strip())
        if not m:
            continue
        what, args = m.group(1), [a.strip() for a in m.group(2).split(",")]
        if what == "F":
            classes[current][2].append((args[2], TYPES[args[3]] + QUANT[args[4]]))
            continue
        if what == "SUM":
            name, base, kind = args[0], "AST", args[1]
        else:
            name, base, kind = args[0], args[1], args[2]
        current = name
        order.append(name)
        classes[name] = (base, kind, [])
    return order, classes


def expected_fields(cls):
    """(field, asdl type) pairs from the class docstring, e.g. 'Name(identifier id, expr_context ctx)'."""
    doc = cls.__doc__ or ""
    m = re.match(r"\w+\((.*)\)$", doc.strip())
    if not m:
        return []
    out = []
    for part in m.group(1).split(", "):
        typ, name = part.split(" ")
        out.append((name, typ))
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEF
    order, classes = read_def(path)
    problems = []
    names = [n for n in dir(ast) if isinstance(getattr(ast, n), type) and issubclass(getattr(ast, n), ast.AST)]
    deprecated = {"slice", "Index", "ExtSlice", "Suite", "AugLoad", "AugStore", "Param", "Num", "Str", "Bytes",
                  "NameConstant", "Ellipsis", "AST"}
    for n in sorted(set(names) - deprecated - set(classes)):
        problems.append(f"missing class {n}")
    for name in order:
        base, kind, fields = classes[name]
        cls = getattr(ast, name, None)
        if cls is None:
            problems.append(f"{name}: not in python3's ast")
            continue
        if cls.__bases__[0].__name__ != base:
            problems.append(f"{name}: base {base}, python3 says {cls.__bases__[0].__name__}")
        if tuple(f for f, _ in fields) != cls._fields:
            problems.append(f"{name}: fields {[f for f, _ in fields]}, python3 says {list(cls._fields)}")
        elif fields and expected_fields(cls) != fields:
            problems.append(f"{name}: types {fields}, python3 says {expected_fields(cls)}")
        located = kind in LOCATED
        if bool(cls._attributes) != located and not issubclass(cls, (ast.expr_context, ast.boolop, ast.operator,
                                                                        ast.unaryop, ast.cmpop)):
            problems.append(f"{name}: located={located}, python3 _attributes={cls._attributes}")
    for p in problems:
        print(p)
    print(f"{len(order)} classes checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
